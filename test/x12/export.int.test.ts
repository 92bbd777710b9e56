import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '../../src/errors.ts';
import { ClaimExportError } from '../../src/x12/claim-export.ts';
import { exportClaim, exportClaims } from '../../src/x12/export-837.ts';
import { createTestDatabase, databaseKind, type TestDatabase } from '../setup/database.ts';
import { check837, parseIndependently, value } from './independent.ts';

// The seeded demo clinic (anchor 2026-06-30); "now" is the day after, so consents signed for a
// year are still in force.
const now = new Date('2026-07-01T12:00:00.000Z');
const today = '2026-07-01';
const parties = { phone: '5035550100', now };

/** Integer cents of a non-negative amount written with at most two decimals ("150", "150.5"). */
function cents(amount: string): number {
  const [whole = '0', fraction = ''] = amount.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

describe(`837 export from the database on ${databaseKind}`, () => {
  let db: TestDatabase;
  let organizationId: string;

  beforeAll(async () => {
    db = await createTestDatabase('seeded');
    organizationId = (await db.prisma.organization.findFirstOrThrow()).id;
  });
  afterAll(async () => {
    await db.close();
  });

  it('writes the submitted claims of one payer as an 837P that an independent parser reads and the structural checks pass', async () => {
    const result = await exportClaims(db.prisma, { organizationId, status: ['SUBMITTED'], payerCode: 'NWHP1', claimType: 'PROFESSIONAL' }, parties);
    const expected = await db.prisma.claim.findMany({
      where: { organizationId, status: 'SUBMITTED', payer: { payerCode: 'NWHP1' }, claimType: 'PROFESSIONAL' },
      include: { lines: { orderBy: { lineNumber: 'asc' } }, diagnoses: { orderBy: { position: 'asc' } } },
    });
    expect(expected.length).toBeGreaterThan(10);
    expect(result.documents.map((d) => d.type)).toEqual(['837P']);
    const [document] = result.documents;
    const parsed = await parseIndependently(document?.text ?? '');
    const check = check837(parsed, '837P');
    expect(check.problems).toEqual([]);
    // Every selected claim is written or skipped with a reason, once.
    expect([...check.claims.map((c) => c.patientControlNumber), ...result.skipped.map((s) => s.patientControlNumber)].sort()).toEqual(
      expected.map((c) => c.patientControlNumber).sort(),
    );
    expect(document?.patientControlNumbers).toEqual(check.claims.map((c) => c.patientControlNumber));
    // What is written is what the database holds.
    for (const claim of check.claims) {
      const row = expected.find((c) => c.patientControlNumber === claim.patientControlNumber);
      expect(cents(claim.charge)).toBe(cents(row?.totalCharge.toFixed(2) ?? ''));
      expect(claim.diagnoses).toEqual(row?.diagnoses.map((d) => d.icd10Code.replace('.', '')));
      expect(claim.lines.map((l) => [l.procedure.slice(1), cents(l.charge), l.pointers])).toEqual(
        row?.lines.map((l) => [[l.procedureCode, ...l.modifiers], cents(l.chargeAmount.toFixed(2)), l.diagnosisPointers]),
      );
    }
    // The receiver defaults to the payer, the submitter to the organization's tax ID.
    expect(value(parsed.find((s) => s.tag === 'NM1' && value(s, 1) === '40'), 9)).toBe('NWHP1');
    expect(value(parsed.find((s) => s.tag === 'GS'), 3)).toBe('NWHP1');
  });

  it('sends a 42 CFR Part 2 claim only under a payment consent to its payer in force, and reports progress', async () => {
    const progress: Array<[number, number]> = [];
    const result = await exportClaims(
      db.prisma,
      { organizationId, status: ['SUBMITTED', 'ACCEPTED'] },
      { ...parties, receiverId: 'CLEARHOUSE01', receiverName: 'Example Clearinghouse' },
      (done, total) => progress.push([done, total]),
    );
    const total = await db.prisma.claim.count({ where: { organizationId, status: { in: ['SUBMITTED', 'ACCEPTED'] } } });
    expect(progress[0]).toEqual([0, total]);
    expect(progress[progress.length - 1]).toEqual([total, total]);
    expect(result.documents.map((d) => d.type)).toEqual(['837P', '837I']);
    for (const document of result.documents) {
      expect(check837(await parseIndependently(document.text), document.type).problems).toEqual([]);
    }

    const part2 = await db.prisma.claim.findMany({
      where: { organizationId, status: { in: ['SUBMITTED', 'ACCEPTED'] }, program: { isPart2: true } },
      select: { id: true, patientId: true, programId: true, payerId: true },
    });
    const consents = await db.prisma.part2Consent.findMany({ where: { purposes: { has: 'PAYMENT' }, recipientPayerId: { not: null } } });
    const inForce = (claim: (typeof part2)[number]) =>
      consents.some(
        (c) =>
          c.patientId === claim.patientId &&
          c.programId === claim.programId &&
          c.recipientPayerId === claim.payerId &&
          c.signedOn.toISOString().slice(0, 10) <= today &&
          (c.expiresOn === null || c.expiresOn.toISOString().slice(0, 10) >= today) &&
          (c.revokedAt === null || c.revokedAt.toISOString().slice(0, 10) > today),
      );
    const exported = new Set(result.documents.flatMap((d) => d.claimIds));
    const refused = new Set(result.skipped.filter((s) => s.issues.some((i) => i.code === 'PART2_CONSENT_MISSING')).map((s) => s.claimId));
    const withConsent = part2.filter(inForce);
    const withoutConsent = part2.filter((c) => !inForce(c));
    expect(withConsent.length).toBeGreaterThan(0);
    expect(withoutConsent.length).toBeGreaterThan(0);
    expect(withConsent.every((c) => exported.has(c.id))).toBe(true);
    expect([...refused].sort()).toEqual(withoutConsent.map((c) => c.id).sort());
    expect(result.skipped.every((s) => s.issues.every((i) => i.code === 'PART2_CONSENT_MISSING'))).toBe(true);
  });

  it('writes program claims as an 837I with bill type, revenue and HCPCS codes, condition codes and an attending provider', async () => {
    const result = await exportClaims(
      db.prisma,
      { organizationId, status: ['SUBMITTED', 'ACCEPTED', 'PAID'], claimType: 'INSTITUTIONAL', preview: true },
      { ...parties, receiverId: 'CLEARHOUSE01', receiverName: 'Example Clearinghouse' },
    );
    const [document] = result.documents;
    expect(document?.type).toBe('837I');
    const parsed = await parseIndependently(document?.text ?? '');
    const check = check837(parsed, '837I');
    expect(check.problems).toEqual([]);
    expect(check.claims.length).toBeGreaterThan(20);
    const levels = await db.prisma.claim.findMany({
      where: { id: { in: document?.claimIds ?? [] } },
      select: { patientControlNumber: true, billType: true, lines: { select: { programDay: { select: { levelOfCare: true } } } } },
    });
    for (const claim of check.claims) {
      const row = levels.find((l) => l.patientControlNumber === claim.patientControlNumber);
      const level = row?.lines[0]?.programDay?.levelOfCare;
      const expectedCodes = level === 'PHP' ? ['41'] : level === 'IOP' ? ['92'] : [];
      expect(claim.conditionCodes, claim.patientControlNumber).toEqual(expectedCodes);
      expect(claim.attendingNpi).toMatch(/^\d{10}$/);
      expect(claim.lines.every((l) => l.procedure[0] === 'HC' && /^[A-Z0-9]{5}$/.test(l.procedure[1] ?? ''))).toBe(true);
    }
    const facilityCodes = parsed.filter((s) => s.tag === 'CLM').map((s) => s.elements[4]?.[0]);
    expect(new Set(facilityCodes)).toEqual(new Set(levels.map((l) => l.billType?.slice(1, 3))));
  });

  it('sends only submitted claims unless asked for a preview', async () => {
    const draft = await db.prisma.claim.findFirstOrThrow({ where: { organizationId, status: 'DRAFT', program: { isPart2: false } } });
    const refused = await exportClaim(db.prisma, { organizationId, claimId: draft.id }, parties).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ClaimExportError);
    expect((refused as ClaimExportError).exportIssues.map((i) => i.code)).toEqual(['NOT_SUBMITTED']);
    const preview = await exportClaim(db.prisma, { organizationId, claimId: draft.id, preview: true }, parties);
    expect(preview.patientControlNumbers).toEqual([draft.patientControlNumber]);
    expect(check837(await parseIndependently(preview.text), preview.type).problems).toEqual([]);
  });

  it('says which claims it cannot find, and needs a receiver for claims to several payers', async () => {
    await expect(exportClaim(db.prisma, { organizationId, claimId: '00000000-0000-4000-8000-000000000000' }, parties)).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportClaim(db.prisma, { organizationId: '00000000-0000-4000-8000-000000000001', claimId: (await db.prisma.claim.findFirstOrThrow()).id }, parties)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const missing = await exportClaims(db.prisma, { organizationId, patientControlNumbers: ['RB9999999'] }, parties);
    expect(missing.skipped).toEqual([{ claimId: null, patientControlNumber: 'RB9999999', issues: [expect.objectContaining({ code: 'NOT_FOUND' })] }]);
    const several = await exportClaims(db.prisma, { organizationId, status: ['SUBMITTED'], claimType: 'PROFESSIONAL' }, parties).catch((e: unknown) => e);
    expect(several).toBeInstanceOf(ValidationError);
    expect((several as ValidationError).issues[0]?.code).toBe('RECEIVER_REQUIRED');
    await expect(exportClaims(db.prisma, { organizationId }, parties)).rejects.toThrow(/Say which claims/);
  });
});
