// 42 CFR Part 2 in the schema: the typed account of how a Part 2 record reaches the caller
// (`part2` on each Part 2 record type), with the redisclosure notice of 42 CFR 2.32, and the
// redaction of the fields tagged `part2Detail` when the consent relied on covers billing
// information only. Which records are visible at all is decided below the resolvers
// (src/auth/scope.ts); this is about details of records the caller may see.

import { defaultFieldResolver, isObjectType, type GraphQLField, type GraphQLFieldResolver, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { redisclosureNotice, type Part2Access, type RecordOwner } from '../auth/part2.ts';
import { modelRules, type ModelName } from '../auth/scope.ts';
import type { Context } from '../context.ts';
import { builder } from './builder.ts';
import { ConsentScope } from './types/enums.ts';

const DisclosureBasis = builder.enumType('Part2DisclosureBasis', {
  description: 'Why a 42 CFR Part 2 record is visible to you.',
  values: {
    PROGRAM_STAFF: { description: 'You are on the staff of the Part 2 program that made the record (a use, not a disclosure).' },
    CONSENT: { description: 'A written consent of the patient names you (your organization or payer) for your purpose.' },
  } as const,
});

interface Part2View {
  access: Part2Access;
  redactedFields: string[];
}

const Part2Disclosure = builder.objectRef<Part2View>('Part2Disclosure').implement({
  description:
    'How a 42 CFR Part 2 record reaches you: on what basis, under which consent, which of its fields are withheld, ' +
    'and the notice that must accompany it. Null on records that are not Part 2 records.',
  extensions: { access: 'open' },
  fields: (t) => ({
    basis: t.field({ type: DisclosureBasis, description: 'Why the record is visible to you.', resolve: (v) => v.access.basis }),
    consentId: t.id({
      nullable: true,
      description: 'Global ID of the consent the disclosure relies on (null for the program’s own staff).',
      resolve: (v) => (v.access.consent ? Buffer.from(`Part2Consent:${v.access.consent.id}`).toString('base64') : null),
    }),
    consentScope: t.field({
      type: ConsentScope,
      nullable: true,
      description: 'What the consent allows to be disclosed.',
      resolve: (v) => v.access.consent?.scope ?? null,
    }),
    consentPurposes: t.stringList({
      description: 'The purposes the consent allows (empty for the program’s own staff).',
      resolve: (v) => v.access.consent?.purposes ?? [],
    }),
    redactedFields: t.stringList({
      description:
        'Fields of this record withheld from you (schema coordinates, such as ClaimLine.procedureCode): they read as null ' +
        'because the consent covers billing information only, not diagnoses and service details.',
      resolve: (v) => v.redactedFields,
    }),
    notice: t.string({
      nullable: true,
      description: 'The statement 42 CFR 2.32 requires with every disclosure made with consent (null for the program’s own staff).',
      resolve: (v) => (v.access.basis === 'CONSENT' ? redisclosureNotice : null),
    }),
  }),
});

function modelOf(type: GraphQLObjectType): ModelName | null {
  const model = type.extensions?.pothosPrismaModel ?? type.name;
  return typeof model === 'string' && model in modelRules ? (model as ModelName) : null;
}

function detailFields(type: GraphQLObjectType): string[] {
  return Object.values(type.getFields())
    .filter((f) => f.extensions?.part2Detail === true)
    .map((f) => `${type.name}.${f.name}`);
}

/**
 * The `part2` field of a Part 2 record type: null for rows that are not Part 2 records.
 *
 * @param options - `owner` reads the patient and program from a row of a type that is not a
 *   Prisma model (otherwise they are looked up by the type's model)
 */
export function part2Field(options: { description?: string; owner?: (row: never) => RecordOwner } = {}) {
  return {
    type: Part2Disclosure,
    nullable: true as const,
    description: options.description ?? 'How this 42 CFR Part 2 record reaches you (null when it is not a Part 2 record).',
    resolve: async (row: object, _args: object, ctx: Context, info: { parentType: GraphQLObjectType }): Promise<Part2View | null> => {
      const model = modelOf(info.parentType);
      const access = options.owner
        ? await ctx.part2.accessToOwner(options.owner(row as never))
        : model
          ? await ctx.part2.accessTo(model, row as Record<string, unknown>)
          : null;
      if (!access) {
        return null;
      }
      return { access, redactedFields: access.details ? [] : detailFields(info.parentType) };
    },
  };
}

/**
 * Wraps every field tagged `part2Detail` so that it reads as null for a caller whose access to
 * the record does not cover details. Resolvers are replaced in place, once, before the server
 * starts; the redacted field's own resolver (and its audit note) never runs.
 *
 * @throws Error naming a tagged field that is not nullable, or not on a Prisma-backed type
 */
export function redactPart2Details(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) {
      continue;
    }
    for (const field of Object.values(type.getFields()) as Array<GraphQLField<unknown, Context>>) {
      if (field.extensions?.part2Detail !== true) {
        continue;
      }
      const model = modelOf(type);
      if (!model || field.type.toString().endsWith('!')) {
        throw new Error(`${type.name}.${field.name} is tagged part2Detail: it must be nullable, on a Prisma-backed type`);
      }
      const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      const guarded: GraphQLFieldResolver<unknown, Context> = async (source, args, context, info) => {
        const access = await context.part2.accessTo(model, source as Record<string, unknown>);
        if (access && !access.details) {
          return null;
        }
        return resolve(source, args, context, info);
      };
      // A row whose owner is known without a lookup, and whose access needs no consent (of no
      // program, of a program that is not Part 2, or of one the caller is staff of: most rows),
      // resolves at once, without a promise per field for the executor to wait on.
      field.resolve = (source, args, context, info) => {
        const owner = context.part2.knownOwnerOf(model, source as Record<string, unknown>);
        const settled = owner === undefined ? undefined : context.part2.settledAccessToOwner(owner);
        return settled === null || settled?.details === true ? resolve(source, args, context, info) : guarded(source, args, context, info);
      };
    }
  }
  return schema;
}
