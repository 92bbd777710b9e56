import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError } from '../../src/errors.ts';
import { eligibilityRequest } from '../../src/x12/eligibility.ts';
import { createTestDatabase, databaseKind, type TestDatabase } from '../setup/database.ts';
import { parseIndependently, value } from './independent.ts';

const now = new Date('2026-07-01T12:00:00.000Z');
const today = '2026-07-01';

describe(`270 from the database on ${databaseKind}`, () => {
  let db: TestDatabase;
  let organizationId: string;

  beforeAll(async () => {
    db = await createTestDatabase('seeded');
    organizationId = (await db.prisma.organization.findFirstOrThrow()).id;
  });
  afterAll(async () => {
    await db.close();
  });

  it('builds a 270 for a member’s coverage and the services of a level of care', async () => {
    const coverage = await db.prisma.coverage.findFirstOrThrow({ where: { organizationId, payer: { payerCode: 'NWHP1' } }, include: { patient: true } });
    const { text, inquiry } = await eligibilityRequest(db.prisma, { organizationId, payerCode: 'NWHP1', memberId: coverage.memberId, levelOfCare: 'PHP', date: today }, { now });
    expect(inquiry.serviceTypeCodes).toEqual(['BB', 'MH']);
    const parsed = await parseIndependently(text);
    const subscriber = parsed.find((s) => s.tag === 'NM1' && value(s, 1) === 'IL');
    expect([value(subscriber, 3), value(subscriber, 4), value(subscriber, 9)]).toEqual([coverage.patient.lastName, coverage.patient.firstName, coverage.memberId]);
    expect(value(parsed.find((s) => s.tag === 'DMG'), 2)).toBe(coverage.patient.dateOfBirth.toISOString().slice(0, 10).replace(/-/g, ''));
    expect(value(parsed.find((s) => s.tag === 'NM1' && value(s, 1) === 'PR'), 9)).toBe('NWHP1');
    const location = await db.prisma.location.findFirstOrThrow({ where: { organizationId }, orderBy: { createdAt: 'asc' } });
    expect(value(parsed.find((s) => s.tag === 'NM1' && value(s, 1) === '1P'), 9)).toBe(location.npi);
    expect(parsed.filter((s) => s.tag === 'EQ').map((s) => value(s, 1))).toEqual(['BB', 'MH']);
    expect(value(parsed.find((s) => s.tag === 'TRN'), 2)).toBe(inquiry.traceNumber);
    await expect(eligibilityRequest(db.prisma, { organizationId, payerCode: 'NWHP1', memberId: 'NOBODY' })).rejects.toBeInstanceOf(NotFoundError);
  });
});
