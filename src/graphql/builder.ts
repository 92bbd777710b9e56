import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from '../context.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type PrismaTypes from '../generated/pothos-types.ts';
import { getDatamodel } from '../generated/pothos-types.ts';
import { decodeGlobalId } from './input-errors.ts';

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    Date: { Input: Date; Output: Date };
    DateTime: { Input: Date; Output: Date };
    Decimal: { Input: string; Output: Prisma.Decimal | string };
    NPI: { Input: string; Output: string };
    ICD10Code: { Input: string; Output: string };
    ProcedureCode: { Input: string; Output: string };
  };
}>({
  plugins: [ErrorsPlugin, PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
    defaultConnectionSize: 20,
    maxConnectionSize: 100,
  },
  relay: {
    clientMutationId: 'omit',
    // A malformed ID is bad input (BAD_USER_INPUT), never a database error.
    decodeGlobalID: decodeGlobalId(),
    cursorType: 'String',
    idFieldOptions: { description: 'Globally unique, opaque ID of this object (use it with `node`).' },
    edgesFieldOptions: { nullable: false, description: 'The items of this page, each with its cursor.' },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    cursorFieldOptions: { description: 'Opaque cursor of this item; pass it as `after` or `before`.' },
    pageInfoFieldOptions: { description: 'Where this page starts and ends.' },
    hasNextPageFieldOptions: { description: 'Whether more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of this page.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of this page.' },
    firstArgOptions: { description: 'Return at most this many items from the start (at most 100).' },
    lastArgOptions: { description: 'Return at most this many items from the end (at most 100).' },
    afterArgOptions: { description: 'Return items after this cursor.' },
    beforeArgOptions: { description: 'Return items before this cursor.' },
    defaultConnectionTypeOptions: { description: 'A page of items (Relay connection).' },
    defaultEdgeTypeOptions: { description: 'An item of a page, with its cursor.' },
    nodeTypeOptions: { description: 'An object with a globally unique, opaque ID (Relay).' },
    pageInfoTypeOptions: { description: 'Where a page of a connection starts and ends (Relay).' },
    nodeQueryOptions: {
      description: 'Fetches any object by its global ID; null when it does not exist or is not visible to you.',
      extensions: { access: 'internal' },
      args: { id: { description: 'A global ID, as returned in any `id` field.' } },
    },
    nodesQueryOptions: {
      description: 'Fetches several objects by their global IDs, in the order given.',
      extensions: { access: 'internal' },
      args: { ids: { description: 'Global IDs, as returned in `id` fields.' } },
    },
  },
  errors: {
    defaultTypes: [],
    // Mutation results are unions of the payload itself and the expected errors.
    directResult: true,
    defaultUnionOptions: {
      name: ({ fieldName }) => `${fieldName.charAt(0).toUpperCase()}${fieldName.slice(1)}Result`,
      description: 'The payload, or an expected error (every error implements Error).',
    },
  },
});

builder.queryType({ description: 'Read the billing data, judged at query time.' });
builder.mutationType({
  description: 'Change the billing data. Every mutation is one transaction, audited; expected failures come back as typed errors in its result.',
});
