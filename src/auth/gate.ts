// Authentication at the door: without a token, only introspection in development; introspection
// otherwise only for internal roles.

import { Kind, visit, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { unauthenticated, type Context } from '../context.ts';
import { notAuthorized } from './permissions.ts';

const introspectionRoles = new Set(['ADMIN', 'BILLER', 'CLINICIAN', 'ANALYST']);

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
      definition.selectionSet.selections.every(
        (s) => s.kind === Kind.FIELD && s.name.value.startsWith('__'),
      ),
  );
}

/**
 * Refuses operations without a valid caller.
 *
 * @param development - whether introspection is open without a token
 */
export function useAuthenticationGate(development: boolean): Plugin<Context> {
  return {
    onExecute({ args }) {
      const viewer = args.contextValue.viewer;
      const introspection = asksForIntrospection(args.document);
      if (!viewer) {
        if (development && introspection && onlyIntrospection(args.document)) {
          return;
        }
        throw unauthenticated();
      }
      if (introspection && !introspectionRoles.has(viewer.role)) {
        throw notAuthorized();
      }
    },
  };
}
