import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canTransition, claimStatuses } from '../src/domain/claim-status.ts';
import { createTestDatabase, databaseKind, type TestDatabase } from './setup/database.ts';

describe(`the claim state machine in the database (${databaseKind})`, () => {
  let db: TestDatabase;
  let templateId: string;

  beforeAll(async () => {
    db = await createTestDatabase('seeded');
    templateId = (await db.prisma.claim.findFirstOrThrow({ select: { id: true }, orderBy: { patientControlNumber: 'asc' } })).id;
  });
  afterAll(async () => {
    await db.close();
  });

  it('allows exactly the transitions the code allows, for every pair of statuses', async () => {
    const outcomes: string[] = [];
    const expected: string[] = [];
    let n = 0;
    for (const from of claimStatuses) {
      for (const to of claimStatuses) {
        n += 1;
        const id = crypto.randomUUID();
        // A copy of a seeded claim in status `from` (inserts are not checked: a claim starts somewhere),
        // without its lines, so with a total of 0 (a claim's total is the sum of its lines).
        await db.prisma.$executeRawUnsafe(
          `INSERT INTO "Claim" (id, "organizationId", "patientId", "payerId", "coverageId", "billingLocationId", "claimType",
             status, "patientControlNumber", "serviceFrom", "serviceTo", "totalCharge")
           SELECT $1::uuid, "organizationId", "patientId", "payerId", "coverageId", "billingLocationId", "claimType",
             $2::"ClaimStatus", $3, "serviceFrom", "serviceTo", 0 FROM "Claim" WHERE id = $4::uuid`,
          id,
          from,
          `SM${n}`,
          templateId,
        );
        const allowed = await db.prisma.$executeRawUnsafe(`UPDATE "Claim" SET status = $1::"ClaimStatus" WHERE id = $2::uuid`, to, id).then(
          () => true,
          (error: Error) => {
            expect(error.message).toContain('cannot move from');
            return false;
          },
        );
        outcomes.push(`${from} -> ${to}: ${allowed}`);
        expected.push(`${from} -> ${to}: ${from === to || canTransition(from, to)}`);
      }
    }
    expect(outcomes).toEqual(expected);
  });
});
