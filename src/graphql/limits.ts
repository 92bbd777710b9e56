// Limits checked before execution: document shape (graphql-armor), a list-aware cost (so that a
// page size of 100,000 is refused), and a request rate per token.

import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { getNullableType, GraphQLError, isListType, type ValidationContext } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Plugin } from 'graphql-yoga';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Authenticator } from '../auth/authenticate.ts';
import type { Context } from '../context.ts';

export interface LimitOptions {
  development: boolean;
  /** Largest `first` or `last` of a connection. */
  maxPageSize: number;
  /** Largest estimated number of fields an operation may resolve. */
  maxCost: number;
  /** Requests per minute per token. */
  requestsPerMinute: number;
}

/** The shape limits every operation is held to, before it is validated further. */
export const documentLimits = { depth: 10, aliases: 15, tokens: 2_000, directives: 10 } as const;

/**
 * Reports a refused document as a validation error (HTTP 400, nothing executed) with a code,
 * rather than letting armor throw, which Yoga would answer with status 200.
 */
function reportAs(code: string) {
  return [
    (context: ValidationContext | null, error: GraphQLError) => {
      const message = error.message.replace(/^Syntax Error: /, '');
      context?.reportError(new GraphQLError(`The operation is refused: ${message}`, { extensions: { code, http: { status: 400 } } }));
    },
  ];
}

/** Depth, aliases, tokens and directives, with explicit values; no field suggestions outside development. */
export function armorPlugins(options: LimitOptions) {
  const armor = new EnvelopArmor({
    maxDepth: { enabled: true, n: documentLimits.depth, ignoreIntrospection: true, propagateOnRejection: false, onReject: reportAs('DEPTH_LIMIT') },
    maxAliases: { enabled: true, n: documentLimits.aliases, propagateOnRejection: false, onReject: reportAs('ALIAS_LIMIT') },
    maxTokens: { enabled: true, n: documentLimits.tokens },
    maxDirectives: { enabled: true, n: documentLimits.directives, propagateOnRejection: false, onReject: reportAs('DIRECTIVE_LIMIT') },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: !options.development },
  });
  return armor.protect().plugins;
}

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}

/**
 * Estimates what an operation costs, counting each field once per item of the lists above it: a
 * connection's `first`/`last` multiplies its selection, a plain list counts as `listEstimate`, or
 * as the typical size its field declares (`extensions.listEstimate`: a claim's few findings).
 */
export function listAwareEstimator(maxPageSize: number, listEstimate = 10): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    const page = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : null;
    if (page !== null && (page < 0 || page > maxPageSize)) {
      throw badInput(`first and last must be between 0 and ${maxPageSize}.`);
    }
    const plainList = page === null && field.name !== 'edges' && isListType(getNullableType(field.type));
    const declared = (field.extensions as { listEstimate?: unknown } | undefined)?.listEstimate;
    const multiplier = page ?? (plainList ? (typeof declared === 'number' ? declared : listEstimate) : 1);
    return 1 + multiplier * childComplexity;
  };
}

/** Refuses operations whose estimated cost is over the limit, before any resolver runs. */
export function useListAwareCost(options: LimitOptions): Plugin<Context> {
  const estimators = [listAwareEstimator(options.maxPageSize)];
  return {
    onExecute({ args }) {
      const cost = getComplexity({
        schema: args.schema,
        query: args.document,
        operationName: args.operationName ?? undefined,
        variables: (args.variableValues ?? {}) as Record<string, unknown>,
        estimators,
      });
      if (cost > options.maxCost) {
        throw badInput(`The operation is too large (estimated cost ${cost}, limit ${options.maxCost}): ask for fewer items or fields.`);
      }
    },
  };
}

/**
 * A request budget per token (subject and organization), counted in this process, before the
 * document is parsed.
 *
 * @param authenticate - the request's caller (verified once per request)
 */
export function useRateLimit(options: LimitOptions, authenticate: Authenticator): Plugin<Context> {
  const limiter = new RateLimiterMemory({ points: options.requestsPerMinute, duration: 60 });
  return {
    async onParams({ request }) {
      const viewer = await authenticate(request);
      if (!viewer) {
        return;
      }
      try {
        await limiter.consume(`${viewer.organizationId}:${viewer.subject}`);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) {
          throw rejection;
        }
        const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        throw new GraphQLError(`Too many requests: try again in ${seconds} s.`, {
          extensions: { code: 'RATE_LIMITED', http: { status: 429, headers: { 'retry-after': String(seconds) } } },
        });
      }
    },
  };
}
