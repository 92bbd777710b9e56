// npm run schema: prints the GraphQL schema, sorted, to schema/schema.graphql (the contract).
import { writeFile, mkdir } from 'node:fs/promises';
import { printSchemaFile } from '../src/graphql/print.ts';

await mkdir('schema', { recursive: true });
await writeFile('schema/schema.graphql', printSchemaFile());
console.log('wrote schema/schema.graphql');
