// Settling the field rules once per operation (src/auth/permissions.ts, `guardSchema`): an
// operation skips the per-field checks only when the caller may read every field it can select,
// through fragments and interfaces included. Anything else is checked field by field, as the
// role-by-field matrix shows for every field (test/security.matrix.int.test.ts).
import { isObjectType, parse, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { accessClassOf, mayRead } from '../src/auth/permissions.ts';
import { purposeOfRole, roles, type Role, type Viewer } from '../src/auth/viewer.ts';
import type { Context } from '../src/context.ts';
import { servedSchema, settleFieldRules } from '../src/graphql/executable.ts';

const viewerOf = (role: Role): Viewer => ({
  subject: `rules-${role}`,
  role,
  organizationId: '00000000-0000-4000-8000-000000000001',
  payerCode: role === 'PARTNER' ? 'FICTIONAL' : null,
  purpose: purposeOfRole[role],
});

/** Whether the operation's field rules are settled for this caller before execution. */
function settled(viewer: Viewer | null, document: string): boolean {
  // Only the viewer is read; the rest of a request's context plays no part here.
  const ctx = { viewer } as Context;
  settleFieldRules(ctx, parse(document));
  if (ctx.fieldRulesSettled === undefined) {
    throw new Error('settleFieldRules left the context unmarked');
  }
  return ctx.fieldRulesSettled;
}

const classOf = (type: string, field: string) => {
  const object = servedSchema.getType(type) as GraphQLObjectType;
  return accessClassOf(object, object.getFields()[field] as never);
};

const claimsWith = (selection: string) => `query { claims(first: 5) { edges { node { id status ${selection} } } } }`;

describe('field rules settled once per operation', () => {
  it('settles an operation whose every field the role may read, and no other', () => {
    const plain = claimsWith('');
    const withName = claimsWith('patient { firstName }');
    for (const role of roles) {
      const viewer = viewerOf(role);
      const mayPage = ['Query.claims', 'Claim.id', 'Claim.status'].every((c) => mayRead(classOf(...(c.split('.') as [string, string])), viewer));
      expect(settled(viewer, plain), role).toBe(mayPage);
      expect(settled(viewer, withName), role).toBe(mayPage && mayRead(classOf('Patient', 'firstName'), viewer));
    }
    // Billing staff read names; analysts do not (the case the test is about).
    expect(settled(viewerOf('BILLER'), withName)).toBe(true);
    expect(settled(viewerOf('ANALYST'), plain)).toBe(true);
    expect(settled(viewerOf('ANALYST'), withName)).toBe(false);
  });

  it('counts the fields of fragments, named and inline', () => {
    const named = `query { claims(first: 5) { edges { node { ...Who } } } } fragment Who on Claim { id patient { lastName } }`;
    const inline = `query { claims(first: 5) { edges { node { id ... on Claim { patient { lastName } } } } } }`;
    expect(settled(viewerOf('ANALYST'), named)).toBe(false);
    expect(settled(viewerOf('ANALYST'), inline)).toBe(false);
    expect(settled(viewerOf('BILLER'), named)).toBe(true);
  });

  it('counts a field selected on an interface on every type that implements it', () => {
    const document = `query { node(id: "x") { id } }`;
    const implementations = servedSchema.getPossibleTypes(servedSchema.getType('Node') as never).filter(isObjectType);
    expect(implementations.length).toBeGreaterThan(1);
    for (const role of roles) {
      const viewer = viewerOf(role);
      const expected = mayRead(classOf('Query', 'node'), viewer) && implementations.every((t) => mayRead(accessClassOf(t, t.getFields().id as never), viewer));
      expect(settled(viewer, document), role).toBe(expected);
    }
  });

  it('never settles for a caller without a token', () => {
    expect(settled(null, claimsWith(''))).toBe(false);
    expect(settled(null, '{ __typename }')).toBe(false);
  });

  it('leaves introspection and __typename out (shield does not guard them)', () => {
    expect(settled(viewerOf('PARTNER'), '{ __typename __schema { queryType { name } } }')).toBe(true);
  });
});
