// npm run check:schema: fails on a breaking change to schema/schema.graphql since the previous
// commit, unless the last commit message says [breaking-change] (scripts/cli/schema-change.ts).
import { schemaChangeCommand } from './cli/schema-change.ts';

process.exitCode = await schemaChangeCommand(process.argv.slice(2));
