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

describe('code scalars', () => {
  const scalar = (name: string) => {
    const type = schema.getType(name);
    if (!type || !('parseValue' in type) || isObjectType(type) || isInputObjectType(type) || isEnumType(type)) {
      throw new Error(`${name} is not a scalar`);
    }
    return type;
  };
  const refused = (name: string, value: unknown) => {
    try {
      scalar(name).parseValue(value);
      return null;
    } catch (error) {
      return (error as { extensions?: { code?: string } }).extensions?.code ?? 'no code';
    }
  };

  it('normalize what they accept', () => {
    expect(scalar('ICD10Code').parseValue('f331')).toBe('F33.1');
    expect(scalar('ICD10Code').parseValue(' F10.20 ')).toBe('F10.20');
    expect(scalar('ProcedureCode').parseValue('h0015')).toBe('H0015');
    expect(scalar('ProcedureCode').parseValue('90837')).toBe('90837');
    // The CMS worked example of the NPI check digit: 123456789 takes 3.
    expect(scalar('NPI').parseValue('1234567893')).toBe('1234567893');
  });

  it('refuse anything without the shape of a code, as bad input', () => {
    for (const [name, value] of [
      ['NPI', '1234567890'],
      ['NPI', '3234567893'],
      ['NPI', 1234567893],
      ['ICD10Code', 'F3'],
      ['ICD10Code', 'Z99.ZZZZ9'],
      ['ICD10Code', 'F33.1\u200b'],
      ['ProcedureCode', '1234'],
      ['ProcedureCode', 'W1234'],
      ['ProcedureCode', 90837],
    ] as const) {
      expect(refused(name, value), `${name} ${String(value)}`).toBe('BAD_USER_INPUT');
    }
  });
});
