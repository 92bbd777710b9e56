// parity operations: the registered (persisted) operations partners may run, with the SHA-256 they
// send instead of the text. --manifest prints the manifest as JSON ({"<sha256>": "<document>"}),
// the shape persisted-document tools (graphql-codegen's client preset among them) write.
import { parseArgs } from 'node:util';
import { registeredOperations } from '../../src/graphql/persisted.ts';
import { runCommand } from './shared.ts';

/** @param argv - the command's arguments */
export function operationsCommand(argv: string[], program = 'parity operations'): Promise<number> {
  return runCommand(argv, async () => {
    const { values } = parseArgs({ args: argv, options: { manifest: { type: 'boolean', default: false } } });
    const operations = registeredOperations();
    if (values.manifest) {
      console.log(JSON.stringify(Object.fromEntries(operations.map((o) => [o.hash, o.text])), null, 2));
      return;
    }
    for (const operation of operations) {
      console.log(`${operation.hash}  ${operation.name}  src/graphql/persisted/${operation.name}.graphql`);
    }
  }, `usage: ${program} [--manifest]`);
}
