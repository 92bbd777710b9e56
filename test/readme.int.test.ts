import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRole, type Role } from '../src/auth/viewer.ts';
import { servedSchema } from '../src/graphql/executable.ts';
import { createTestDatabase, databaseKind, seedAnchorDate, type TestDatabase } from './setup/database.ts';
import { startServer, type RunningServer } from './setup/server.ts';

// The README stays true: every ```graphql block runs against the demo clinic without errors (as
// an administrator, or as the role its first line names: `# role: ANALYST`). Its shell commands
// are checked by readme.test.ts.

const root = path.resolve(import.meta.dirname, '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

function blocks(language: string): Array<{ line: number; text: string }> {
  const found: Array<{ line: number; text: string }> = [];
  const pattern = new RegExp('^```' + language + '\\n([\\s\\S]*?)^```$', 'gm');
  for (const match of readme.matchAll(pattern)) {
    found.push({ line: readme.slice(0, match.index).split('\n').length, text: match[1] ?? '' });
  }
  return found;
}

/** The role a block names on its first line, ADMIN when it names none. */
function roleOf(text: string): Role {
  const named = /^# role: (\w+)\s*$/m.exec(text.split('\n')[0] ?? '')?.[1];
  if (named === undefined) {
    return 'ADMIN';
  }
  if (!isRole(named)) {
    throw new Error(`"${named}" is not a role`);
  }
  return named;
}

const graphqlBlocks = blocks('graphql');

describe(`README.md on ${databaseKind}`, () => {
  let db: TestDatabase;
  let api: RunningServer;
  beforeAll(async () => {
    db = await createTestDatabase('seeded');
    api = await startServer(db, {}, { clock: () => new Date(`${seedAnchorDate}T18:00:00.000Z`) });
  });
  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  it('has example operations for the people who use it', () => {
    expect(graphqlBlocks.length).toBeGreaterThanOrEqual(5);
    expect(new Set(graphqlBlocks.map((b) => roleOf(b.text)))).toEqual(new Set(['ADMIN', 'ANALYST', 'BILLER']));
    for (const heading of ['### Analysts and billers', '### Frontend teams', '### Partner systems', '### Operators', '### Plugin authors', '### Writing a payer plugin']) {
      expect(readme).toContain(heading);
    }
  });

  it.each(graphqlBlocks.map((b) => [b.line, b.text] as const))('runs the operation at line %i without errors', async (_line, text) => {
    const document = parse(text);
    expect(validate(servedSchema, document).map((e) => e.message)).toEqual([]);
    const caller = await api.as(roleOf(text));
    const response = await caller.post({ query: text });
    const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    expect(body.errors).toBeUndefined();
    expect(response.status).toBe(200);
    expect(body.data).not.toBeNull();
  });
});
