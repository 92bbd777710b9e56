// The claim lifecycle's writes: create a draft from sessions (codes chosen by the time rules,
// diagnoses and pointers carried over), edit a draft, submit (re-judged by the payer's policy;
// deny-level findings refused unless overridden with a reason), write off. Every status change
// follows the state machine and leaves a history row.

import { billingOrder, inForceWhere } from './coverage.ts';
import { randomBytes } from 'node:crypto';
import type { AuditEntry } from '../audit/log.ts';
import { chargeFor, fromCents, toCents } from '../domain/charge-master.ts';
import { canTransition, type ClaimStatusValue } from '../domain/claim-status.ts';
import { isoDate } from '../domain/dates.ts';
import { DomainError, InvalidStateError, NotFoundError, ValidationError, VersionConflictError } from '../errors.ts';
import { loadClaimSnapshots } from '../loaders/claim-snapshots.ts';
import { planOn } from '../policy/answers.ts';
import { evaluateClaim, policyFor } from '../policy/engine.ts';
import { crisisAddOnUnits, psychotherapyCodeFor } from '../policy/time-codes.ts';
import type { EvaluationResult, Finding } from '../policy/types.ts';
import type { RecordOwner } from '../auth/part2.ts';
import { checkDiagnoses, Issues, MAX_POINTERS } from './validate.ts';
import { ensureVersion, runWrite, type Tx, type WriteContext } from './write.ts';


/** Submitting found deny-level findings and no override reason was given. Nothing was written. */
export class DenyFindingsError extends DomainError {
  readonly code = 'DENY_FINDINGS' as const;

  /**
   * @param evaluation - the judgement
   * @param owner - the claim's patient and program: its findings reach the caller only as far as
   *   the claim's details do (a billing-only Part 2 consent withholds them)
   */
  constructor(
    readonly evaluation: EvaluationResult,
    readonly owner: RecordOwner,
  ) {
    super(
      `The payer’s policy (version ${evaluation.policyVersion ?? 'none'}) says this claim would be denied. Fix its deny findings, or submit with an override reason.`,
      ['input', 'overrideReason'],
    );
  }

  get findings(): readonly Finding[] {
    return this.evaluation.findings;
  }
}

/** A new patient control number (X12 CLM01, at most 20 characters): unique by its random part and the unique index. */
function newControlNumber(now: Date): string {
  return `PC${isoDate(now).slice(2).replaceAll('-', '')}${randomBytes(5).toString('hex').toUpperCase()}`;
}

async function recordStatus(tx: Tx, claimId: string, from: ClaimStatusValue | null, to: ClaimStatusValue, ctx: WriteContext, note?: string): Promise<void> {
  await tx.claimStatusChange.create({
    data: { claimId, fromStatus: from, toStatus: to, changedAt: ctx.now, actor: ctx.actor.subject, note: note ?? null },
  });
}

/** Moves a claim to a status, checking the state machine and the version the caller read. */
async function moveClaim(
  tx: Tx,
  ctx: WriteContext,
  claim: { id: string; status: ClaimStatusValue },
  to: ClaimStatusValue,
  expectedVersion: number | null,
  data: Record<string, unknown> = {},
  note?: string,
): Promise<void> {
  if (!canTransition(claim.status, to)) {
    throw new InvalidStateError(`A ${claim.status} claim cannot become ${to}.`, claim.status);
  }
  const { count } = await tx.claim.updateMany({
    where: { id: claim.id, status: claim.status, ...(expectedVersion === null ? {} : { version: expectedVersion }) },
    data: { ...data, status: to, version: { increment: 1 } },
  });
  await ensureVersion(count, 'Claim', expectedVersion ?? -1, () => tx.claim.findUnique({ where: { id: claim.id }, select: { version: true } }));
  await recordStatus(tx, claim.id, claim.status, to, ctx, note);
}

// ---------------------------------------------------------------------------------------------
// Create from sessions
// ---------------------------------------------------------------------------------------------

export interface CreateClaimFromSessionsInput {
  sessionIds: string[];
  /** The coverage to bill; by default the session's, or the patient's primary coverage in force. */
  coverageId?: string | null;
  /** Charges per code overriding the charge master, as decimal strings. */
  charges?: Array<{ procedureCode: string; amount: string }> | null;
}

interface DraftLine {
  serviceDate: Date;
  procedureCode: string;
  modifiers: string[];
  units: number;
  charge: string;
  placeOfService: string;
  renderingProviderId: string;
  sessionId: string;
  minutes: number | null;
}

/**
 * Creates a draft professional claim from completed sessions of one patient, with the codes the
 * documented minutes support under the payer's time rules.
 *
 * @returns the new claim's id
 */
export async function createClaimFromSessions(ctx: WriteContext, input: CreateClaimFromSessionsInput): Promise<{ claimId: string }> {
  return runWrite(ctx, { operation: 'createClaimFromSessions', input }, async (tx) => {
    const issues = new Issues();
    const ids = [...new Set(input.sessionIds)];
    if (ids.length === 0 || ids.length > 50) {
      issues.add(['input', 'sessionIds'], 'SESSION_COUNT', 'Name 1 to 50 sessions.');
      issues.throwIfAny();
    }
    const sessions = await tx.session.findMany({
      where: { id: { in: ids } },
      include: { claimLines: { select: { claim: { select: { status: true } } } } },
      orderBy: { startTime: 'asc' },
    });
    if (sessions.length !== ids.length) {
      throw new NotFoundError('Session', ['input', 'sessionIds']);
    }
    const first = sessions[0];
    if (first === undefined) {
      throw new NotFoundError('Session', ['input', 'sessionIds']);
    }
    sessions.forEach((session, i) => {
      const path = ['input', 'sessionIds', String(i)];
      if (session.patientId !== first.patientId) {
        issues.add(path, 'DIFFERENT_PATIENTS', 'A claim bills the sessions of one patient.');
      }
      if (session.status !== 'COMPLETED') {
        issues.add(path, 'SESSION_NOT_COMPLETED', `The session is ${session.status}; only completed sessions are billed.`);
      }
      if (session.claimLines.some((line) => line.claim.status !== 'WRITTEN_OFF')) {
        issues.add(path, 'SESSION_ALREADY_BILLED', 'The session is already on a claim.');
      }
    });
    issues.throwIfAny();

    const coverageId = input.coverageId ?? first.coverageId;
    const coverage = coverageId
      ? await tx.coverage.findUnique({ where: { id: coverageId }, include: { payer: true } })
      : await tx.coverage.findFirst({
          where: { patientId: first.patientId, AND: [inForceWhere(first.serviceDate)] },
          include: { payer: true },
          orderBy: billingOrder,
        });
    if (coverage === null || coverage.patientId !== first.patientId) {
      throw new NotFoundError('Coverage', ['input', 'coverageId']);
    }
    const policy = policyFor(ctx.policies, coverage.payer.policyId);
    const overrides = new Map<string, string>();
    (input.charges ?? []).forEach((charge, i) => {
      const code = issues.procedureCode(['input', 'charges', i, 'procedureCode'], charge.procedureCode);
      const amount = issues.money(['input', 'charges', i, 'amount'], charge.amount);
      if (code !== null) {
        overrides.set(code, amount);
      }
    });
    const charge = (code: string, units: number) =>
      overrides.has(code) ? fromCents(toCents(overrides.get(code) ?? '0') * units) : chargeFor(code, units);

    const lines: DraftLine[] = [];
    sessions.forEach((session, i) => {
      const date = isoDate(session.serviceDate);
      const plan = planOn(policy, date, coverage.planCode);
      const bands = plan?.bands;
      const minutes = Math.round((session.endTime.getTime() - session.startTime.getTime()) / 60_000);
      const base = {
        serviceDate: session.serviceDate,
        modifiers: session.modifiers,
        placeOfService: session.placeOfService,
        renderingProviderId: session.providerId,
        sessionId: session.id,
      };
      const path = ['input', 'sessionIds', String(i)];
      const code = session.procedureCode;
      const timed = bands?.find((band) => band.code === code || band.addOnCode === code);
      if (timed !== undefined) {
        const chosen = psychotherapyCodeFor(minutes, false, bands);
        if (chosen === null) {
          issues.add(path, 'UNDER_MINIMUM_MINUTES', `${minutes} minutes of psychotherapy are under the minimum; no psychotherapy code is billable.`);
          return;
        }
        lines.push({ ...base, procedureCode: chosen, units: 1, charge: charge(chosen, 1), minutes });
        return;
      }
      if (code === plan?.settings.timeCodes.crisis.code) {
        const crisis = plan.settings.timeCodes.crisis;
        if (minutes < crisis.minMinutes) {
          const fallback = psychotherapyCodeFor(minutes, false, bands) ?? crisis.fallbackCode;
          lines.push({ ...base, procedureCode: fallback, units: 1, charge: charge(fallback, 1), minutes });
          return;
        }
        lines.push({ ...base, procedureCode: code, units: 1, charge: charge(code, 1), minutes });
        const addOn = crisisAddOnUnits(minutes, crisis.addOnFirstAtMinutes, crisis.addOnEveryMinutes);
        if (addOn > 0) {
          lines.push({ ...base, procedureCode: crisis.addOnCode, units: addOn, charge: charge(crisis.addOnCode, addOn), minutes: null });
        }
        return;
      }
      // Per-15-minute counseling (H0004) bills units of time; anything else one unit.
      const units = code === 'H0004' ? Math.max(1, Math.floor(minutes / 15)) : 1;
      lines.push({ ...base, procedureCode: code, units, charge: charge(code, units), minutes: code === 'H0004' ? minutes : null });
      // An E/M visit with psychotherapy: the add-on code the psychotherapy minutes support.
      if (session.psychotherapyMinutes !== null && plan?.evaluationAndManagement.has(code)) {
        const addOn = psychotherapyCodeFor(session.psychotherapyMinutes, true, bands);
        if (addOn !== null) {
          lines.push({ ...base, procedureCode: addOn, units: 1, charge: charge(addOn, 1), minutes: session.psychotherapyMinutes });
        }
      }
    });
    issues.throwIfAny();

    // Diagnoses: the patient's active ones (the program's first), at most 12; each line points
    // at up to four, the principal first.
    const serviceTo = sessions[sessions.length - 1]?.serviceDate ?? first.serviceDate;
    const diagnoses = await tx.diagnosis.findMany({
      where: {
        patientId: first.patientId,
        OR: [{ resolvedDate: null }, { resolvedDate: { gte: first.serviceDate } }],
        AND: [{ OR: [{ onsetDate: null }, { onsetDate: { lte: serviceTo } }] }],
      },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    const ordered = [
      ...diagnoses.filter((d) => first.programId !== null && d.programId === first.programId),
      ...diagnoses.filter((d) => first.programId === null || d.programId !== first.programId),
    ];
    const codes = [...new Set(ordered.map((d) => d.icd10Code))].slice(0, 12);
    if (codes.length === 0) {
      throw ValidationError.of(['input', 'sessionIds'], 'NO_ACTIVE_DIAGNOSIS', 'The patient has no active diagnosis to bill the sessions under.');
    }
    const pointers = codes.slice(0, MAX_POINTERS).map((_, i) => i + 1);
    const providers = new Set(lines.map((line) => line.renderingProviderId));
    const total = lines.reduce((sum, line) => sum + toCents(line.charge), 0);
    const claim = await tx.claim.create({
      data: {
        organizationId: ctx.actor.organizationId,
        patientId: first.patientId,
        payerId: coverage.payerId,
        coverageId: coverage.id,
        billingLocationId: first.locationId,
        renderingProviderId: providers.size === 1 ? first.providerId : null,
        programId: first.programId,
        claimType: 'PROFESSIONAL',
        status: 'DRAFT',
        patientControlNumber: newControlNumber(ctx.now),
        serviceFrom: first.serviceDate,
        serviceTo,
        totalCharge: fromCents(total),
        diagnoses: { create: codes.map((icd10Code, i) => ({ position: i + 1, icd10Code })) },
        lines: {
          create: lines.map((line, i) => ({
            lineNumber: i + 1,
            serviceDate: line.serviceDate,
            procedureCode: line.procedureCode,
            modifiers: line.modifiers,
            units: line.units,
            chargeAmount: line.charge,
            placeOfService: line.placeOfService,
            diagnosisPointers: pointers,
            renderingProviderId: providers.size === 1 ? null : line.renderingProviderId,
            sessionId: line.sessionId,
            minutes: line.minutes,
          })),
        },
      },
    });
    await recordStatus(tx, claim.id, null, 'DRAFT', ctx, `Created from ${sessions.length} session(s)`);
    return {
      result: { claimId: claim.id },
      audit: [claimAudit('CREATE', claim.id, first.patientId, ['Claim.*', 'ClaimLine.*', 'ClaimDiagnosis.*'])],
    };
  });
}

function claimAudit(action: AuditEntry['action'], claimId: string, patientId: string, fields: string[]): AuditEntry {
  return { action, recordType: 'Claim', recordId: claimId, patientId, fields };
}

// ---------------------------------------------------------------------------------------------
// Edit a draft
// ---------------------------------------------------------------------------------------------

export interface ClaimLineInput {
  serviceDate: string;
  procedureCode: string;
  modifiers?: string[] | null;
  units: number;
  chargeAmount: string;
  placeOfService?: string | null;
  revenueCode?: string | null;
  diagnosisPointers: number[];
  minutes?: number | null;
  renderingProviderId?: string | null;
}

export interface UpdateDraftClaimInput {
  claimId: string;
  expectedVersion: number;
  /** Replaces the diagnoses (in pointer order) when given. */
  diagnoses?: string[] | null;
  /** Replaces the lines when given. */
  lines?: ClaimLineInput[] | null;
  renderingProviderId?: string | null;
}

/** Edits a draft (or a denied claim being corrected): lines and diagnoses are replaced as a whole. */
export async function updateDraftClaim(ctx: WriteContext, input: UpdateDraftClaimInput): Promise<{ claimId: string }> {
  return runWrite(ctx, { operation: 'updateDraftClaim', input }, async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: input.claimId }, include: { diagnoses: true, lines: true } });
    if (claim === null) {
      throw new NotFoundError('Claim', ['input', 'claimId']);
    }
    if (claim.status !== 'DRAFT' && claim.status !== 'DENIED') {
      throw new InvalidStateError(`A ${claim.status} claim cannot be edited; only drafts and denied claims being corrected.`, claim.status);
    }
    if (claim.version !== input.expectedVersion) {
      // Stale before anything else is checked (the update below checks again, atomically).
      throw new VersionConflictError('Claim', input.expectedVersion, claim.version);
    }
    const issues = new Issues();
    const today = isoDate(ctx.now);
    const diagnoses = input.diagnoses ? await checkDiagnoses(tx, issues, ['input', 'diagnoses'], input.diagnoses) : claim.diagnoses.sort((a, b) => a.position - b.position).map((d) => d.icd10Code);
    const lines = (input.lines ?? null)?.map((line, i) => {
      const path = ['input', 'lines', i];
      issues.date([...path, 'serviceDate'], line.serviceDate, today);
      const procedureCode = issues.procedureCode([...path, 'procedureCode'], line.procedureCode) ?? line.procedureCode;
      const modifiers = issues.modifiers([...path, 'modifiers'], line.modifiers ?? []);
      issues.positiveInteger([...path, 'units'], line.units);
      const chargeAmount = issues.money([...path, 'chargeAmount'], line.chargeAmount);
      if (line.placeOfService) {
        issues.placeOfService([...path, 'placeOfService'], line.placeOfService);
      }
      if (line.diagnosisPointers.length === 0 || line.diagnosisPointers.length > MAX_POINTERS) {
        issues.add([...path, 'diagnosisPointers'], 'POINTER_COUNT', `A line points at 1 to ${MAX_POINTERS} diagnoses.`);
      }
      line.diagnosisPointers.forEach((pointer, j) => {
        if (!Number.isInteger(pointer) || pointer < 1 || pointer > diagnoses.length) {
          issues.add([...path, 'diagnosisPointers', j], 'POINTER_OUT_OF_RANGE', `Pointer ${pointer} points at no diagnosis (the claim has ${diagnoses.length}).`);
        }
      });
      if (line.minutes != null && (!Number.isInteger(line.minutes) || line.minutes < 1 || line.minutes > 1440)) {
        issues.add([...path, 'minutes'], 'INVALID_MINUTES', 'Minutes are a whole number from 1 to 1440.');
      }
      return { ...line, procedureCode, modifiers, chargeAmount, lineNumber: i + 1 };
    });
    if (lines && lines.length === 0) {
      issues.add(['input', 'lines'], 'LINES_REQUIRED', 'A claim needs at least one line.');
    }
    if (!lines && input.diagnoses) {
      for (const line of claim.lines) {
        if (line.diagnosisPointers.some((p) => p > diagnoses.length)) {
          issues.add(['input', 'diagnoses'], 'POINTER_OUT_OF_RANGE', `Line ${line.lineNumber} points past the new diagnoses; send its lines too.`);
        }
      }
    }
    issues.throwIfAny();

    const { count } = await tx.claim.updateMany({
      where: { id: claim.id, version: input.expectedVersion, status: claim.status },
      data: {
        version: { increment: 1 },
        ...(input.renderingProviderId !== undefined ? { renderingProviderId: input.renderingProviderId } : {}),
      },
    });
    await ensureVersion(count, 'Claim', input.expectedVersion, () => tx.claim.findUnique({ where: { id: claim.id }, select: { version: true } }));
    if (input.diagnoses) {
      await tx.claimDiagnosis.deleteMany({ where: { claimId: claim.id } });
      await tx.claimDiagnosis.createMany({ data: diagnoses.map((icd10Code, i) => ({ claimId: claim.id, position: i + 1, icd10Code })) });
    }
    if (lines) {
      await tx.claimLine.deleteMany({ where: { claimId: claim.id } });
      await tx.claimLine.createMany({
        data: lines.map((line) => ({
          claimId: claim.id,
          lineNumber: line.lineNumber,
          serviceDate: new Date(`${line.serviceDate}T00:00:00.000Z`),
          procedureCode: line.procedureCode,
          modifiers: line.modifiers,
          units: line.units,
          chargeAmount: line.chargeAmount,
          placeOfService: line.placeOfService ?? null,
          revenueCode: line.revenueCode ?? null,
          diagnosisPointers: line.diagnosisPointers,
          minutes: line.minutes ?? null,
          renderingProviderId: line.renderingProviderId ?? null,
        })),
      });
      const dates = lines.map((line) => line.serviceDate).sort();
      await tx.claim.update({
        where: { id: claim.id },
        data: {
          totalCharge: fromCents(lines.reduce((sum, line) => sum + toCents(line.chargeAmount), 0)),
          serviceFrom: new Date(`${dates[0]}T00:00:00.000Z`),
          serviceTo: new Date(`${dates[dates.length - 1]}T00:00:00.000Z`),
        },
      });
    }
    return { result: { claimId: claim.id }, audit: [claimAudit('UPDATE', claim.id, claim.patientId, ['Claim.lines', 'Claim.diagnoses'])] };
  });
}

// ---------------------------------------------------------------------------------------------
// Submit, write off
// ---------------------------------------------------------------------------------------------

export interface SubmitClaimInput {
  claimId: string;
  expectedVersion: number;
  /** Why deny-level findings are overridden (kept on the claim); required when there are any. */
  overrideReason?: string | null;
  idempotencyKey?: string | null;
}

/**
 * Submits a draft (or a corrected denial): judges it by the payer's policy in force, refuses
 * deny-level findings unless overridden with a reason, and stores the findings and the policy
 * version it was submitted under.
 */
export async function submitClaim(ctx: WriteContext, input: SubmitClaimInput): Promise<{ claimId: string }> {
  const overrideReason = input.overrideReason?.trim() || null;
  if (overrideReason !== null && overrideReason.length > 500) {
    throw ValidationError.of(['input', 'overrideReason'], 'TOO_LONG', 'An override reason is at most 500 characters.');
  }
  return runWrite(ctx, { operation: 'submitClaim', idempotencyKey: input.idempotencyKey, input: { ...input, idempotencyKey: undefined } }, async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: input.claimId }, select: { id: true, status: true, version: true, patientId: true, programId: true } });
    if (claim === null) {
      throw new NotFoundError('Claim', ['input', 'claimId']);
    }
    if (claim.status !== 'DRAFT' && claim.status !== 'DENIED') {
      throw new InvalidStateError(`A ${claim.status} claim cannot be submitted.`, claim.status);
    }
    if (claim.version !== input.expectedVersion) {
      await ensureVersion(0, 'Claim', input.expectedVersion, async () => claim);
    }
    const snapshot = (await loadClaimSnapshots(tx, [claim.id], await ctx.rowAccess())).get(claim.id);
    if (snapshot === undefined) {
      throw new NotFoundError('Claim', ['input', 'claimId']);
    }
    const evaluation = evaluateClaim(policyFor(ctx.policies, snapshot.coverage.policyId), snapshot, { today: isoDate(ctx.now) });
    if (!evaluation.willPay && overrideReason === null) {
      throw new DenyFindingsError(evaluation, { patientId: claim.patientId, programId: claim.programId });
    }
    await moveClaim(
      tx,
      ctx,
      claim,
      'SUBMITTED',
      input.expectedVersion,
      {
        submittedAt: ctx.now,
        submittedPolicyVersion: evaluation.policyVersion,
        submittedFindings: JSON.parse(JSON.stringify(evaluation.findings)) as object,
        overrideReason: evaluation.willPay ? null : overrideReason,
        frequencyCode: claim.status === 'DENIED' ? '7' : '1',
      },
      evaluation.willPay ? undefined : 'Submitted over deny-level findings',
    );
    return {
      result: { claimId: claim.id },
      audit: [claimAudit('UPDATE', claim.id, claim.patientId, ['Claim.status', 'Claim.submittedFindings'])],
    };
  });
}

export interface WriteOffClaimInput {
  claimId: string;
  expectedVersion: number;
  reason: string;
}

/** Closes a claim without (further) payment. */
export async function writeOffClaim(ctx: WriteContext, input: WriteOffClaimInput): Promise<{ claimId: string }> {
  const reason = input.reason.trim();
  if (reason.length === 0 || reason.length > 500) {
    throw ValidationError.of(['input', 'reason'], 'REASON_REQUIRED', 'Say why the claim is written off (at most 500 characters).');
  }
  return runWrite(ctx, { operation: 'writeOffClaim', input }, async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: input.claimId }, select: { id: true, status: true, patientId: true } });
    if (claim === null) {
      throw new NotFoundError('Claim', ['input', 'claimId']);
    }
    await moveClaim(tx, ctx, claim, 'WRITTEN_OFF', input.expectedVersion, {}, reason);
    return { result: { claimId: claim.id }, audit: [claimAudit('UPDATE', claim.id, claim.patientId, ['Claim.status'])] };
  });
}

export { moveClaim, recordStatus };
