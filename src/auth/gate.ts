// Authentication at the door, before a document is even validated: without a token, nothing but
// introspection in development (so GraphiQL's documentation pane works on a fresh clone);
// introspection otherwise only for internal roles; partners only persisted (allow-listed)
// operations. Refusing before validation means an anonymous caller learns nothing of the schema,
// not even from validation errors.

import { Kind, parse, visit, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Context } from '../context.ts';
import { unauthenticated, type Authenticator } from './authenticate.ts';
import { notAuthorized } from './permissions.ts';
import type { Role, Viewer } from './viewer.ts';

/** Roles that may introspect the schema and use GraphiQL: the organization's own staff. */
export const introspectionRoles: ReadonlySet<Role> = new Set(['ADMIN', 'BILLER', 'CLINICIAN', 'ANALYST']);

/** Whether the document asks for `__schema` or `__type`. */
export function asksForIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
      }
    },
  });
  return found;
}

/** Whether every selection at the root is an introspection field. */
function onlyIntrospection(document: DocumentNode): boolean {
  return document.definitions.every(
    (definition) =>
      definition.kind !== Kind.OPERATION_DEFINITION ||
      definition.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__')),
  );
}

function parsesToIntrospectionOnly(query: unknown): boolean {
  if (typeof query !== 'string') {
    return false;
  }
  try {
    const document = parse(query, { maxTokens: 2_000 });
    return asksForIntrospection(document) && onlyIntrospection(document);
  } catch {
    return false;
  }
}

/**
 * Refuses operations without a valid caller, and introspection to callers outside the staff.
 *
 * @param authenticate - the request's caller (verified once per request)
 * @param development - whether introspection is open without a token
 */
export function useAuthenticationGate(authenticate: Authenticator, development: boolean): Plugin<Context> {
  const viewers = new WeakMap<Request, Viewer | null>();
  return {
    async onParams({ request, params }) {
      const viewer = await authenticate(request);
      if (!viewer && !(development && parsesToIntrospectionOnly(params.query))) {
        throw unauthenticated();
      }
      viewers.set(request, viewer);
    },
    onValidate({ context, params }) {
      const request = (context as Partial<Context> & { request?: Request }).request;
      const viewer = request ? viewers.get(request) : undefined;
      if (viewer === undefined) {
        // Every request passes onParams first; a missing entry means it did not.
        throw unauthenticated();
      }
      if (viewer && !introspectionRoles.has(viewer.role) && asksForIntrospection(params.documentAST)) {
        throw notAuthorized();
      }
    },
  };
}

/** Partners run only registered operations: their manifest, keyed by SHA-256 of the document. */
export interface OperationManifest {
  get(hash: string): string | undefined;
}

/**
 * Persisted operations: anyone may run a registered operation by its hash; a partner may run
 * nothing else. Checked before the document is parsed.
 *
 * @param authenticate - the request's caller
 * @param manifest - the registered operations
 */
export function usePartnerPersistedOperations(authenticate: Authenticator, manifest: OperationManifest): Plugin<Context> {
  return usePersistedOperations<Context>({
    getPersistedOperation: (hash) => manifest.get(hash) ?? null,
    allowArbitraryOperations: async (request) => (await authenticate(request))?.role !== 'PARTNER',
    customErrors: {
      persistedQueryOnly: {
        message: 'Partner integrations run only registered operations: send extensions.persistedQuery.sha256Hash instead of a query.',
        extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 403 } },
      },
      notFound: {
        message: 'No registered operation has this hash.',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
      },
      keyNotFound: {
        message: 'Send a query, or extensions.persistedQuery with version 1 and sha256Hash.',
        extensions: { code: 'PERSISTED_QUERY_ID_REQUIRED', http: { status: 400 } },
      },
    },
  });
}

/**
 * Whether GraphiQL is served for a request: in development to anyone (the demo token is in its
 * headers), otherwise only to a request carrying a staff member's token.
 */
export function graphiqlAllowed(authenticate: Authenticator, development: boolean) {
  return async (request: Request): Promise<boolean> => {
    if (development) {
      return true;
    }
    try {
      const viewer = await authenticate(request);
      return viewer !== null && introspectionRoles.has(viewer.role);
    } catch {
      return false;
    }
  };
}
