import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './schema.ts';

/** The committed SDL: the schema sorted by name, so diffs show real changes only. */
export function printSchemaFile(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
