import { describe, expect, it } from 'vitest';
import type { GraphQLResolveInfo } from 'graphql';
import { sharedPath } from '../src/graphql/response-paths.ts';

type Path = GraphQLResolveInfo['path'];

/** A path as graphql-jit writes it for each resolver call: a fresh literal, no link shared. */
function literal(...keys: Array<string | number>): Path {
  let path: Path | undefined;
  for (const key of keys) {
    path = { prev: path, key, typename: undefined };
  }
  if (path === undefined) {
    throw new Error('a path has at least one key');
  }
  return path;
}

describe('shared response paths', () => {
  it('gives one object per response path in a request, whose prev is the shared path of its parent', () => {
    const request = {};
    const provider = sharedPath(request, literal('claims', 'edges', 3, 'node', 'renderingProvider'));
    const displayName = sharedPath(request, literal('claims', 'edges', 3, 'node', 'renderingProvider', 'displayName'));
    expect(displayName.prev).toBe(provider);
    expect(sharedPath(request, literal('claims', 'edges', 3, 'node', 'renderingProvider'))).toBe(provider);
    expect(provider.key).toBe('renderingProvider');
    expect(provider.prev?.prev?.key).toBe(3);
  });

  it('keeps rows of a list, and requests, apart', () => {
    const request = {};
    const third = sharedPath(request, literal('claims', 'edges', 3, 'node'));
    const fourth = sharedPath(request, literal('claims', 'edges', 4, 'node'));
    expect(fourth).not.toBe(third);
    expect(fourth.prev?.prev).toBe(third.prev?.prev);
    expect(sharedPath({}, literal('claims', 'edges', 3, 'node'))).not.toBe(third);
  });
});
