import { GraphQLError } from 'graphql';
import type { YogaInitialContext } from 'graphql-yoga';
import { AuditCollector } from './audit/track.ts';
import type { AccessRules } from './auth/scope.ts';
import { InvalidTokenError, type TokenVerifier } from './auth/tokens.ts';
import type { Viewer } from './auth/viewer.ts';
import type { PrismaClient } from './db/client.ts';
import { scopedClient } from './db/scoped.ts';
import { createLoaders, type Loaders } from './loaders/index.ts';
import { isoDate, dateValue } from './domain/dates.ts';

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
  /** What this request discloses, for the audit trail. */
  audit: AuditCollector;
  /** Batch loaders of this request. */
  loaders: Loaders;
}

export interface ContextDependencies {
  prisma: PrismaClient;
  verifyToken: TokenVerifier;
}

/** The 401 every protected operation gets without a valid token. */
export function unauthenticated(message = 'Authentication required: send a bearer token.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * Builds the per-request context: authenticates the bearer token, and prepares the scoped
 * database client and the request's access rules.
 */
export function createContext(deps: ContextDependencies) {
  return async (initial: YogaInitialContext): Promise<Context> => {
    const now = new Date();
    const requestId = sanitizeRequestId(initial.request.headers.get('x-request-id')) ?? crypto.randomUUID();
    const viewer = await authenticate(initial.request.headers.get('authorization'), deps.verifyToken);
    let rules: Promise<AccessRules> | undefined;
    const access = () => {
      if (!viewer) {
        return Promise.reject(unauthenticated());
      }
      rules ??= loadAccessRules(deps.prisma, viewer, now);
      return rules;
    };
    const prisma = scopedClient(deps.prisma, access);
    return { viewer, prisma, access, requestId, now, audit: new AuditCollector(), loaders: createLoaders(prisma) };
  };
}

async function authenticate(header: string | null, verify: TokenVerifier): Promise<Viewer | null> {
  if (!header) {
    return null;
  }
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) {
    throw unauthenticated('The Authorization header must be "Bearer <token>".');
  }
  try {
    return await verify(match[1]);
  } catch (error) {
    if (error instanceof InvalidTokenError) {
      throw unauthenticated('The bearer token is invalid or expired.');
    }
    throw error;
  }
}

function sanitizeRequestId(value: string | null): string | null {
  return value && /^[\w.:-]{1,100}$/.test(value) ? value : null;
}

/**
 * Loads, in one query, which programs' records the viewer may see: every non-Part 2 program of
 * the organization and the Part 2 programs the viewer is on the staff of.
 */
async function loadAccessRules(prisma: PrismaClient, viewer: Viewer, now: Date): Promise<AccessRules> {
  const rows = await prisma.$queryRaw<Array<{ id: string; isPart2: boolean; member: boolean; payerId: string | null }>>`
    SELECT p.id, p."isPart2",
           EXISTS (SELECT 1 FROM "ProgramMembership" m JOIN "UserAccount" u ON u.id = m."userId"
                   WHERE m."programId" = p.id AND u.subject = ${viewer.subject}
                     AND u."organizationId" = ${viewer.organizationId}::uuid) AS member,
           (SELECT y.id FROM "Payer" y WHERE y."payerCode" = ${viewer.payerCode ?? ''}) AS "payerId"
    FROM "Program" p WHERE p."organizationId" = ${viewer.organizationId}::uuid`;
  const staffRoles = viewer.role === 'ADMIN' || viewer.role === 'BILLER' || viewer.role === 'CLINICIAN';
  const visible = rows.filter((p) => !p.isPart2 || (staffRoles && p.member)).map((p) => p.id);
  const consentRequired = rows.filter((p) => p.isPart2 && !visible.includes(p.id)).map((p) => p.id);
  return {
    viewer,
    programs: { visible, consentRequired, part2: rows.filter((p) => p.isPart2).map((p) => p.id) },
    today: dateValue(isoDate(now)),
    partnerPayerId: rows[0]?.payerId ?? null,
  };
}
