// PostgreSQL keeps the statements the server sends again and again prepared (src/db/prepared.ts):
// seen on one connection, in pg_prepared_statements. PostgreSQL only: PGlite's adapter names no
// statements.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresAdapter } from '../src/db/client.ts';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { createTestDatabase, databaseKind, type TestDatabase } from './setup/database.ts';

interface Prepared {
  name: string;
  statement: string;
  runs: number;
}

describe.skipIf(databaseKind !== 'postgres')('prepared statements on PostgreSQL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('seeded');
  });
  afterAll(async () => {
    await db.close();
  });

  /** A client on a single connection, so that what it prepared is what pg_prepared_statements shows. */
  async function onOneConnection(preparedStatements: boolean, run: (prisma: PrismaClient) => Promise<Prepared[]>): Promise<Prepared[]> {
    const pool = new pg.Pool({ connectionString: db.url, max: 1 });
    const prisma = new PrismaClient({ adapter: postgresAdapter(pool, { preparedStatements }) });
    try {
      return await run(prisma);
    } finally {
      await prisma.$disconnect();
      await pool.end();
    }
  }

  const prepared = (prisma: PrismaClient) =>
    prisma.$queryRaw<Prepared[]>`SELECT name, statement, (generic_plans + custom_plans)::int AS runs FROM pg_prepared_statements`;

  it('prepares a statement from its third use and runs it prepared from then on', async () => {
    const ids = (await db.prisma.claim.findMany({ select: { id: true }, take: 3, orderBy: { id: 'asc' } })).map((c) => c.id);
    const statements = await onOneConnection(true, async (prisma) => {
      for (let i = 0; i < 5; i += 1) {
        expect(await prisma.claim.findMany({ where: { id: { in: ids } }, select: { id: true } })).toHaveLength(3);
      }
      return prepared(prisma);
    });
    const claims = statements.filter((s) => s.statement.includes('FROM "public"."Claim"'));
    expect(claims).toHaveLength(1);
    expect(claims[0]?.name).toMatch(/^parity_\d+$/);
    // Prepared at its third run, then run twice more without being parsed again.
    expect(claims[0]?.runs).toBe(3);
  });

  it('prepares nothing when told not to (a pooler that cannot keep them)', async () => {
    const statements = await onOneConnection(false, async (prisma) => {
      for (let i = 0; i < 5; i += 1) {
        await prisma.claim.findMany({ select: { id: true }, take: 2 });
      }
      return prepared(prisma);
    });
    expect(statements).toEqual([]);
  });
});
