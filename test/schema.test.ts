import { readFile } from 'node:fs/promises';
import { isIntrospectionType, isObjectType, isInterfaceType, isInputObjectType, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printSchemaFile } from '../src/graphql/print.ts';
import { schema } from '../src/graphql/schema.ts';

describe('schema/schema.graphql', () => {
  it('is the printed schema (run npm run schema after changing the API)', async () => {
    expect(await readFile('schema/schema.graphql', 'utf8')).toBe(printSchemaFile());
  });

  it('describes every type, field, argument and enum value (GraphiQL is the manual)', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) {
        continue;
      }
      if (!type.description) {
        missing.push(type.name);
      }
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) {
            missing.push(`${type.name}.${field.name}`);
          }
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) {
              missing.push(`${type.name}.${field.name}(${arg.name})`);
            }
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) {
          if (!value.description) {
            missing.push(`${type.name}.${value.name}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
