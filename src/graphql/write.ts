// What every mutation shares: the write context of the request (who, which organization, when,
// with which policies), and the expected errors writes can return.

import { auditActor } from '../audit/track.ts';
import type { Context } from '../context.ts';
import { IdempotencyKeyReusedError, InvalidStateError, NotFoundError, ValidationError, VersionConflictError } from '../errors.ts';
import type { WriteContext } from '../services/write.ts';
import { unauthenticated } from '../context.ts';

/** The write context of a request (a signed-in caller of an organization). */
export function writeContext(ctx: Context): WriteContext {
  const viewer = ctx.viewer;
  if (viewer === null) {
    throw unauthenticated();
  }
  return {
    prisma: ctx.prisma,
    actor: { ...auditActor(ctx), organizationId: viewer.organizationId },
    now: ctx.now,
    policies: ctx.policies,
    idempotencyTtlMs: ctx.idempotencyTtlMs,
    rowAccess: ctx.access,
    prepare: ctx.access,
    bindTransaction: (tx) => {
      ctx.transaction.current = tx;
    },
  };
}

/** The expected errors of a write that edits a versioned record. */
export const editErrors = [ValidationError, NotFoundError, InvalidStateError, VersionConflictError] as const;
/** The expected errors of a write that creates records (retry-safe with an idempotency key). */
export const createErrors = [ValidationError, NotFoundError, InvalidStateError, IdempotencyKeyReusedError] as const;
