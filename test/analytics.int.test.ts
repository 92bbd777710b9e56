// Query.analytics over HTTP with typed operations: every figure is checked against the same
// figure computed here, independently, from the seeded rows read with Prisma (no SQL of the
// implementation reused), for an administrator on the Part 2 program's staff (sees everything),
// a biller outside it (sees Part 2 records only under a consent), and an analyst (no Part 2
// records, small cells suppressed, whole months). Roles outside analytics are refused.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPayerPolicies } from '../payers/index.ts';
import { purposeOfRole, type Role } from '../src/auth/viewer.ts';
import { countingAdapterFactory, StatementCounter } from '../src/db/statement-counter.ts';
import { addDays, daysBetween, isoDate } from '../src/domain/dates.ts';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { planOn } from '../src/policy/answers.ts';
import { parityFlags } from '../src/policy/parity.ts';
import { selectPolicyVersion } from '../src/policy/versions.ts';
import {
  AnalyticsArAgingDocument,
  AnalyticsAuthorizationsAtRiskDocument,
  AnalyticsCredentialingGapsDocument,
  AnalyticsDenialRateDocument,
  AnalyticsEverythingDocument,
  AnalyticsParityReportDocument,
  type AnalyticsArAgingQuery,
  type AnalyticsAuthorizationsAtRiskQuery,
  type AnalyticsCredentialingGapsQuery,
  type AnalyticsDenialRateQuery,
  type DenialRateGrouping,
} from './__generated__/graphql.ts';
import { createTestDatabase, databaseKind, seedAnchorDate, type TestDatabase } from './setup/database.ts';
import { startServer, type Executor, type RunningServer } from './setup/server.ts';

const today = seedAnchorDate;
const clock = () => new Date(`${today}T18:00:00.000Z`);
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const smallCell = (n: number) => n >= 1 && n <= 10;

/**
 * A count as the caller reads it. Without suppression: exact. With it: a count of 1 to 10 is
 * withheld (null); any other is exact, or withheld to protect a small one (never a zero).
 */
function expectCount(actual: number | null | undefined, expected: number, suppressing: boolean, what: string): void {
  if (suppressing && smallCell(expected)) {
    expect(actual, what).toBeNull();
  } else if (suppressing && actual === null) {
    expect(expected, `${what} withheld`).toBeGreaterThan(0);
  } else {
    expect(actual, what).toBe(expected);
  }
}

/** No line of a table whose total is shown has exactly one withheld count (the total would give it back). */
function expectNoLoneWithheld(lines: ReadonlyArray<ReadonlyArray<number | null | undefined>>, what: string): void {
  for (const [i, line] of lines.entries()) {
    expect(line.filter((v) => v === null).length, `${what} ${i}`).not.toBe(1);
  }
}

const columnsOf = <T>(rows: ReadonlyArray<ReadonlyArray<T>>): T[][] => (rows[0] ?? []).map((_, j) => rows.map((r) => r[j] as T));

type StaffRole = Extract<Role, 'ADMIN' | 'BILLER' | 'ANALYST'>;
const subjects: Record<StaffRole, string> = { ADMIN: 'demo-admin', BILLER: 'demo-biller', ANALYST: 'demo-analyst' };

/** Money in integer cents, from a Prisma Decimal, and back to the API's Decimal string. */
const cents = (amount: { toFixed(digits: number): string }): number => {
  const text = amount.toFixed(2);
  const [whole = '0', fraction = '0'] = text.replace('-', '').split('.');
  const value = Number(whole) * 100 + Number(fraction);
  return text.startsWith('-') ? -value : value;
};
const dollars = (value: number): string =>
  `${value < 0 ? '-' : ''}${Math.floor(Math.abs(value) / 100)}.${String(Math.abs(value) % 100).padStart(2, '0')}`;

function countBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string | null, T[]> {
  const groups = new Map<string | null, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

/** The report of a successful answer (no error). */
function reportOf<T>(result: { data?: { analytics: T } | null; errors?: unknown }): T {
  expect(result.errors).toBeUndefined();
  if (!result.data) {
    throw new Error('no data');
  }
  return result.data.analytics;
}

const denialReport = (result: { data?: AnalyticsDenialRateQuery | null; errors?: unknown }) => reportOf(result).denialRate;
const riskReport = (result: { data?: AnalyticsAuthorizationsAtRiskQuery | null; errors?: unknown }) => reportOf(result).authorizationsAtRisk;
const gapReport = (result: { data?: AnalyticsCredentialingGapsQuery | null; errors?: unknown }) => reportOf(result).credentialingGaps;

/** The rows the expected figures are computed from, read with Prisma. */
async function loadRows(prisma: PrismaClient) {
  const [claims, authorizations, lines, sessions, payers] = await Promise.all([
    prisma.claim.findMany({
      select: {
        id: true,
        status: true,
        programId: true,
        patientId: true,
        serviceFrom: true,
        submittedAt: true,
        totalCharge: true,
        payerId: true,
        payer: { select: { name: true } },
        renderingProviderId: true,
        renderingProvider: { select: { firstName: true, lastName: true } },
        patient: { select: { programId: true } },
        statusHistory: { select: { toStatus: true } },
        remittances: {
          select: {
            claimStatusCode: true,
            paidAmount: true,
            patientResponsibility: true,
            adjustments: { select: { groupCode: true, reasonCode: true, amount: true } },
          },
        },
      },
    }),
    prisma.authorization.findMany({
      where: { status: 'APPROVED' },
      include: { payer: { select: { name: true } }, patient: { select: { programId: true } }, reviews: true },
    }),
    prisma.claimLine.findMany({
      select: {
        authorizationId: true,
        serviceDate: true,
        units: true,
        claim: { select: { authorizationId: true, status: true, programId: true, patientId: true, patient: { select: { programId: true } } } },
      },
    }),
    prisma.session.findMany({
      where: { status: { in: ['SCHEDULED', 'COMPLETED'] }, coverageId: { not: null } },
      select: {
        status: true,
        serviceDate: true,
        programId: true,
        patientId: true,
        patient: { select: { programId: true } },
        providerId: true,
        provider: { select: { firstName: true, lastName: true, enrollments: true } },
        coverage: { select: { payerId: true, payer: { select: { name: true } } } },
      },
    }),
    prisma.payer.findMany({ orderBy: { name: 'asc' } }),
  ]);
  return { claims, authorizations, lines, sessions, payers };
}

type Rows = Awaited<ReturnType<typeof loadRows>>;

describe(`analytics (${databaseKind})`, () => {
  let db: TestDatabase;
  let counted: PrismaClient;
  let api: RunningServer;
  const counter = new StatementCounter();
  const callers = {} as Record<StaffRole, Executor>;

  /** Whether a role may see a record of `programId` about `patientId` on a day: 42 CFR Part 2, restated. */
  let maySee: (role: StaffRole, programId: string | null, patientId: string, on: string) => boolean;
  let organizationId: string;
  let data: Rows;

  beforeAll(async () => {
    db = await createTestDatabase('seeded');
    organizationId = (await db.prisma.organization.findFirstOrThrow()).id;
    const programs = await db.prisma.program.findMany({ select: { id: true, isPart2: true } });
    const part2 = new Set(programs.filter((p) => p.isPart2).map((p) => p.id));
    // A payer with three open claims: a small cell for analysts in every report by payer.
    const smallPayer = await db.prisma.payer.create({
      data: { name: 'Small Test Payer (fictional)', kind: 'COMMERCIAL', policyId: 'northwind-health', payerCode: 'SMALL1' },
    });
    const moved = await db.prisma.claim.findMany({
      where: { status: 'SUBMITTED', programId: { notIn: [...part2] }, patient: { programId: null } },
      select: { id: true },
      orderBy: { id: 'asc' },
      take: 3,
    });
    await db.prisma.claim.updateMany({ where: { id: { in: moved.map((c) => c.id) } }, data: { payerId: smallPayer.id } });

    // Every row the expectations are computed from, read before the servers answer anything
    // (PGlite runs in this process: long reads between requests would hold up the server).
    const memberships = await db.prisma.programMembership.findMany({ select: { programId: true, user: { select: { subject: true } } } });
    const consents = await db.prisma.part2Consent.findMany();
    data = await loadRows(db.prisma);
    maySee = (role, programId, patientId, on) => {
      if (programId === null || !part2.has(programId)) {
        return true;
      }
      if (role === 'ANALYST') {
        return false;
      }
      if (memberships.some((m) => m.programId === programId && m.user.subject === subjects[role])) {
        return true;
      }
      return consents.some(
        (c) =>
          c.patientId === patientId &&
          c.programId === programId &&
          c.recipientOrganizationId === organizationId &&
          c.purposes.includes(purposeOfRole[role]) &&
          isoDate(c.signedOn) <= on &&
          (c.expiresOn === null || isoDate(c.expiresOn) >= on) &&
          c.revokedAt === null,
      );
    };
    // The roles really differ on this data, so each is worth checking.
    const part2Claims = data.claims.filter((c) => c.programId !== null && part2.has(c.programId));
    expect(part2Claims.length).toBeGreaterThan(20);
    const billerSees = part2Claims.filter((c) => maySee('BILLER', c.programId, c.patientId, today)).length;
    expect(billerSees).toBeGreaterThan(0);
    expect(billerSees).toBeLessThan(part2Claims.length);

    counted = new PrismaClient({ adapter: countingAdapterFactory(db.adapterFactory, counter) });
    api = await startServer({ ...db, prisma: counted }, {}, { clock });
    for (const role of ['ADMIN', 'BILLER', 'ANALYST'] as const) {
      callers[role] = await api.as(role);
    }
  });
  afterAll(async () => {
    await api?.close();
    await counted?.$disconnect();
    await db?.close();
  });

  // -------------------------------------------------------------------------------------------
  // Denial rate
  // -------------------------------------------------------------------------------------------

  interface ExpectedDenial {
    key: string | null;
    label: string;
    adjudicated: number;
    denied: number;
  }

  /** The denial figures, computed from the claims with their remittances and status history. */
  function expectedDenials(role: StaffRole, groupBy: DenialRateGrouping, from?: string, to?: string) {
    const judged = data.claims
      .filter((c) => maySee(role, c.programId, c.patientId, today) && maySee(role, c.patient.programId, c.patientId, today))
      .filter((c) => (from === undefined || isoDate(c.serviceFrom) >= from) && (to === undefined || isoDate(c.serviceFrom) <= to))
      .map((c) => {
        const denied =
          c.status === 'DENIED' ||
          c.status === 'APPEALED' ||
          c.remittances.some((r) => r.claimStatusCode === '4') ||
          c.statusHistory.some((h) => h.toStatus === 'DENIED');
        const adjudicated = denied || c.status === 'PAID' || c.status === 'PARTIALLY_PAID' || c.remittances.length > 0;
        return { ...c, denied, adjudicated };
      })
      .filter((c) => c.adjudicated);
    const total: ExpectedDenial = {
      key: null,
      label: groupBy === 'REASON' ? 'All denied claims' : 'All claims',
      adjudicated: judged.length,
      denied: judged.filter((c) => c.denied).length,
    };
    if (groupBy === 'REASON') {
      const reasons = new Map<string | null, number>();
      for (const c of judged.filter((j) => j.denied)) {
        const codes = new Set(
          c.remittances.flatMap((r) => r.adjustments.filter((a) => a.groupCode !== 'PR' && a.reasonCode !== '45').map((a) => a.reasonCode)),
        );
        for (const code of codes.size === 0 ? [null] : codes) {
          reasons.set(code, (reasons.get(code) ?? 0) + 1);
        }
      }
      const rows = [...reasons].map(([key, denied]) => ({ key, label: '', adjudicated: judged.length, denied }));
      return { rows, total };
    }
    const keyOf = (c: (typeof judged)[number]): string | null =>
      groupBy === 'PAYER'
        ? globalId('Payer', c.payerId)
        : groupBy === 'PROVIDER'
          ? c.renderingProviderId && globalId('Provider', c.renderingProviderId)
          : isoDate(c.serviceFrom).slice(0, 7);
    const labelOf = (c: (typeof judged)[number]): string =>
      groupBy === 'PAYER'
        ? c.payer.name
        : groupBy === 'PROVIDER'
          ? c.renderingProvider
            ? `${c.renderingProvider.lastName}, ${c.renderingProvider.firstName}`
            : 'No rendering provider on the claim'
          : isoDate(c.serviceFrom).slice(0, 7);
    const rows = [...countBy(judged, keyOf)].map(([key, group]) => ({
      key,
      label: labelOf(group[0] as (typeof judged)[number]),
      adjudicated: group.length,
      denied: group.filter((c) => c.denied).length,
    }));
    return { rows, total };
  }

  function expectRow(
    actual: { key?: string | null; label: string; adjudicated?: number | null; denied?: number | null; rate?: number | null; suppressed: boolean } | undefined,
    expected: ExpectedDenial,
    suppressing: boolean,
    checkLabel = true,
  ) {
    expect(actual, `row ${expected.key}`).toBeDefined();
    if (checkLabel) {
      expect(actual?.label).toBe(expected.label);
    }
    expectCount(actual?.adjudicated, expected.adjudicated, suppressing, `adjudicated of ${expected.key}`);
    expectCount(actual?.denied, expected.denied, suppressing, `denied of ${expected.key}`);
    expect(actual?.suppressed).toBe(actual?.adjudicated === null || actual?.denied === null);
    if (actual?.suppressed || expected.adjudicated === 0) {
      expect(actual?.rate).toBeNull();
    } else {
      expect(actual?.rate).toBeCloseTo(expected.denied / expected.adjudicated, 12);
    }
  }

  it('gives the denial rate by payer, provider, reason code and month, as the claims and remittances say', async () => {
    for (const groupBy of ['PAYER', 'PROVIDER', 'REASON', 'MONTH'] as const) {
      const report = denialReport(await callers.ADMIN.execute(AnalyticsDenialRateDocument, { groupBy }));
      const expected = expectedDenials('ADMIN', groupBy);
      expect(report.groupBy).toBe(groupBy);
      expect(report.rows.map((r) => r.key).sort()).toEqual(expected.rows.map((r) => r.key).sort());
      for (const row of expected.rows) {
        expectRow(
          report.rows.find((r) => r.key === row.key),
          row,
          false,
          groupBy !== 'REASON',
        );
      }
      expectRow(report.overall, expected.total, false);
      expect(report.overall.key).toBeNull();
    }
    // About one claim in five is denied in the demo clinic (README).
    const overall = denialReport(await callers.ADMIN.execute(AnalyticsDenialRateDocument, {})).overall;
    expect(overall.rate).toBeGreaterThan(0.15);
    expect(overall.rate).toBeLessThan(0.3);
    const reasons = denialReport(await callers.ADMIN.execute(AnalyticsDenialRateDocument, { groupBy: 'REASON' }));
    expect(reasons.rows.map((r) => r.key)).not.toContain('45');
    expect(reasons.rows.find((r) => r.key === '197')?.label).toMatch(/^197: .*authorization/i);
    const months = denialReport(await callers.ADMIN.execute(AnalyticsDenialRateDocument, { groupBy: 'MONTH' })).rows.map((r) => r.key ?? '');
    expect(months).toEqual([...months].sort());
  });

  it('counts only the claims of the period, by first date of service', async () => {
    const report = denialReport(await callers.ADMIN.execute(AnalyticsDenialRateDocument, { groupBy: 'PAYER', from: '2026-03-10', to: '2026-04-20' }));
    expect(report.period).toEqual({ from: '2026-03-10', to: '2026-04-20', wholeMonths: false });
    const expected = expectedDenials('ADMIN', 'PAYER', '2026-03-10', '2026-04-20');
    const all = expectedDenials('ADMIN', 'PAYER');
    expect(expected.total.adjudicated).toBeLessThan(all.total.adjudicated);
    for (const row of expected.rows) {
      expectRow(
        report.rows.find((r) => r.key === row.key),
        row,
        false,
      );
    }
    expectRow(report.overall, expected.total, false);
  });

  it('counts a 42 CFR Part 2 claim for a biller only under a consent in force', async () => {
    const report = denialReport(await callers.BILLER.execute(AnalyticsDenialRateDocument, { groupBy: 'PAYER' }));
    const expected = expectedDenials('BILLER', 'PAYER');
    const admin = expectedDenials('ADMIN', 'PAYER');
    expect(expected.total.adjudicated).toBeLessThan(admin.total.adjudicated);
    for (const row of expected.rows) {
      expectRow(
        report.rows.find((r) => r.key === row.key),
        row,
        false,
      );
    }
    expectRow(report.overall, expected.total, false);
    expect(report.rows.length).toBe(expected.rows.length);
  });

  it('gives analysts no Part 2 claim, small cells suppressed, and whole months', async () => {
    const analyst = callers.ANALYST;
    const providers = await analyst.execute(AnalyticsDenialRateDocument, { groupBy: 'PROVIDER' });
    expect(providers.data?.analytics.smallCellSuppression).toEqual({ applied: true, maximum: 10 });
    const report = denialReport(providers);
    const expected = expectedDenials('ANALYST', 'PROVIDER');
    expect(report.rows.length).toBe(expected.rows.length);
    for (const row of expected.rows) {
      expectRow(
        report.rows.find((r) => r.key === row.key),
        row,
        true,
      );
    }
    expectRow(report.overall, expected.total, true);
    // The data has both kinds of cell, so suppression is really exercised.
    expect(report.rows.some((r) => r.suppressed && r.denied === null)).toBe(true);
    expect(report.rows.some((r) => !r.suppressed && r.denied !== null && r.denied > 10)).toBe(true);
    expect(report.overall.adjudicated).toBeLessThan(expectedDenials('ADMIN', 'PROVIDER').total.adjudicated);
    // Rows add up to the overall row: no column may have a single withheld count.
    expectNoLoneWithheld(columnsOf([...report.rows, report.overall].map((r) => [r.adjudicated, r.denied])), 'denial column');

    const months = denialReport(await analyst.execute(AnalyticsDenialRateDocument, { groupBy: 'PAYER', from: '2026-03-10', to: '2026-04-20' }));
    expect(months.period).toEqual({ from: '2026-04-01', to: '2026-04-30', wholeMonths: true });
    const april = expectedDenials('ANALYST', 'PAYER', '2026-04-01', '2026-04-30');
    expectRow(months.overall, april.total, true);

    const admin = await callers.ADMIN.execute(AnalyticsDenialRateDocument, { groupBy: 'PROVIDER' });
    expect(admin.data?.analytics.smallCellSuppression.applied).toBe(false);
  });

  it('refuses a period that ends before it starts, naming the argument', async () => {
    for (const result of [
      await callers.ADMIN.execute(AnalyticsDenialRateDocument, { from: '2026-05-01', to: '2026-04-01' }),
      await callers.ANALYST.execute(AnalyticsCredentialingGapsDocument, { from: '2026-05-01', to: '2026-04-30' }),
    ]) {
      expect(result.data ?? null).toBeNull();
      expect(result.errors).toEqual([
        expect.objectContaining({
          message: 'The period ends before it starts: `to` must be on or after `from`.',
          extensions: { code: 'BAD_USER_INPUT', argument: 'to', reason: 'END_BEFORE_START' },
        }),
      ]);
    }
  });

  // -------------------------------------------------------------------------------------------
  // AR aging
  // -------------------------------------------------------------------------------------------

  function expectedAging(role: StaffRole) {
    const claims = data.claims.filter((c) => ['SUBMITTED', 'ACCEPTED', 'PARTIALLY_PAID', 'APPEALED', 'DENIED'].includes(c.status) && c.submittedAt !== null);
    const open = claims
      .filter((c) => maySee(role, c.programId, c.patientId, today) && maySee(role, c.patient.programId, c.patientId, today))
      .map((c) => {
        const balance =
          cents(c.totalCharge) -
          c.remittances.reduce(
            (sum, r) =>
              sum +
              cents(r.paidAmount) +
              cents(r.patientResponsibility) +
              r.adjustments.filter((a) => a.groupCode === 'CO' && a.reasonCode === '45').reduce((s, a) => s + cents(a.amount), 0),
            0,
          );
        const age = daysBetween(isoDate(c.submittedAt as Date), today);
        const bucket = age <= 30 ? 0 : age <= 60 ? 1 : age <= 90 ? 2 : age <= 120 ? 3 : 4;
        return { key: globalId('Payer', c.payerId), label: c.payer.name, balance, bucket };
      })
      .filter((c) => c.balance > 0);
    const summarize = (group: typeof open) => ({
      claims: group.length,
      balance: group.reduce((s, c) => s + c.balance, 0),
      buckets: [0, 1, 2, 3, 4].map((b) => {
        const inBucket = group.filter((c) => c.bucket === b);
        return { claims: inBucket.length, balance: inBucket.reduce((s, c) => s + c.balance, 0) };
      }),
    });
    return { total: summarize(open), payers: [...countBy(open, (c) => c.key)].map(([key, group]) => ({ key, label: group[0]?.label, ...summarize(group) })) };
  }

  function expectAgingRow(
    actual: AnalyticsArAgingQuery['analytics']['arAging']['overall'] | undefined,
    expected: { claims: number; balance: number; buckets: Array<{ claims: number; balance: number }> },
    suppressing: boolean,
  ) {
    expect(actual?.buckets.map((b) => b.bucket)).toEqual(['DAYS_0_30', 'DAYS_31_60', 'DAYS_61_90', 'DAYS_91_120', 'OVER_120']);
    const pairs = [...expected.buckets.map((b, i) => [actual?.buckets[i], b] as const), [actual, expected] as const];
    for (const [cell, figures] of pairs) {
      expectCount(cell?.claims, figures.claims, suppressing, 'claims');
      expect(cell?.openBalance).toBe(cell?.claims === null ? null : dollars(figures.balance));
      expect(cell?.suppressed).toBe(cell?.claims === null);
    }
  }

  it('ages open balances by payer from submission to today, in exact cents', async () => {
    const report = reportOf(await callers.ADMIN.execute(AnalyticsArAgingDocument)).arAging;
    expect(report?.asOf).toBe(today);
    const expected = expectedAging('ADMIN');
    expect(expected.total.claims).toBeGreaterThan(500);
    expect(expected.total.buckets.filter((b) => b.claims > 0).length).toBeGreaterThanOrEqual(4);
    expectAgingRow(report?.overall, expected.total, false);
    expect(report?.rows.map((r) => r.key).sort()).toEqual(expected.payers.map((p) => p.key).sort());
    for (const payer of expected.payers) {
      const row = report?.rows.find((r) => r.key === payer.key);
      expect(row?.label).toBe(payer.label);
      expectAgingRow(row, payer, false);
    }
    expect(report?.overall.buckets[0]).toMatchObject({ minDays: 0, maxDays: 30 });
    expect(report?.overall.buckets[4]).toMatchObject({ minDays: 121, maxDays: null });
  });

  it('suppresses small aging cells for analysts, balance with count', async () => {
    const report = reportOf(await callers.ANALYST.execute(AnalyticsArAgingDocument)).arAging;
    const expected = expectedAging('ANALYST');
    expectAgingRow(report?.overall, expected.total, true);
    for (const payer of expected.payers) {
      expectAgingRow(
        report?.rows.find((r) => r.key === payer.key),
        payer,
        true,
      );
    }
    const cells = report?.rows.flatMap((r) => r.buckets) ?? [];
    expect(cells.some((c) => c.suppressed && c.claims === null && c.openBalance === null)).toBe(true);
    expect(cells.some((c) => !c.suppressed && (c.claims ?? 0) > 10)).toBe(true);
    // Bands add up to their row's total, payers to the overall row: no line with a single withheld count.
    const table = [...(report?.rows ?? []), report?.overall].map((r) => [...(r?.buckets ?? []).map((b) => b.claims), r?.claims]);
    expectNoLoneWithheld(table, 'aging row');
    expectNoLoneWithheld(columnsOf(table), 'aging column');
  });

  // -------------------------------------------------------------------------------------------
  // Authorizations at risk
  // -------------------------------------------------------------------------------------------

  function expectedRisk(role: StaffRole, on: string, withinDays: number, lowUnitsPercent: number, groupBy: 'PAYER' | 'LEVEL_OF_CARE') {
    const horizon = addDays(on, withinDays);
    const counted = data.lines.filter(
      (l) =>
        !['DENIED', 'WRITTEN_OFF'].includes(l.claim.status) &&
        maySee(role, l.claim.programId, l.claim.patientId, on) &&
        maySee(role, l.claim.patient.programId, l.claim.patientId, on),
    );
    const inForce = data.authorizations
      .filter((a) => isoDate(a.endDate) >= on && maySee(role, a.programId, a.patientId, on) && maySee(role, a.patient.programId, a.patientId, on))
      .map((a) => {
        const mine = counted.filter((l) => (l.authorizationId ?? l.claim.authorizationId) === a.id);
        const used =
          a.unitType === 'VISITS'
            ? mine.length
            : a.unitType === 'DAYS'
              ? new Set(mine.map((l) => isoDate(l.serviceDate))).size
              : mine.reduce((s, l) => s + l.units, 0);
        const latest = [...a.reviews].sort(
          (x, y) =>
            y.reviewedOn.getTime() - x.reviewedOn.getTime() || y.createdAt.getTime() - x.createdAt.getTime() || (y.id > x.id ? 1 : -1),
        )[0];
        const reviewOn = latest?.nextReviewDue ?? a.concurrentReviewDue;
        const expiring = isoDate(a.endDate) <= horizon;
        const lowUnits = (a.unitsApproved - used) * 100 <= a.unitsApproved * lowUnitsPercent;
        const reviewDue = reviewOn !== null && isoDate(reviewOn) <= horizon;
        return {
          key: groupBy === 'PAYER' ? globalId('Payer', a.payerId) : a.levelOfCare,
          label: groupBy === 'PAYER' ? a.payer.name : (a.levelOfCare ?? 'By procedure code (no level of care)'),
          expiring,
          lowUnits,
          reviewDue,
        };
      });
    const summarize = (group: typeof inForce) => ({
      approved: group.length,
      atRisk: group.filter((a) => a.expiring || a.lowUnits || a.reviewDue).length,
      expiring: group.filter((a) => a.expiring).length,
      lowUnits: group.filter((a) => a.lowUnits).length,
      reviewDue: group.filter((a) => a.reviewDue).length,
    });
    return {
      total: summarize(inForce),
      rows: [...countBy(inForce, (a) => a.key)].map(([key, group]) => ({ key, label: group[0]?.label, ...summarize(group) })),
    };
  }

  function expectRiskRow(
    actual: { approved?: number | null; atRisk?: number | null; expiring?: number | null; lowUnits?: number | null; reviewDue?: number | null; suppressed: boolean } | undefined,
    expected: { approved: number; atRisk: number; expiring: number; lowUnits: number; reviewDue: number },
    suppressing: boolean,
  ) {
    expect(actual).toBeDefined();
    const columns = ['approved', 'atRisk', 'expiring', 'lowUnits', 'reviewDue'] as const;
    for (const column of columns) {
      expectCount(actual?.[column], expected[column], suppressing, column);
    }
    expect(actual?.suppressed).toBe(columns.some((c) => actual?.[c] === null));
  }

  it('finds approved authorizations ending soon, running out of units or due for review, counted like the policy engine', async () => {
    const admin = callers.ADMIN;
    const totals: Array<ReturnType<typeof expectedRisk>['total']> = [];
    for (const [withinDays, lowUnitsPercent, groupBy] of [
      [14, 20, 'PAYER'],
      [30, 50, 'LEVEL_OF_CARE'],
    ] as const) {
      const report = riskReport(await admin.execute(AnalyticsAuthorizationsAtRiskDocument, { withinDays, lowUnitsPercent, groupBy }));
      expect(report).toMatchObject({ asOf: today, withinDays, lowUnitsPercent, groupBy });
      const expected = expectedRisk('ADMIN', today, withinDays, lowUnitsPercent, groupBy);
      totals.push(expected.total);
      expectRiskRow(report.overall, expected.total, false);
      expect(report.rows.map((r) => r.key).sort()).toEqual(expected.rows.map((r) => r.key).sort());
      for (const row of expected.rows) {
        const actual = report.rows.find((r) => r.key === row.key);
        expect(actual?.label).toBe(row.label);
        expectRiskRow(actual, row, false);
      }
    }
    // The data has authorizations at risk for each reason, and some not at risk.
    for (const reason of ['expiring', 'lowUnits', 'reviewDue'] as const) {
      expect(Math.max(...totals.map((t) => t[reason])), reason).toBeGreaterThan(0);
    }
    expect(totals.some((t) => t.atRisk > 0 && t.atRisk < t.approved)).toBe(true);
    const defaults = riskReport(await admin.execute(AnalyticsAuthorizationsAtRiskDocument, {}));
    expect(defaults).toMatchObject({ withinDays: 14, lowUnitsPercent: 20, groupBy: 'PAYER' });
    expectRiskRow(defaults.overall, expectedRisk('ADMIN', today, 14, 20, 'PAYER').total, false);
  });

  it('suppresses small authorization counts for analysts and leaves Part 2 authorizations out', async () => {
    const analyst = callers.ANALYST;
    const report = riskReport(await analyst.execute(AnalyticsAuthorizationsAtRiskDocument, { groupBy: 'LEVEL_OF_CARE', withinDays: 30 }));
    const expected = expectedRisk('ANALYST', today, 30, 20, 'LEVEL_OF_CARE');
    const all = expectedRisk('ADMIN', today, 30, 20, 'LEVEL_OF_CARE');
    expect(expected.total.approved).toBeLessThan(all.total.approved);
    expectRiskRow(report.overall, expected.total, true);
    expect(report.rows.length).toBe(expected.rows.length);
    for (const row of expected.rows) {
      expectRiskRow(
        report.rows.find((r) => r.key === row.key),
        row,
        true,
      );
    }
    expect(report.rows.some((r) => r.suppressed)).toBe(true);
    const columns = ['approved', 'atRisk', 'expiring', 'lowUnits', 'reviewDue'] as const;
    expectNoLoneWithheld(columnsOf([...report.rows, report.overall].map((r) => columns.map((c) => r[c]))), 'authorization column');
  });

  it('refuses a window or share out of range, naming the argument', async () => {
    for (const [variables, argument] of [
      [{ withinDays: -1 }, 'withinDays'],
      [{ withinDays: 366 }, 'withinDays'],
      [{ lowUnitsPercent: 101 }, 'lowUnitsPercent'],
    ] as const) {
      const result = await callers.ADMIN.execute(AnalyticsAuthorizationsAtRiskDocument, variables);
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.map((e) => e.extensions)).toEqual([{ code: 'BAD_USER_INPUT', argument, reason: 'OUT_OF_RANGE' }]);
    }
    expect(reportOf(await callers.ADMIN.execute(AnalyticsAuthorizationsAtRiskDocument, { withinDays: 365, lowUnitsPercent: 0 })).authorizationsAtRisk.withinDays).toBe(365);
  });

  // -------------------------------------------------------------------------------------------
  // Credentialing gaps
  // -------------------------------------------------------------------------------------------

  function expectedGaps(role: StaffRole, from?: string, to?: string) {
    const gaps = data.sessions
      .filter((s) => maySee(role, s.programId, s.patientId, today) && maySee(role, s.patient.programId, s.patientId, today))
      .filter((s) => (from === undefined || isoDate(s.serviceDate) >= from) && (to === undefined || isoDate(s.serviceDate) <= to))
      .filter((s) => {
        const on = isoDate(s.serviceDate);
        return !s.provider.enrollments.some(
          (e) =>
            e.payerId === s.coverage?.payerId &&
            (e.effectiveFrom === null || isoDate(e.effectiveFrom) <= on) &&
            (e.effectiveTo === null || isoDate(e.effectiveTo) >= on) &&
            (e.status === 'ENROLLED' || (e.status === 'TERMINATED' && e.effectiveTo !== null)),
        );
      });
    return [...countBy(gaps, (s) => `${s.providerId}/${s.coverage?.payerId}`)].map(([, group]) => {
      const first = group[0] as (typeof gaps)[number];
      const dates = group.map((s) => isoDate(s.serviceDate)).sort();
      return {
        providerId: globalId('Provider', first.providerId),
        providerName: `${first.provider.lastName}, ${first.provider.firstName}`,
        payerId: globalId('Payer', first.coverage?.payerId ?? ''),
        payerName: first.coverage?.payer.name ?? '',
        sessions: group.length,
        scheduled: group.filter((s) => s.status === 'SCHEDULED').length,
        firstDate: dates[0] as string,
        lastDate: dates[dates.length - 1] as string,
      };
    });
  }

  it('finds sessions booked with payers the provider is not enrolled with on the date, by provider and payer', async () => {
    const report = gapReport(await callers.ADMIN.execute(AnalyticsCredentialingGapsDocument, {}));
    const expected = expectedGaps('ADMIN');
    expect(expected.length).toBeGreaterThan(5);
    expect(report.rows.length).toBe(expected.length);
    for (const gap of expected) {
      const row = report.rows.find((r) => r.providerId === gap.providerId && r.payerId === gap.payerId);
      expect(row).toEqual({ ...gap, suppressed: false });
    }
    const names = report.rows.map((r) => `${r.providerName}|${r.payerName}`);
    expect(names).toEqual([...names].sort());

    const period = gapReport(await callers.ADMIN.execute(AnalyticsCredentialingGapsDocument, { from: '2026-05-01', to: '2026-05-31' }));
    const may = expectedGaps('ADMIN', '2026-05-01', '2026-05-31');
    expect(period.rows.map((r) => r.sessions).sort()).toEqual(may.map((g) => g.sessions).sort());
    expect(period.rows.every((r) => (r.firstDate ?? '') >= '2026-05-01' && (r.lastDate ?? '') <= '2026-05-31')).toBe(true);
  });

  it('gives analysts gaps with small cells withheld and dates by month', async () => {
    const report = gapReport(await callers.ANALYST.execute(AnalyticsCredentialingGapsDocument, {}));
    const expected = expectedGaps('ANALYST');
    expect(report.rows.length).toBe(expected.length);
    for (const gap of expected) {
      const row = report.rows.find((r) => r.providerId === gap.providerId && r.payerId === gap.payerId);
      expect(row).toMatchObject({ providerName: gap.providerName, payerName: gap.payerName });
      expectCount(row?.sessions, gap.sessions, true, 'sessions');
      if (row?.sessions === null) {
        expect(row).toMatchObject({ scheduled: null, firstDate: null, lastDate: null, suppressed: true });
      } else {
        expectCount(row?.scheduled, gap.scheduled, true, 'scheduled');
        expect(row).toMatchObject({
          firstDate: `${gap.firstDate.slice(0, 7)}-01`,
          lastDate: `${gap.lastDate.slice(0, 7)}-01`,
          suppressed: row?.scheduled === null,
        });
      }
    }
    expectNoLoneWithheld(columnsOf(report.rows.map((r) => [r.sessions, r.scheduled])), 'gap column');
    expect(report.rows.some((r) => r.suppressed)).toBe(true);
    expect(report.rows.some((r) => !r.suppressed)).toBe(true);
  });

  // -------------------------------------------------------------------------------------------
  // Parity report
  // -------------------------------------------------------------------------------------------

  it('sets each plan’s behavioral-health limits beside its medical/surgical profile, with the parity flags', async () => {
    const result = await callers.ANALYST.execute(AnalyticsParityReportDocument, {});
    expect(result.errors).toBeUndefined();
    const report = result.data?.analytics.parityReport;
    expect(report?.asOf).toBe(today);
    const policies = await loadPayerPolicies();
    const expectedPlans = data.payers.flatMap((payer) => {
      const policy = policies[payer.policyId];
      const version = policy ? selectPolicyVersion(policy, today) : null;
      if (!policy || !version) {
        return [];
      }
      return [version.settings.defaultPlan, ...Object.keys(version.settings.plans)].map((code) => {
        const plan = planOn(policy, today, code);
        return { payer, plan, flags: plan ? parityFlags(plan.settings) : [] };
      });
    });
    expect(report?.plans.map((p) => `${p.payer.name}/${p.planCode}`)).toEqual(expectedPlans.map((p) => `${p.payer.name}/${p.plan?.planCode}`));
    for (const [i, expected] of expectedPlans.entries()) {
      const plan = report?.plans[i];
      expect(plan?.policyVersion).toBe(expected.plan?.version.version);
      expect(plan?.parityApplies).toBe(expected.plan?.settings.parity.applies);
      expect(plan?.flags.map((f) => [f.code, f.classification, f.severity.toLowerCase(), f.limitId])).toEqual(
        expected.flags.map((f) => [f.code, f.classification, f.severity, f.limitId]),
      );
      const limits = Object.entries(expected.plan?.settings.benefitLimits ?? {}).flatMap(([id, l]) => (l ? [`${l.classification}/${id}/${l.max}`] : []));
      expect(plan?.classifications.flatMap((c) => c.behavioralLimits.map((l) => `${c.classification}/${l.limitId}/${l.max}`)).sort()).toEqual(limits.sort());
    }
    // Two facts of the demo plugins, read directly: Cascade Mutual's outpatient copay is higher
    // than its medical one (40 against 25), and its Basic plan allows 20 visits, not 30.
    const cascade = report?.plans.filter((p) => p.payer.policyId === 'cascade-mutual') ?? [];
    const gold = cascade.find((p) => p.defaultPlan);
    const outpatient = gold?.classifications.find((c) => c.classification === 'OUTPATIENT_IN_NETWORK');
    expect(outpatient?.behavioralCostShare?.copay).toBe('40.00');
    expect(outpatient?.medSurg).toMatchObject({ covered: true, predominantCopay: '25.00', visitLimitPerYear: 30 });
    expect(gold?.flags.map((f) => f.code)).toContain('PARITY_COST_SHARE_HIGHER');
    expect(cascade.find((p) => p.planCode === 'basic')?.classifications.flatMap((c) => c.behavioralLimits.map((l) => l.max))).toEqual([20]);
    const medicare = report?.plans.find((p) => p.payer.policyId === 'medicare');
    expect(medicare).toMatchObject({ parityApplies: false, flags: [] });
  });

  // -------------------------------------------------------------------------------------------
  // Who may read, and what it costs
  // -------------------------------------------------------------------------------------------

  it('is readable by administrators, billers and analysts, and by nobody else', async () => {
    for (const role of ['ADMIN', 'BILLER', 'ANALYST'] as const) {
      const result = await callers[role].execute(AnalyticsEverythingDocument);
      expect(result.errors, role).toBeUndefined();
      expect(result.data?.analytics.arAging.asOf).toBe(today);
    }
    for (const role of ['CLINICIAN', 'AUDITOR'] as const) {
      const result = await (await api.as(role)).execute(AnalyticsEverythingDocument);
      expect(result.data?.analytics ?? null, role).toBeNull();
      expect(result.errors?.map((e) => e.extensions?.code), role).toEqual(['FORBIDDEN']);
      expect(result.errors?.[0]?.message).toBe('Not authorized.');
    }
  });

  it('computes each report in one SQL statement', async () => {
    const admin = callers.ADMIN;
    await admin.execute(AnalyticsDenialRateDocument, {});
    counter.reset();
    await admin.execute(AnalyticsDenialRateDocument, {});
    const one = counter.count;
    counter.reset();
    const result = await admin.execute(AnalyticsEverythingDocument);
    expect(result.errors).toBeUndefined();
    expect(counter.count - one).toBe(4);
  });
});
