import type { YogaInitialContext } from 'graphql-yoga';
import { AuditCollector } from './audit/track.ts';
import { unauthenticated, type Authenticator } from './auth/authenticate.ts';
import { Part2Disclosures } from './auth/part2.ts';
import {
  consentCovering,
  consentListLimit,
  detailScopes,
  mayReceivePart2,
  type AccessRules,
  type ConsentedPatients,
} from './auth/scope.ts';
import type { Viewer } from './auth/viewer.ts';
import type { PrismaClient } from './db/client.ts';
import { Prisma } from './generated/prisma/client.ts';
import { clientQuery, type RawQuery } from './db/driver.ts';
import type { PolicyRegistry } from './policy/engine.ts';
import { scopedClient } from './db/scoped.ts';
import { createLoaders, type Loaders } from './loaders/index.ts';
import { isoDate, dateValue } from './domain/dates.ts';

export { unauthenticated };

/** What every resolver gets. Everything here is created fresh for each request. */
export interface Context {
  /** The caller, or null when the request carries no token. */
  viewer: Viewer | null;
  /** The database, scoped to what the caller may see (src/auth/scope.ts). */
  prisma: PrismaClient;
  /** Row-access rules of this request, loaded on first use. */
  access: () => Promise<AccessRules>;
  requestId: string;
  /** When the request started; "today" for consents, benefit years and timely filing. */
  now: Date;
  /** The calendar date of `now` (UTC), the "today" payer policies judge claims on. */
  today: string;
  /** The installed payer policy plugins, by id. */
  policies: PolicyRegistry;
  /** How long idempotency keys are kept (configuration). */
  idempotencyTtlMs: number;
  /** The billing office contact X12 documents name (configuration). */
  x12Contact: { phone?: string; email?: string };
  /** The transaction a write of this request runs in, while it runs (the scoped client's lookups read through it). */
  transaction: { current: Prisma.TransactionClient | null };
  /** What this request discloses, for the audit trail. */
  audit: AuditCollector;
  /** 42 CFR Part 2: on what basis each visible Part 2 record reaches the caller. */
  part2: Part2Disclosures;
  /** Batch loaders of this request. */
  loaders: Loaders;
  /** How this request's raw statements of many rows run (the driver connection in the server). */
  raw: RawQuery;
  /** Set before execution when the caller may read every field the operation can select, so
   *  that no field needs its rule checked (src/auth/permissions.ts, `guardSchema`). */
  fieldRulesSettled?: boolean;
}

export interface ContextDependencies {
  prisma: PrismaClient;
  /**
   * How the request's raw statements of many rows run: the server's driver connection
   * (src/db/driver.ts); through the client by default.
   */
  raw?: RawQuery;
  authenticate: Authenticator;
  /** The payer policy plugins (loaded once at start). */
  policies: Promise<PolicyRegistry>;
  /** The clock (tests and demos may fix "today"). */
  clock?: () => Date;
  /** How long idempotency keys are kept, in milliseconds (a day by default). */
  idempotencyTtlMs?: number;
  /** The billing office contact X12 documents name. */
  x12Contact?: { phone?: string; email?: string };
}

/**
 * Builds the per-request context: authenticates the bearer token, and prepares the scoped
 * database client and the request's access rules.
 */
export function createContext(deps: ContextDependencies) {
  return async (initial: YogaInitialContext): Promise<Context> => {
    const now = deps.clock?.() ?? new Date();
    const today = isoDate(now);
    const raw = deps.raw ?? clientQuery(deps.prisma);
    const policies = await deps.policies;
    const requestId = sanitizeRequestId(initial.request.headers.get('x-request-id')) ?? crypto.randomUUID();
    const viewer = await deps.authenticate(initial.request);
    let rules: Promise<AccessRules> | undefined;
    let loadedRules: AccessRules | null = null;
    const access = () => {
      if (!viewer) {
        return Promise.reject(unauthenticated());
      }
      rules ??= loadAccessRules(deps.prisma, raw, viewer, now).then((loaded) => (loadedRules = loaded));
      return rules;
    };
    const transaction: Context['transaction'] = { current: null };
    const prisma = scopedClient(deps.prisma, access, () => transaction.current ?? deps.prisma);
    const part2 = new Part2Disclosures(deps.prisma, access, () => loadedRules);
    return {
      viewer,
      prisma,
      access,
      requestId,
      now,
      today,
      policies,
      idempotencyTtlMs: deps.idempotencyTtlMs ?? 86_400_000,
      transaction,
      x12Contact: deps.x12Contact ?? {},
      audit: new AuditCollector(part2),
      part2,
      loaders: createLoaders(prisma, access, policies, today, raw),
      raw,
    };
  };
}

function sanitizeRequestId(value: string | null): string | null {
  return value && /^[\w.:-]{1,100}$/.test(value) ? value : null;
}

/**
 * Loads, in one query, which programs' records the viewer may see: every non-Part 2 program of
 * the organization and the Part 2 programs the viewer is on the staff of.
 */
export async function loadAccessRules(prisma: PrismaClient, raw: RawQuery, viewer: Viewer, now: Date): Promise<AccessRules> {
  const [rows, payer] = await Promise.all([
    raw<{ id: string; isPart2: boolean; member: boolean }>(Prisma.sql`
      SELECT p.id, p."isPart2",
             EXISTS (SELECT 1 FROM "ProgramMembership" m JOIN "UserAccount" u ON u.id = m."userId"
                     WHERE m."programId" = p.id AND u.subject = ${viewer.subject}
                       AND u."organizationId" = ${viewer.organizationId}::uuid) AS member
      FROM "Program" p WHERE p."organizationId" = ${viewer.organizationId}::uuid`),
    viewer.payerCode ? prisma.payer.findUnique({ where: { payerCode: viewer.payerCode }, select: { id: true } }) : null,
  ]);
  const staffRoles = viewer.role === 'ADMIN' || viewer.role === 'BILLER' || viewer.role === 'CLINICIAN';
  const visible = rows.filter((p) => !p.isPart2 || (staffRoles && p.member)).map((p) => p.id);
  const consentRequired = rows.filter((p) => p.isPart2 && !visible.includes(p.id)).map((p) => p.id);
  const rules: AccessRules = {
    viewer,
    programs: { visible, consentRequired, part2: rows.filter((p) => p.isPart2).map((p) => p.id) },
    today: dateValue(isoDate(now)),
    partnerPayerId: viewer.role === 'PARTNER' ? (payer?.id ?? null) : null,
    consented: {},
  };
  if (!mayReceivePart2(viewer) || consentRequired.length === 0) {
    return rules;
  }
  // The patients whose consent covers this viewer today, read once for the request.
  const consents = await prisma.part2Consent.findMany({
    where: { OR: consentRequired.map((programId) => consentCovering(rules, programId)) },
    select: { patientId: true, programId: true, scope: true },
    take: consentListLimit * consentRequired.length + 1,
  });
  if (consents.length > consentListLimit * consentRequired.length) {
    return rules;
  }
  const consented: Record<string, ConsentedPatients> = {};
  for (const programId of consentRequired) {
    const mine = consents.filter((c) => c.programId === programId);
    consented[programId] = {
      any: [...new Set(mine.map((c) => c.patientId))],
      details: [...new Set(mine.filter((c) => (detailScopes as readonly string[]).includes(c.scope)).map((c) => c.patientId))],
    };
  }
  return { ...rules, consented };
}
