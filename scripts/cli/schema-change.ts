// Schema change safety: compares schema/schema.graphql with its version at the previous commit
// (@graphql-inspector/core) and fails on a breaking change (a removed field, type or argument, a
// type changed incompatibly, a new required argument...) unless the last commit's message says
// the break is intended with the marker [breaking-change]. CI runs it before the tests.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { diff, CriticalityLevel, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import { runCommand } from './shared.ts';

/** The marker a commit message carries when it breaks the schema on purpose. */
export const breakingChangeMarker = '[breaking-change]';

export interface SchemaComparison {
  breaking: Change[];
  dangerous: Change[];
  safe: Change[];
}

/**
 * The changes from one SDL to another, by criticality.
 *
 * @param before - the schema as it was
 * @param after - the schema as it is
 */
export async function compareSchemas(before: string, after: string): Promise<SchemaComparison> {
  const changes = await diff(buildSchema(before), buildSchema(after));
  const level = (l: CriticalityLevel) => changes.filter((c) => c.criticality.level === l);
  return { breaking: level(CriticalityLevel.Breaking), dangerous: level(CriticalityLevel.Dangerous), safe: level(CriticalityLevel.NonBreaking) };
}

/**
 * Whether a comparison passes: no breaking change, or the commit message says it is intended.
 *
 * @param comparison - from compareSchemas
 * @param commitMessage - the message of the commit that made the change
 */
export function verdict(comparison: SchemaComparison, commitMessage: string): 'pass' | 'intended' | 'fail' {
  if (comparison.breaking.length === 0) {
    return 'pass';
  }
  return commitMessage.includes(breakingChangeMarker) ? 'intended' : 'fail';
}

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

const describe = (c: Change) => `  - ${c.message}${c.path ? ` (${c.path})` : ''}`;

/** @param argv - the command's arguments */
export function schemaChangeCommand(argv: string[], program = 'npm run check:schema --'): Promise<number> {
  const usage = `usage: ${program} [--base REF] [--file schema/schema.graphql]

  Compares the schema file with its version at REF (HEAD~1 by default) and fails on a breaking
  change unless the last commit message contains ${breakingChangeMarker}.`;
  return runCommand(argv, async () => {
    const { values } = parseArgs({ args: argv, options: { base: { type: 'string', default: 'HEAD~1' }, file: { type: 'string', default: 'schema/schema.graphql' } } });
    const before = git(['show', `${values.base}:${values.file}`]);
    if (before === null) {
      console.log(`No ${values.file} at ${values.base}: nothing to compare.`);
      return 0;
    }
    const comparison = await compareSchemas(before, await readFile(values.file, 'utf8'));
    const message = git(['log', '-1', '--format=%B']) ?? '';
    const result = verdict(comparison, message);
    console.log(`${values.file} against ${values.base}: ${comparison.breaking.length} breaking, ${comparison.dangerous.length} dangerous, ${comparison.safe.length} safe change(s).`);
    for (const change of [...comparison.breaking, ...comparison.dangerous]) {
      console.log(`${describe(change)} [${change.criticality.level}]`);
    }
    if (result === 'fail') {
      console.error(
        `Breaking schema change: clients written against the previous schema would fail. Keep the old field (deprecate it) or, ` +
          `if the break is intended, say so in the commit message with ${breakingChangeMarker}.`,
      );
      return 1;
    }
    if (result === 'intended') {
      console.log(`Breaking changes accepted: the last commit message says ${breakingChangeMarker}.`);
    }
    return 0;
  }, usage);
}
