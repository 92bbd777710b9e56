// Prior authorizations and levels of care: request an authorization, record the payer's decision
// (units and dates), record a concurrent review, and move a patient from one level of care to the
// next (closing one episode, opening the next, and saying whether the new level needs its own
// authorization and has one).

import { billingOrder, inForceWhere } from './coverage.ts';
import { addDays, isoDate } from '../domain/dates.ts';
import { InvalidStateError, NotFoundError, ValidationError } from '../errors.ts';
import { serviceRequirements } from '../policy/answers.ts';
import { policyFor } from '../policy/engine.ts';
import type { LevelOfCare } from '../policy/types.ts';
import { Issues } from './validate.ts';
import { ensureVersion, runWrite, type WriteContext } from './write.ts';

type UnitType = 'VISITS' | 'DAYS' | 'UNITS';

export interface RequestAuthorizationInput {
  patientId: string;
  coverageId: string;
  levelOfCare?: LevelOfCare | null;
  procedureCodes?: string[] | null;
  unitType: UnitType;
  unitsRequested: number;
  startDate: string;
  endDate: string;
  providerId?: string | null;
  episodeId?: string | null;
  idempotencyKey?: string | null;
}

function checkScopeAndDates(issues: Issues, input: { levelOfCare?: LevelOfCare | null; procedureCodes?: string[] | null; startDate: string; endDate: string }): string[] {
  const codes = (input.procedureCodes ?? []).map((code, i) => issues.procedureCode(['input', 'procedureCodes', i], code) ?? code);
  if ((input.levelOfCare == null) === (codes.length === 0)) {
    issues.add(['input', 'levelOfCare'], 'SCOPE_REQUIRED', 'An authorization is for a level of care or for codes: name exactly one of the two.');
  }
  issues.date(['input', 'startDate'], input.startDate);
  issues.date(['input', 'endDate'], input.endDate);
  if (input.endDate < input.startDate) {
    issues.add(['input', 'endDate'], 'END_BEFORE_START', 'The end date is before the start date.');
  }
  return codes;
}

/** Records a request for prior authorization sent to the payer. */
export async function requestAuthorization(ctx: WriteContext, input: RequestAuthorizationInput): Promise<{ authorizationId: string }> {
  const issues = new Issues();
  const codes = checkScopeAndDates(issues, input);
  issues.positiveInteger(['input', 'unitsRequested'], input.unitsRequested);
  issues.throwIfAny();
  return runWrite(ctx, { operation: 'requestAuthorization', idempotencyKey: input.idempotencyKey, input: { ...input, idempotencyKey: undefined } }, async (tx) => {
    const coverage = await tx.coverage.findUnique({ where: { id: input.coverageId }, select: { id: true, patientId: true, payerId: true } });
    if (coverage === null || coverage.patientId !== input.patientId) {
      throw new NotFoundError('Coverage', ['input', 'coverageId']);
    }
    const authorization = await tx.authorization.create({
      data: {
        patientId: coverage.patientId,
        payerId: coverage.payerId,
        coverageId: coverage.id,
        episodeId: input.episodeId ?? null,
        providerId: input.providerId ?? null,
        levelOfCare: input.levelOfCare ?? null,
        procedureCodes: codes,
        unitType: input.unitType,
        unitsRequested: input.unitsRequested,
        unitsApproved: 0,
        startDate: new Date(`${input.startDate}T00:00:00.000Z`),
        endDate: new Date(`${input.endDate}T00:00:00.000Z`),
        status: 'REQUESTED',
        requestedAt: ctx.now,
      },
    });
    return {
      result: { authorizationId: authorization.id },
      audit: [{ action: 'CREATE', recordType: 'Authorization', recordId: authorization.id, patientId: coverage.patientId, fields: ['Authorization.*'] }],
    };
  });
}

export interface DecideAuthorizationInput {
  authorizationId: string;
  expectedVersion: number;
  decision: 'APPROVED' | 'DENIED';
  unitsApproved?: number | null;
  authNumber?: string | null;
  /** The dates the payer approved, when they differ from those requested. */
  startDate?: string | null;
  endDate?: string | null;
  concurrentReviewDue?: string | null;
}

/** Records the payer's decision on a requested authorization. */
export async function decideAuthorization(ctx: WriteContext, input: DecideAuthorizationInput): Promise<{ authorizationId: string }> {
  const issues = new Issues();
  if (input.decision === 'APPROVED') {
    issues.positiveInteger(['input', 'unitsApproved'], input.unitsApproved ?? 0);
  }
  for (const field of ['startDate', 'endDate', 'concurrentReviewDue'] as const) {
    const value = input[field];
    if (value != null) {
      issues.date(['input', field], value);
    }
  }
  issues.throwIfAny();
  return runWrite(ctx, { operation: 'decideAuthorization', input }, async (tx) => {
    const current = await tx.authorization.findUnique({ where: { id: input.authorizationId } });
    if (current === null) {
      throw new NotFoundError('Authorization', ['input', 'authorizationId']);
    }
    if (current.status !== 'REQUESTED') {
      throw new InvalidStateError(`The authorization is already ${current.status}.`, current.status);
    }
    const startDate = input.startDate ?? isoDate(current.startDate);
    const endDate = input.endDate ?? isoDate(current.endDate);
    if (endDate < startDate) {
      throw ValidationError.of(['input', 'endDate'], 'END_BEFORE_START', 'The end date is before the start date.');
    }
    const { count } = await tx.authorization.updateMany({
      where: { id: current.id, version: input.expectedVersion },
      data: {
        status: input.decision,
        unitsApproved: input.decision === 'APPROVED' ? (input.unitsApproved ?? 0) : 0,
        authNumber: input.authNumber?.trim() || current.authNumber,
        startDate: new Date(`${startDate}T00:00:00.000Z`),
        endDate: new Date(`${endDate}T00:00:00.000Z`),
        decidedAt: ctx.now,
        concurrentReviewDue: input.concurrentReviewDue ? new Date(`${input.concurrentReviewDue}T00:00:00.000Z`) : current.concurrentReviewDue,
        version: { increment: 1 },
      },
    });
    await ensureVersion(count, 'Authorization', input.expectedVersion, () => tx.authorization.findUnique({ where: { id: current.id }, select: { version: true } }));
    return {
      result: { authorizationId: current.id },
      audit: [{ action: 'UPDATE', recordType: 'Authorization', recordId: current.id, patientId: current.patientId, fields: ['Authorization.status', 'Authorization.unitsApproved'] }],
    };
  });
}

export interface RecordConcurrentReviewInput {
  authorizationId: string;
  expectedVersion: number;
  reviewedOn: string;
  outcome: 'CONTINUED' | 'REDUCED' | 'DENIED' | 'PENDING';
  /** Units the review adds (continued stay); 0 when it adds none. */
  unitsAdded: number;
  /** A new end date, when the review extends (or shortens) the authorization. */
  endDate?: string | null;
  nextReviewDue?: string | null;
}

/** Records a concurrent review: units added, the next review date, a new end date. */
export async function recordConcurrentReview(ctx: WriteContext, input: RecordConcurrentReviewInput): Promise<{ authorizationId: string }> {
  const issues = new Issues();
  issues.date(['input', 'reviewedOn'], input.reviewedOn, isoDate(ctx.now));
  if (!Number.isInteger(input.unitsAdded) || input.unitsAdded < 0 || input.unitsAdded > 9_999) {
    issues.add(['input', 'unitsAdded'], 'INVALID_UNITS', 'Units added are a whole number from 0.');
  }
  if (input.outcome === 'DENIED' && input.unitsAdded > 0) {
    issues.add(['input', 'unitsAdded'], 'DENIED_WITH_UNITS', 'A denied review adds no units.');
  }
  for (const field of ['endDate', 'nextReviewDue'] as const) {
    const value = input[field];
    if (value != null) {
      issues.date(['input', field], value);
    }
  }
  issues.throwIfAny();
  return runWrite(ctx, { operation: 'recordConcurrentReview', input }, async (tx) => {
    const current = await tx.authorization.findUnique({ where: { id: input.authorizationId } });
    if (current === null) {
      throw new NotFoundError('Authorization', ['input', 'authorizationId']);
    }
    if (current.status !== 'APPROVED') {
      throw new InvalidStateError(`Only an approved authorization is reviewed; this one is ${current.status}.`, current.status);
    }
    const { count } = await tx.authorization.updateMany({
      where: { id: current.id, version: input.expectedVersion },
      data: {
        unitsApproved: { increment: input.unitsAdded },
        endDate: input.endDate ? new Date(`${input.endDate}T00:00:00.000Z`) : current.endDate,
        concurrentReviewDue: input.nextReviewDue ? new Date(`${input.nextReviewDue}T00:00:00.000Z`) : null,
        version: { increment: 1 },
      },
    });
    await ensureVersion(count, 'Authorization', input.expectedVersion, () => tx.authorization.findUnique({ where: { id: current.id }, select: { version: true } }));
    await tx.concurrentReview.create({
      data: {
        authorizationId: current.id,
        reviewedOn: new Date(`${input.reviewedOn}T00:00:00.000Z`),
        outcome: input.outcome,
        unitsAdded: input.unitsAdded,
        nextReviewDue: input.nextReviewDue ? new Date(`${input.nextReviewDue}T00:00:00.000Z`) : null,
      },
    });
    return {
      result: { authorizationId: current.id },
      audit: [{ action: 'UPDATE', recordType: 'Authorization', recordId: current.id, patientId: current.patientId, fields: ['Authorization.unitsApproved', 'ConcurrentReview.*'] }],
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Level-of-care transitions
// ---------------------------------------------------------------------------------------------

/** Intensity order of the levels of care, most intensive first (a move down is a step-down). */
const INTENSITY: Record<LevelOfCare, number> = { DETOX: 5, RESIDENTIAL: 4, PHP: 3, IOP: 2, OUTPATIENT: 1 };

export interface TransitionLevelOfCareInput {
  episodeId: string;
  toLevel: LevelOfCare;
  /** First day at the new level; the old episode ends the day before. */
  transitionOn: string;
  reason?: string | null;
}

export interface TransitionResult {
  [key: string]: string | boolean | null;
  fromEpisodeId: string;
  toEpisodeId: string;
  direction: 'STEP_DOWN' | 'STEP_UP' | 'LATERAL';
  /** The new level needs prior authorization under the patient's primary coverage. */
  authorizationRequired: boolean;
  /** An approved authorization on file covers the new level from its first day. */
  authorizationId: string | null;
}

/**
 * Moves a patient to another level of care in the same program: the open episode closes the day
 * before, a new one opens, and the answer says whether the new level needs its own authorization
 * (a step-down or step-up does) and whether one is on file.
 */
export async function transitionLevelOfCare(ctx: WriteContext, input: TransitionLevelOfCareInput): Promise<TransitionResult> {
  const issues = new Issues();
  issues.date(['input', 'transitionOn'], input.transitionOn, addDays(isoDate(ctx.now), 30));
  issues.throwIfAny();
  return runWrite(ctx, { operation: 'transitionLevelOfCare', input }, async (tx) => {
    const episode = await tx.episode.findUnique({ where: { id: input.episodeId }, include: { program: { select: { levelsOfCare: true } } } });
    if (episode === null) {
      throw new NotFoundError('Episode', ['input', 'episodeId']);
    }
    if (episode.status !== 'OPEN') {
      throw new InvalidStateError('Only an open episode moves to another level of care.', episode.status);
    }
    if (episode.levelOfCare === input.toLevel) {
      throw ValidationError.of(['input', 'toLevel'], 'SAME_LEVEL', `The patient is already at ${input.toLevel}.`);
    }
    if (!episode.program.levelsOfCare.includes(input.toLevel)) {
      throw ValidationError.of(['input', 'toLevel'], 'LEVEL_NOT_OFFERED', `The program does not offer ${input.toLevel}.`);
    }
    if (input.transitionOn <= isoDate(episode.startDate)) {
      throw ValidationError.of(['input', 'transitionOn'], 'BEFORE_EPISODE_START', 'The move must come after the episode began.');
    }
    const transitionOn = new Date(`${input.transitionOn}T00:00:00.000Z`);
    const { count } = await tx.episode.updateMany({
      where: { id: episode.id, status: 'OPEN' },
      data: { status: 'CLOSED', endDate: new Date(`${addDays(input.transitionOn, -1)}T00:00:00.000Z`) },
    });
    if (count === 0) {
      throw new InvalidStateError('The episode was closed meanwhile.', 'CLOSED');
    }
    const next = await tx.episode.create({
      data: { patientId: episode.patientId, programId: episode.programId, levelOfCare: input.toLevel, status: 'OPEN', startDate: transitionOn },
    });
    const direction = INTENSITY[input.toLevel] < INTENSITY[episode.levelOfCare] ? 'STEP_DOWN' : INTENSITY[input.toLevel] > INTENSITY[episode.levelOfCare] ? 'STEP_UP' : 'LATERAL';
    await tx.levelOfCareTransition.create({
      data: { fromEpisodeId: episode.id, toEpisodeId: next.id, direction, transitionOn, reason: input.reason?.trim() || null },
    });

    // What the new level needs under the patient's primary coverage in force that day.
    const coverage = await tx.coverage.findFirst({
      where: { patientId: episode.patientId, AND: [inForceWhere(transitionOn)] },
      include: { payer: { select: { policyId: true } } },
      orderBy: billingOrder,
    });
    let authorizationRequired = false;
    let authorizationId: string | null = null;
    if (coverage !== null) {
      const authorizations = await tx.authorization.findMany({ where: { patientId: episode.patientId, payerId: coverage.payerId } });
      const requirements = serviceRequirements(
        policyFor(ctx.policies, coverage.payer.policyId),
        coverage.planCode,
        { code: null, levelOfCare: input.toLevel },
        input.transitionOn,
        authorizations.map((a) => ({
          id: a.id,
          status: a.status,
          levelOfCare: a.levelOfCare,
          procedureCodes: a.procedureCodes,
          startDate: isoDate(a.startDate),
          endDate: isoDate(a.endDate),
          unitType: a.unitType,
          unitsApproved: a.unitsApproved,
          unitsUsed: 0,
          providerId: a.providerId,
        })),
        [],
      );
      authorizationRequired = requirements.authorizationRequired;
      authorizationId = requirements.authorizationOnFile?.id ?? null;
    }
    return {
      result: { fromEpisodeId: episode.id, toEpisodeId: next.id, direction, authorizationRequired, authorizationId },
      audit: [
        { action: 'UPDATE', recordType: 'Episode', recordId: episode.id, patientId: episode.patientId, fields: ['Episode.status', 'Episode.endDate'] },
        { action: 'CREATE', recordType: 'Episode', recordId: next.id, patientId: episode.patientId, fields: ['Episode.*'] },
      ],
    };
  });
}
