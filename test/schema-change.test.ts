import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { breakingChangeMarker, compareSchemas, verdict } from '../scripts/cli/schema-change.ts';

// The CI step that compares schema/schema.graphql with the previous commit's.

const before = /* GraphQL */ `
  type Query {
    claims(first: Int): [Claim!]!
  }
  type Claim {
    id: ID!
    status: String!
    totalCharge: String!
  }
`;

describe('the schema change check', () => {
  it('fails on a removed field, unless the commit says the break is intended', async () => {
    const after = before.replace('    totalCharge: String!\n', '');
    const comparison = await compareSchemas(before, after);
    expect(comparison.breaking.map((c) => c.path)).toEqual(['Claim.totalCharge']);
    expect(verdict(comparison, 'Drop totalCharge')).toBe('fail');
    expect(verdict(comparison, `Drop totalCharge ${breakingChangeMarker}`)).toBe('intended');
  });

  it('passes an added optional field or argument', async () => {
    const after = before.replace('claims(first: Int)', 'claims(first: Int, status: String)').replace('    totalCharge: String!\n', '    totalCharge: String!\n    note: String\n');
    const comparison = await compareSchemas(before, after);
    expect(comparison.breaking).toEqual([]);
    expect([...comparison.safe, ...comparison.dangerous].map((c) => c.path).sort()).toEqual(['Claim.note', 'Query.claims.status']);
    expect(verdict(comparison, 'Add a note')).toBe('pass');
  });

  it('fails on a new required argument and on a field whose type changed', async () => {
    const required = await compareSchemas(before, before.replace('claims(first: Int)', 'claims(first: Int, payer: ID!)'));
    expect(verdict(required, 'Payer required')).toBe('fail');
    const retyped = await compareSchemas(before, before.replace('status: String!', 'status: Int!'));
    expect(retyped.breaking.map((c) => c.path)).toEqual(['Claim.status']);
  });

  describe('as CI runs it, in a repository', () => {
    const script = path.resolve(import.meta.dirname, '../scripts/schema-change.ts');
    const tsx = path.resolve(import.meta.dirname, '../node_modules/.bin/tsx');
    let repo = '';
    afterAll(async () => {
      if (repo) {
        await rm(repo, { recursive: true, force: true });
      }
    });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: repo, stdio: 'ignore' });
    const check = () => spawnSync(tsx, [script], { cwd: repo, encoding: 'utf8', timeout: 60_000 });

    it('compares with the previous commit and reads the last commit message', async () => {
      repo = await mkdtemp(path.join(tmpdir(), 'parity-schema-'));
      await mkdir(path.join(repo, 'schema'));
      git('init', '-q');
      await writeFile(path.join(repo, 'schema/schema.graphql'), before);
      git('add', '.');
      git('commit', '-q', '-m', 'First schema');
      const first = check();
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout).toContain('No schema/schema.graphql at HEAD~1: nothing to compare.');

      await writeFile(path.join(repo, 'schema/schema.graphql'), before.replace('    totalCharge: String!\n', ''));
      git('commit', '-q', '-am', 'Drop totalCharge');
      const broken = check();
      expect(broken.status).toBe(1);
      expect(broken.stdout).toContain("Field 'totalCharge' was removed from object type 'Claim'");
      expect(broken.stderr).toContain(breakingChangeMarker);

      git('commit', '-q', '--amend', '-m', `Drop totalCharge ${breakingChangeMarker}`);
      const intended = check();
      expect(intended.status, intended.stderr).toBe(0);
      expect(intended.stdout).toContain('Breaking changes accepted');
    }, 120_000);
  });
});
