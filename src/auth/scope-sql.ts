// The row rules of src/auth/scope.ts, rendered as SQL for the statements that cannot go through
// the scoped Prisma client (counts and sums over many rows, analytics). Nothing here restates a
// rule: `visibleSql` renders the very conditions `fullScope` gives the scoped client, so a change
// of a rule reaches both. The renderer knows the few operators the rules use and throws on any
// other, and a property test (test/scope-sql.int.test.ts) checks, for generated callers, that
// each model's rendering admits exactly the rows the scoped client returns.
//
// Parameters go untyped: PostgreSQL types each from the column it is compared with (uuid, date,
// an enum), on PGlite as on PostgreSQL.

import { Prisma } from '../generated/prisma/client.ts';
import { getDatamodel } from '../generated/pothos-types.ts';
import { fullScope, type AccessRules, type ModelName, type Where } from './scope.ts';

interface FieldInfo {
  name: string;
  kind: string;
  type: string;
  isList: boolean;
  relationName?: string;
  relationFromFields?: string[];
}

const models = getDatamodel().datamodel.models as unknown as Record<string, { fields: FieldInfo[] }>;

function fieldOf(model: string, name: string): FieldInfo {
  const field = models[model]?.fields.find((f) => f.name === name);
  if (!field) {
    throw new Error(`row rules: ${model} has no field ${name}`);
  }
  return field;
}

const column = (alias: string, name: string): Prisma.Sql => Prisma.raw(`${alias}."${name}"`);

/** How a relation joins: the related table's key columns and this row's, pairwise. */
function joinOf(model: string, relation: FieldInfo): { target: string; theirs: string[]; ours: string[] } {
  if (relation.relationFromFields && relation.relationFromFields.length > 0) {
    // The foreign key is on this side, and refers to the related row's id.
    return { target: relation.type, theirs: ['id'], ours: relation.relationFromFields };
  }
  const back = models[relation.type]?.fields.find(
    (f) => f.relationName === relation.relationName && f.type === model && (f.relationFromFields?.length ?? 0) > 0,
  );
  if (!back?.relationFromFields) {
    throw new Error(`row rules: cannot join ${model}.${relation.name}`);
  }
  return { target: relation.type, theirs: back.relationFromFields, ours: ['id'] };
}

class Renderer {
  private aliases = 0;

  constructor(private readonly rootAlias: string) {}

  all(model: string, alias: string, conditions: Where[]): Prisma.Sql {
    if (conditions.length === 0) {
      return Prisma.sql`TRUE`;
    }
    return Prisma.sql`(${Prisma.join(
      conditions.map((c) => this.where(model, alias, c)),
      ' AND ',
    )})`;
  }

  where(model: string, alias: string, where: Where): Prisma.Sql {
    const parts: Prisma.Sql[] = [];
    for (const [key, value] of Object.entries(where)) {
      if (value === undefined) {
        continue;
      }
      if (key === 'AND') {
        parts.push(this.all(model, alias, value as Where[]));
      } else if (key === 'OR') {
        const alternatives = value as Where[];
        parts.push(
          alternatives.length === 0
            ? Prisma.sql`FALSE`
            : Prisma.sql`(${Prisma.join(
                alternatives.map((w) => this.where(model, alias, w)),
                ' OR ',
              )})`,
        );
      } else {
        const field = fieldOf(model, key);
        parts.push(field.kind === 'object' ? this.relation(model, alias, field, value as Where) : this.scalar(alias, field, value));
      }
    }
    return parts.length === 0 ? Prisma.sql`TRUE` : Prisma.sql`(${Prisma.join(parts, ' AND ')})`;
  }

  private relation(model: string, alias: string, field: FieldInfo, value: Where): Prisma.Sql {
    let inner: Where;
    if (field.isList) {
      const keys = Object.keys(value);
      if (keys.length !== 1 || keys[0] !== 'some') {
        throw new Error(`row rules: only "some" is rendered on the list ${model}.${field.name}`);
      }
      inner = value.some as Where;
    } else {
      inner = 'is' in value ? (value.is as Where) : value;
    }
    const { target, theirs, ours } = joinOf(model, field);
    const related = `${this.rootAlias}_${++this.aliases}`;
    const on = Prisma.join(
      theirs.map((name, i) => Prisma.sql`${column(related, name)} = ${column(alias, ours[i] ?? 'id')}`),
      ' AND ',
    );
    return Prisma.sql`EXISTS (SELECT 1 FROM ${Prisma.raw(`"${target}"`)} ${Prisma.raw(related)} WHERE ${on} AND ${this.where(target, related, inner)})`;
  }

  private scalar(alias: string, field: FieldInfo, value: unknown): Prisma.Sql {
    const col = column(alias, field.name);
    if (value === null) {
      return Prisma.sql`${col} IS NULL`;
    }
    if (typeof value !== 'object' || value instanceof Date) {
      return Prisma.sql`${col} = ${value}`;
    }
    const parts: Prisma.Sql[] = [];
    for (const [operator, operand] of Object.entries(value as Record<string, unknown>)) {
      switch (operator) {
        case 'in': {
          const list = operand as unknown[];
          parts.push(list.length === 0 ? Prisma.sql`FALSE` : Prisma.sql`${col} = ANY(${list})`);
          break;
        }
        case 'has':
          parts.push(Prisma.sql`${operand} = ANY(${col})`);
          break;
        case 'equals':
          parts.push(operand === null ? Prisma.sql`${col} IS NULL` : Prisma.sql`${col} = ${operand}`);
          break;
        case 'lt':
          parts.push(Prisma.sql`${col} < ${operand}`);
          break;
        case 'lte':
          parts.push(Prisma.sql`${col} <= ${operand}`);
          break;
        case 'gt':
          parts.push(Prisma.sql`${col} > ${operand}`);
          break;
        case 'gte':
          parts.push(Prisma.sql`${col} >= ${operand}`);
          break;
        default:
          throw new Error(`row rules: the operator "${operator}" on ${field.name} is not rendered as SQL`);
      }
    }
    return parts.length === 0 ? Prisma.sql`TRUE` : Prisma.sql`(${Prisma.join(parts, ' AND ')})`;
  }
}

/**
 * Whose rows a raw statement reads: a caller's (its row rules), or every row, for the command
 * line, which an operator runs on the database itself, outside any caller's request.
 */
export type RowAccess = AccessRules | 'every row';

/**
 * SQL: the row of `model` under `alias` is one the caller may see, by the same conditions the
 * scoped client adds to its queries (`fullScope`).
 *
 * @param alias - the row's alias in the statement (letters, digits and underscores)
 * @param options - `details`: the row's details must be disclosed to the caller too, not only
 *   its existence (for counts and sums of what a billing-only Part 2 consent withholds)
 */
export function visibleSql(model: ModelName, alias: string, access: RowAccess, options: { details?: boolean } = {}): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/i.test(alias)) {
    throw new Error(`row rules: "${alias}" is not an alias`);
  }
  if (access === 'every row') {
    return Prisma.sql`TRUE`;
  }
  return new Renderer(alias).all(model, alias, fullScope(model, access, undefined, options.details ?? false));
}
