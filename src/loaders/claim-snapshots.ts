// The policy context loader: everything the engine needs to judge a page of claims (the claims
// with their lines and diagnoses, coverage, rendering providers with their enrollments,
// authorizations and the units other claims used of them, prior visits, program days, episode,
// treatment plan, Part 2 consents), loaded in a fixed number of queries whatever the page size.

import { Prisma } from '../generated/prisma/client.ts';
import type { PrismaClient } from '../db/client.ts';
import { visibleSql, type RowAccess } from '../auth/scope-sql.ts';
import { clientQuery, type RawQuery } from '../db/driver.ts';
import { paddedList } from '../db/prepared.ts';
import { addDays, isoDate } from '../domain/dates.ts';
import type {
  AuthorizationSnapshot,
  ClaimSnapshot,
  ConsentPurpose,
  EnrollmentSnapshot,
  EpisodeSnapshot,
  Part2ConsentSnapshot,
  ProgramDaySnapshot,
  ProviderSnapshot,
  TelehealthModality,
  TreatmentPlanSnapshot,
  UsageEntry,
} from '../policy/types.ts';

/** How far back prior visits are loaded: two years covers any benefit year holding the claim. */
const USAGE_LOOKBACK_DAYS = 731;
/** Places of service that say a line was delivered by telehealth (DOMAIN.md §2c). */
const TELEHEALTH_PLACES = new Set(['02', '10']);
/** Claims whose services do not count against limits or authorizations. */
const NOT_COUNTED = ['DENIED', 'WRITTEN_OFF'] as const;

// Only the columns the engine reads: every column of a joined relation is parsed out of JSON
// and converted by Prisma, so each one left out is work saved per claim and line.
const claimSelect = {
  id: true,
  patientId: true,
  payerId: true,
  programId: true,
  renderingProviderId: true,
  authorizationId: true,
  claimType: true,
  status: true,
  frequencyCode: true,
  billType: true,
  serviceFrom: true,
  serviceTo: true,
  submittedAt: true,
  lines: {
    orderBy: { lineNumber: 'asc' },
    select: {
      lineNumber: true,
      serviceDate: true,
      procedureCode: true,
      modifiers: true,
      units: true,
      chargeAmount: true,
      placeOfService: true,
      diagnosisPointers: true,
      renderingProviderId: true,
      revenueCode: true,
      authorizationId: true,
      minutes: true,
      session: { select: { startTime: true, endTime: true, telehealthModality: true, psychotherapyMinutes: true } },
    },
  },
  diagnoses: { orderBy: { position: 'asc' }, select: { position: true, icd10Code: true } },
  coverage: { select: { planCode: true, memberId: true, effectiveFrom: true, effectiveTo: true } },
  payer: { select: { policyId: true } },
  patient: { select: { dateOfBirth: true } },
  billingLocation: { select: { npi: true } },
  program: { select: { isPart2: true } },
} satisfies Prisma.ClaimSelect;

type LoadedClaim = Prisma.ClaimGetPayload<{ select: typeof claimSelect }>;

const day = (value: Date): string => isoDate(value);
const dayOrNull = (value: Date | null): string | null => (value === null ? null : isoDate(value));

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) {
      groups.set(k, [item]);
    } else {
      group.push(item);
    }
  }
  return groups;
}

export interface AuthorizationUseRow {
  authorizationId: string;
  claimId: string;
  /** YYYY-MM-DD: the statements read dates as text, so no Date is made per row. */
  serviceDate: string;
  lines: number;
  units: number;
}

export interface UsageRow {
  patientId: string;
  payerId: string;
  claimId: string;
  /** YYYY-MM-DD. */
  serviceDate: string;
  procedureCode: string;
  count: number;
  units: number;
}

/** A row of the policy context's one statement over the patients' lines (see `snapshotsOf`). */
interface ContextLineRow extends UsageRow {
  /** The authorization the lines bill under: their own, or else their claim's. */
  authorizationId: string | null;
  /** Whether the caller may read the lines' codes (not withheld by a billing-only consent). */
  codesVisible: boolean;
}

/** One claim as the assembler reads it (the loader maps Prisma's rows; the demo seed builds its own). */
export interface ClaimSource {
  id: string;
  patientId: string;
  payerId: string;
  programId: string | null;
  renderingProviderId: string | null;
  authorizationId: string | null;
  claimType: ClaimSnapshot['claim']['type'];
  status: ClaimSnapshot['claim']['status'];
  frequencyCode: string;
  billType: string | null;
  serviceFrom: Date;
  serviceTo: Date;
  submittedAt: Date | null;
  policyId: string;
  isPart2: boolean;
  billingNpi: string;
  patientDateOfBirth: Date;
  coverage: { planCode: string | null; memberId: string; effectiveFrom: Date; effectiveTo: Date | null };
  lines: Array<{
    lineNumber: number;
    serviceDate: Date;
    procedureCode: string;
    modifiers: string[];
    units: number;
    /** Decimal string ('150.00'). */
    charge: string;
    placeOfService: string | null;
    diagnosisPointers: number[];
    renderingProviderId: string | null;
    revenueCode: string | null;
    authorizationId: string | null;
    minutes: number | null;
    session: { startTime: Date; endTime: Date; telehealthModality: TelehealthModality; psychotherapyMinutes: number | null } | null;
  }>;
  diagnoses: Array<{ position: number; icd10Code: string }>;
}

/** Everything the snapshots of some claims are assembled from. */
export interface SnapshotSources {
  claims: readonly ClaimSource[];
  providers: ReadonlyArray<{
    id: string;
    licensureType: ProviderSnapshot['licensureType'];
    npi: string;
    taxonomyCode: string;
    enrollments: ReadonlyArray<{
      payerId: string;
      status: EnrollmentSnapshot['status'];
      effectiveFrom: Date | null;
      effectiveTo: Date | null;
      inNetwork: boolean;
    }>;
  }>;
  authorizations: ReadonlyArray<{
    id: string;
    patientId: string;
    payerId: string;
    status: AuthorizationSnapshot['status'];
    levelOfCare: AuthorizationSnapshot['levelOfCare'];
    procedureCodes: string[];
    startDate: Date;
    endDate: Date;
    unitType: AuthorizationSnapshot['unitType'];
    unitsApproved: number;
    providerId: string | null;
  }>;
  /** Lines billed against each authorization, by claim and date (claim-level authorizations included). */
  authorizationUse: readonly AuthorizationUseRow[];
  /** Lines of the patients' claims with their payers, by claim, date and code. */
  usage: readonly UsageRow[];
  programDays: ReadonlyArray<{
    patientId: string;
    serviceDate: Date;
    levelOfCare: ProgramDaySnapshot['levelOfCare'];
    services: ReadonlyArray<{ procedureCode: string; minutes: number }>;
  }>;
  episodes: readonly EpisodeRow[];
  treatmentPlans: readonly PlanRow[];
  consents: readonly ConsentRow[];
}

/**
 * The snapshots of the claims with these ids, by id (ids the client cannot see are absent).
 *
 * @param prisma - the request's client (scoped to what the caller may see)
 * @param claimIds - the claims to load, typically one page
 * @param rows - whose rows the raw statement over the patients' lines may count: the same
 *   caller's as `prisma` (or every row, for the command line)
 * @param raw - how the raw statement runs (the request's driver connection; by default the
 *   client itself, which a transaction passes)
 */
export async function loadClaimSnapshots(
  prisma: PrismaClient | Prisma.TransactionClient,
  claimIds: readonly string[],
  rows: RowAccess,
  raw: RawQuery = clientQuery(prisma),
): Promise<Map<string, ClaimSnapshot>> {
  if (claimIds.length === 0) {
    return new Map();
  }
  // Lists padded to a power-of-two length here and below: Prisma writes a parameter per element,
  // and padded lists give a page's statements one of a few texts, which PostgreSQL keeps prepared
  // (src/db/prepared.ts).
  const claims = await prisma.claim.findMany({ where: { id: { in: paddedList(claimIds) } }, select: claimSelect });
  return snapshotsOf(prisma, claims.map(claimSource), rows, raw);
}

/**
 * The snapshots of claims given as sources (saved claims, or a claim being scrubbed that is not
 * saved yet): loads everything around them in a fixed number of queries.
 */
export async function snapshotsOf(
  prisma: PrismaClient | Prisma.TransactionClient,
  claims: readonly ClaimSource[],
  rows: RowAccess,
  raw: RawQuery = clientQuery(prisma),
): Promise<Map<string, ClaimSnapshot>> {
  if (claims.length === 0) {
    return new Map();
  }
  const patientIds = [...new Set(claims.map((c) => c.patientId))];
  const payerIds = [...new Set(claims.map((c) => c.payerId))];
  const providerIds = [
    ...new Set(
      claims.flatMap((c) => [c.renderingProviderId, ...c.lines.map((l) => l.renderingProviderId)]).filter((id): id is string => id !== null),
    ),
  ];
  const from = claims.reduce((min, c) => (day(c.serviceFrom) < min ? day(c.serviceFrom) : min), '9999-12-31');
  const to = claims.reduce((max, c) => (day(c.serviceTo) > max ? day(c.serviceTo) : max), '0000-01-01');

  // What the claims' patients have on file comes through the patients, in one statement (the
  // relations are joined), each relation scoped as a query of its own would be.
  const payerList = paddedList(payerIds);
  const lookbackFrom = addDays(from, -USAGE_LOOKBACK_DAYS);
  const [providers, patients, contextLines] = await Promise.all([
    prisma.provider.findMany({
      where: { id: { in: paddedList(providerIds) } },
      select: {
        id: true,
        licensureType: true,
        npi: true,
        taxonomyCode: true,
        enrollments: {
          where: { payerId: { in: payerList } },
          select: { payerId: true, status: true, effectiveFrom: true, effectiveTo: true, inNetwork: true },
        },
      },
    }),
    prisma.patient.findMany({
      where: { id: { in: paddedList(patientIds) } },
      select: {
        authorizations: {
          where: { payerId: { in: payerList } },
          select: {
            id: true,
            patientId: true,
            payerId: true,
            status: true,
            levelOfCare: true,
            procedureCodes: true,
            startDate: true,
            endDate: true,
            unitType: true,
            unitsApproved: true,
            providerId: true,
          },
        },
        programDays: {
          where: { serviceDate: { gte: new Date(`${addDays(from, -7)}T00:00:00Z`), lte: new Date(`${addDays(to, 7)}T00:00:00Z`) } },
          select: { patientId: true, serviceDate: true, levelOfCare: true, services: { select: { procedureCode: true, minutes: true } } },
        },
        episodes: {
          select: {
            patientId: true,
            programId: true,
            levelOfCare: true,
            startDate: true,
            endDate: true,
            transitionsIn: { select: { direction: true, fromEpisode: { select: { levelOfCare: true } } } },
          },
        },
        treatmentPlans: {
          where: { status: { not: 'SUPERSEDED' } },
          select: { patientId: true, programId: true, startDate: true, lastReviewedOn: true, nextReviewDue: true },
        },
        consents: {
          select: {
            id: true,
            patientId: true,
            programId: true,
            purposes: true,
            recipientPayerId: true,
            recipientOrganizationId: true,
            signedOn: true,
            expiresOn: true,
            revokedAt: true,
          },
        },
      },
    }),
    // The patients' lines with these payers, once for both uses: the services of the lookback
    // window (prior visits), and every line that bills under an authorization (its own, or else
    // its claim's), whatever its date, for the units other claims used of it. Counted as
    // Authorization.unitsUsed counts them (src/loaders/index.ts): claims of the authorization's
    // own patient and payer. Only claims the caller may see are counted (a hidden Part 2 visit
    // must not show as a visit used or a unit of an authorization used), and as prior visits only
    // those whose codes it may read (a billing-only consent withholds them); only the
    // authorizations it may see are looked up.
    raw<ContextLineRow>(Prisma.sql`
      SELECT c."patientId", c."payerId", l."claimId", to_char(l."serviceDate", 'YYYY-MM-DD') AS "serviceDate", l."procedureCode",
             COALESCE(l."authorizationId", c."authorizationId") AS "authorizationId", COUNT(*)::int AS count, SUM(l.units)::int AS units,
             ${visibleSql('Claim', 'c', rows, { details: true })} AS "codesVisible"
      FROM "ClaimLine" l JOIN "Claim" c ON c.id = l."claimId"
      WHERE c."patientId" = ANY(${patientIds}::uuid[]) AND c."payerId" = ANY(${payerIds}::uuid[])
        AND c.status::text <> ALL(${[...NOT_COUNTED]}::text[])
        AND ${visibleSql('Claim', 'c', rows)}
        AND (l."serviceDate" BETWEEN ${lookbackFrom}::date AND ${to}::date OR COALESCE(l."authorizationId", c."authorizationId") IS NOT NULL)
      GROUP BY 1, 2, 3, 4, 5, 6, 9`),
  ]);
  const usage: UsageRow[] = [];
  const authorizationUse: AuthorizationUseRow[] = [];
  for (const row of contextLines) {
    if (row.codesVisible && row.serviceDate >= lookbackFrom && row.serviceDate <= to) {
      usage.push(row);
    }
    if (row.authorizationId !== null) {
      authorizationUse.push({ authorizationId: row.authorizationId, claimId: row.claimId, serviceDate: row.serviceDate, lines: row.count, units: row.units });
    }
  }
  const authorizations = patients.flatMap((p) => p.authorizations);
  const programDays = patients.flatMap((p) => p.programDays);
  const episodes = patients.flatMap((p) => p.episodes);
  const treatmentPlans = patients.flatMap((p) => p.treatmentPlans);
  const consents = patients.flatMap((p) => p.consents);

  return assembleSnapshots({ claims, providers, authorizations, authorizationUse, usage, programDays, episodes, treatmentPlans, consents });
}

function claimSource(claim: LoadedClaim): ClaimSource {
  return {
    ...claim,
    policyId: claim.payer.policyId,
    isPart2: claim.program?.isPart2 ?? false,
    billingNpi: claim.billingLocation.npi,
    patientDateOfBirth: claim.patient.dateOfBirth,
    lines: claim.lines.map((line) => ({ ...line, charge: line.chargeAmount.toFixed(2) })),
  };
}

/**
 * Assembles claim snapshots from their sources: the pure half of the loader, shared with the
 * demo seed (which judges its claims before deciding how the payer answered them).
 *
 * @returns the snapshots by claim id
 */
export function assembleSnapshots(sources: SnapshotSources): Map<string, ClaimSnapshot> {
  const snapshots = new Map<string, ClaimSnapshot>();
  const { claims } = sources;
  const providerById = new Map(sources.providers.map((p) => [p.id, p]));
  const authorizationsByPatient = groupBy(sources.authorizations, (a) => a.patientId);
  const useByAuthorization = groupBy(sources.authorizationUse, (row) => row.authorizationId);
  const usageByPatient = groupBy(sources.usage, (row) => row.patientId);
  const daysByPatient = groupBy(
    sources.programDays.map((d) => ({ ...d, date: day(d.serviceDate) })),
    (d) => d.patientId,
  );
  const episodesByPatient = groupBy(sources.episodes, (e) => e.patientId);
  const plansByPatient = groupBy(sources.treatmentPlans, (p) => p.patientId);
  const consentsByPatient = groupBy(sources.consents, (c) => c.patientId);

  for (const claim of claims) {
    const serviceFrom = day(claim.serviceFrom);
    const serviceTo = day(claim.serviceTo);

    const unitsUsedElsewhere = (authorizationId: string, unitType: string): number => {
      const rows = (useByAuthorization.get(authorizationId) ?? []).filter((row) => row.claimId !== claim.id);
      if (unitType === 'DAYS') {
        return new Set(rows.map((row) => row.serviceDate)).size;
      }
      return rows.reduce((sum, row) => sum + (unitType === 'UNITS' ? row.units : row.lines), 0);
    };
    const claimAuthorizations: AuthorizationSnapshot[] = (authorizationsByPatient.get(claim.patientId) ?? [])
      .filter((a) => a.payerId === claim.payerId)
      .map((a) => ({
        id: a.id,
        status: a.status,
        levelOfCare: a.levelOfCare,
        procedureCodes: a.procedureCodes,
        startDate: day(a.startDate),
        endDate: day(a.endDate),
        unitType: a.unitType,
        unitsApproved: a.unitsApproved,
        unitsUsed: unitsUsedElsewhere(a.id, a.unitType),
        providerId: a.providerId,
      }));

    const usage = mergeUsage(
      (usageByPatient.get(claim.patientId) ?? []).filter(
        (row) => row.payerId === claim.payerId && row.claimId !== claim.id && row.serviceDate <= serviceTo,
      ),
    );

    const claimProviderIds = new Set(
      [claim.renderingProviderId, ...claim.lines.map((l) => l.renderingProviderId)].filter((id): id is string => id !== null),
    );
    const snapshotProviders = [...claimProviderIds].flatMap((id) => {
      const provider = providerById.get(id);
      if (provider === undefined) {
        return [];
      }
      return [
        {
          id: provider.id,
          licensureType: provider.licensureType,
          npi: provider.npi,
          taxonomyCode: provider.taxonomyCode,
          enrollments: provider.enrollments
            .filter((e) => e.payerId === claim.payerId)
            .map((e) => ({ status: e.status, effectiveFrom: dayOrNull(e.effectiveFrom), effectiveTo: dayOrNull(e.effectiveTo), inNetwork: e.inNetwork })),
        },
      ];
    });

    const weekFrom = addDays(serviceFrom, -7);
    const weekTo = addDays(serviceTo, 7);
    const snapshotDays: ProgramDaySnapshot[] = (daysByPatient.get(claim.patientId) ?? [])
      .filter((d) => d.date >= weekFrom && d.date <= weekTo)
      .map((d) => ({
        date: d.date,
        levelOfCare: d.levelOfCare,
        services: d.services.map((s) => ({ code: s.procedureCode, minutes: s.minutes })),
      }));

    snapshots.set(claim.id, {
      claim: {
        id: claim.id,
        type: claim.claimType,
        status: claim.status,
        serviceFrom,
        serviceTo,
        frequencyCode: claim.frequencyCode,
        billType: claim.billType,
        submittedAt: claim.submittedAt === null ? null : claim.submittedAt.toISOString(),
        renderingProviderId: claim.renderingProviderId,
        authorizationId: claim.authorizationId,
      },
      lines: claim.lines.map((line) => ({
        lineNumber: line.lineNumber,
        serviceDate: day(line.serviceDate),
        procedureCode: line.procedureCode,
        modifiers: line.modifiers,
        units: line.units,
        charge: line.charge,
        placeOfService: line.placeOfService,
        diagnosisPointers: line.diagnosisPointers,
        minutes: line.minutes ?? line.session?.psychotherapyMinutes ?? null,
        sessionStart: line.session?.startTime.toISOString() ?? null,
        sessionEnd: line.session?.endTime.toISOString() ?? null,
        telehealth: telehealthOf(line.session?.telehealthModality ?? null, line.placeOfService),
        renderingProviderId: line.renderingProviderId,
        revenueCode: line.revenueCode,
        authorizationId: line.authorizationId,
      })),
      diagnoses: claim.diagnoses.map((d) => ({ position: d.position, code: d.icd10Code })),
      patient: { id: claim.patientId, dateOfBirth: day(claim.patientDateOfBirth) },
      coverage: {
        payerId: claim.payerId,
        policyId: claim.policyId,
        planCode: claim.coverage.planCode,
        memberId: claim.coverage.memberId,
        effectiveFrom: day(claim.coverage.effectiveFrom),
        effectiveTo: dayOrNull(claim.coverage.effectiveTo),
      },
      providers: snapshotProviders,
      billingProvider: { npi: claim.billingNpi, taxonomyCode: null },
      authorizations: claimAuthorizations,
      usage,
      programDays: snapshotDays,
      episode: episodeOf(claim, episodesByPatient.get(claim.patientId) ?? []),
      treatmentPlan: treatmentPlanOf(claim, plansByPatient.get(claim.patientId) ?? []),
      part2: {
        isPart2Record: claim.isPart2,
        consents: consentsOf(claim, consentsByPatient.get(claim.patientId) ?? []),
      },
    });
  }
  return snapshots;
}

function telehealthOf(modality: TelehealthModality | null, placeOfService: string | null): TelehealthModality {
  if (modality !== null) {
    return modality;
  }
  return placeOfService !== null && TELEHEALTH_PLACES.has(placeOfService) ? 'VIDEO' : 'NONE';
}

function mergeUsage(rows: readonly UsageRow[]): UsageEntry[] {
  const merged = new Map<string, { serviceDate: string; procedureCode: string; count: number; units: number }>();
  for (const row of rows) {
    const { serviceDate } = row;
    const key = `${serviceDate} ${row.procedureCode}`;
    const entry = merged.get(key);
    if (entry === undefined) {
      merged.set(key, { serviceDate, procedureCode: row.procedureCode, count: row.count, units: row.units });
    } else {
      entry.count += row.count;
      entry.units += row.units;
    }
  }
  return [...merged.values()].sort((a, b) => (a.serviceDate < b.serviceDate ? -1 : a.serviceDate > b.serviceDate ? 1 : 0));
}

type EpisodeRow = {
  patientId: string;
  programId: string;
  levelOfCare: EpisodeSnapshot['levelOfCare'];
  startDate: Date;
  endDate: Date | null;
  transitionsIn: Array<{ direction: EpisodeSnapshot['transition'] & string; fromEpisode: { levelOfCare: EpisodeSnapshot['levelOfCare'] } }>;
};

/** The episode the claim bills: of its program, in progress on its first date of service, the latest begun. */
function episodeOf(claim: ClaimSource, episodes: readonly EpisodeRow[]): EpisodeSnapshot | null {
  const date = day(claim.serviceFrom);
  let best: EpisodeRow | null = null;
  for (const episode of episodes) {
    const covers = day(episode.startDate) <= date && (episode.endDate === null || day(episode.endDate) >= date);
    const program = claim.programId === null || episode.programId === claim.programId;
    if (covers && program && (best === null || episode.startDate > best.startDate)) {
      best = episode;
    }
  }
  if (best === null) {
    return null;
  }
  const transition = best.transitionsIn[0] ?? null;
  return {
    levelOfCare: best.levelOfCare,
    startDate: day(best.startDate),
    endDate: dayOrNull(best.endDate),
    previousLevelOfCare: transition?.fromEpisode.levelOfCare ?? null,
    transition: transition?.direction ?? null,
  };
}

type PlanRow = { patientId: string; programId: string | null; startDate: Date; lastReviewedOn: Date | null; nextReviewDue: Date };

/** The treatment plan in force for the claim: of its program (or the patient's general one), the latest begun by its last date. */
function treatmentPlanOf(claim: ClaimSource, plans: readonly PlanRow[]): TreatmentPlanSnapshot | null {
  const date = day(claim.serviceTo);
  let best: PlanRow | null = null;
  for (const plan of plans) {
    const program = plan.programId === null || claim.programId === null || plan.programId === claim.programId;
    if (program && day(plan.startDate) <= date && (best === null || plan.startDate > best.startDate)) {
      best = plan;
    }
  }
  return best === null
    ? null
    : { startDate: day(best.startDate), lastReviewedOn: dayOrNull(best.lastReviewedOn), nextReviewDue: day(best.nextReviewDue) };
}

type ConsentRow = {
  id: string;
  patientId: string;
  programId: string;
  purposes: ConsentPurpose[];
  recipientPayerId: string | null;
  recipientOrganizationId: string | null;
  signedOn: Date;
  expiresOn: Date | null;
  revokedAt: Date | null;
};

/**
 * Consents that can cover disclosing the claim to its payer: for the claim's program, naming the
 * payer, or naming payers generically (no recipient payer or organization: "my health plans").
 */
function consentsOf(claim: ClaimSource, consents: readonly ConsentRow[]): Part2ConsentSnapshot[] {
  if (!claim.isPart2) {
    return [];
  }
  return consents
    .filter(
      (c) =>
        c.programId === claim.programId &&
        (c.recipientPayerId === claim.payerId || (c.recipientPayerId === null && c.recipientOrganizationId === null)),
    )
    .map((c) => ({
      id: c.id,
      purposes: c.purposes,
      signedOn: day(c.signedOn),
      expiresOn: dayOrNull(c.expiresOn),
      revokedOn: dayOrNull(c.revokedAt),
    }));
}
