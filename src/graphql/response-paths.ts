// Shared response paths, so that the operation can run under graphql-jit (src/server.ts).
//
// graphql-js hands every resolver a response path whose links are shared: the path of a field of
// a row has, as its `prev`, the very object that was the path of the field that resolved the row.
// Pothos' Prisma plugin relies on that: a relation's resolver records what the row's query loaded
// beneath it (the loader mapping) under its own `info.path` object, and the fields of the related
// row look for it among the links of theirs (@pothos/selection-mapper, `getLoaderMapping`).
// graphql-jit writes each resolver's path as a fresh object literal, so no link is ever the one a
// parent resolver saw; the plugin then finds no mapping for the fields two levels down (a claim's
// rendering provider's `displayName`) and loads their rows again, one statement per row.
//
// Here the resolvers that can record or look up a loader mapping see, as `info.path`, the
// request's one object for that response path, built as graphql-js builds it (each link's `prev`
// is the shared link of its parent): every field of an object or list of objects, and the leaf
// fields the plugin selects columns for (`select` on the field, which it checks were loaded).
// Other leaf fields neither look a mapping up nor have fields beneath them, and are most of a
// page's fields, so their resolvers are left as they are.
//
// What this relies on is private to those packages, so their versions are exact in package.json
// (@pothos/plugin-prisma, which pins @pothos/selection-mapper, and @envelop/graphql-jit), and an
// upgrade that changes it fails loudly rather than adding a statement per row: a page of 100
// claims must take as many statements as a page of 10 through the server
// (test/claims-judgement.int.test.ts), and the paths themselves are checked in
// test/response-paths.test.ts.

import {
  getNamedType,
  isIntrospectionType,
  isLeafType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';

type Path = GraphQLResolveInfo['path'];

/** A response path link of the request, with the links beneath it by key. */
interface Link {
  path: Path;
  children: Map<string | number, Link> | null;
}

/** Per request (by context object): the links of the root fields. */
const roots = new WeakMap<object, Map<string | number, Link>>();

function shared(rootLinks: Map<string | number, Link>, path: Path): Link {
  const parent = path.prev === undefined ? null : shared(rootLinks, path.prev);
  const siblings = parent === null ? rootLinks : (parent.children ??= new Map());
  let link = siblings.get(path.key);
  if (link === undefined) {
    link = { path: { prev: parent?.path, key: path.key, typename: path.typename }, children: null };
    siblings.set(path.key, link);
  }
  return link;
}

/**
 * The request's shared path equal to `path` (same keys from the root).
 *
 * @param context - the request's context (one table of paths per request)
 */
export function sharedPath(context: object, path: Path): Path {
  let rootLinks = roots.get(context);
  if (rootLinks === undefined) {
    rootLinks = new Map();
    roots.set(context, rootLinks);
  }
  return shared(rootLinks, path).path;
}

/**
 * Wraps the resolvers that need it (see the header) so that they, and everything they call, see
 * the request's shared response path. Returns the schema it was given (resolvers replaced in
 * place, once).
 */
export function shareResponsePaths(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) {
      continue;
    }
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      // A field without a resolver is read as a property, and a plain leaf field neither looks up
      // a mapping nor has fields beneath it: neither needs the shared path.
      if (resolve === undefined || (isLeafType(getNamedType(field.type)) && !field.extensions?.pothosPrismaSelect)) {
        continue;
      }
      const wrapped: GraphQLFieldResolver<unknown, object> = (source, args, context, info) => {
        // Each execution builds a new info object per resolver call (graphql-js and graphql-jit
        // alike), so replacing its path touches no other call. `path` is declared readonly.
        (info as { path: Path }).path = sharedPath(context, info.path);
        return resolve(source, args, context, info);
      };
      field.resolve = wrapped;
    }
  }
  return schema;
}
