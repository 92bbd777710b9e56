// Payments and denials coming back: record a remittance (paid amount, adjustments with CARC and
// group codes, remark codes, patient responsibility), which moves the claim to paid, partially
// paid or denied; file an appeal (flagged when the denial looks like a parity issue) and resolve
// it. A remittance is posted once: its payer claim control number is unique in the database.

import { fromCents, toCents } from '../domain/charge-master.ts';
import type { ClaimStatusValue } from '../domain/claim-status.ts';
import { isoDate } from '../domain/dates.ts';
import { InvalidStateError, NotFoundError, ValidationError } from '../errors.ts';
import { planOn } from '../policy/answers.ts';
import { policyFor } from '../policy/engine.ts';
import { parityFlags } from '../policy/parity.ts';
import { moveClaim } from './claims.ts';
import { Issues } from './validate.ts';
import { runWrite, type WriteContext } from './write.ts';

export type AdjustmentGroupCode = 'CO' | 'PR' | 'OA' | 'PI';

export interface AdjustmentInput {
  group: AdjustmentGroupCode;
  /** Claim adjustment reason code (CARC), such as 45, 197 or B7. */
  reasonCode: string;
  amount: string;
  quantity?: number | null;
}

export interface RecordRemittanceInput {
  claimId: string;
  /** The payer's claim control number (835 CLP07): one remittance per number, ever. */
  payerClaimControlNumber: string;
  paidAmount: string;
  patientResponsibility: string;
  paidOn: string;
  adjustments: AdjustmentInput[];
  /** Remittance advice remark codes (RARC), such as N362. */
  remarkCodes?: string[] | null;
  traceNumber?: string | null;
  idempotencyKey?: string | null;
}

/** Reasons that are the payer's contract, not a refusal: CARC 45 (charge over the fee schedule) and 253 (sequestration). */
const CONTRACTUAL = new Set(['45', '253']);
const CARC_SHAPE = /^(?:[1-9]\d{0,2}|[A-Z]\d{1,2})$/;
const RARC_SHAPE = /^(?:M|MA|N)\d{1,4}$/;

/** What a remittance says of the claim: paid, partially paid, or denied. */
export function remittanceOutcome(paidCents: number, adjustments: ReadonlyArray<{ group: AdjustmentGroupCode; reasonCode: string; cents: number }>): ClaimStatusValue {
  const refused = adjustments.some((a) => a.group !== 'PR' && !CONTRACTUAL.has(a.reasonCode) && a.cents > 0);
  if (paidCents === 0 && !adjustments.some((a) => a.group === 'PR' && a.cents > 0)) {
    return 'DENIED';
  }
  return refused ? 'PARTIALLY_PAID' : 'PAID';
}

/**
 * Posts a payer's answer to a claim. The adjustments must balance: charge minus paid equals the
 * sum of adjustments (the 835 rule). Posting the same control number again returns the first
 * posting when it says the same thing, and is refused when it does not.
 */
export async function recordRemittance(ctx: WriteContext, input: RecordRemittanceInput): Promise<{ claimId: string; remittanceId: string }> {
  const issues = new Issues();
  const control = input.payerClaimControlNumber.trim();
  if (!/^[\w-]{1,50}$/.test(control)) {
    issues.add(['input', 'payerClaimControlNumber'], 'INVALID_CONTROL_NUMBER', 'The payer claim control number is 1 to 50 letters, digits or hyphens.');
  }
  const paid = issues.money(['input', 'paidAmount'], input.paidAmount, { allowZero: true });
  const patient = issues.money(['input', 'patientResponsibility'], input.patientResponsibility, { allowZero: true });
  issues.date(['input', 'paidOn'], input.paidOn, isoDate(ctx.now));
  const adjustments = input.adjustments.map((a, i) => {
    const path = ['input', 'adjustments', i];
    if (!CARC_SHAPE.test(a.reasonCode)) {
      issues.add([...path, 'reasonCode'], 'INVALID_CARC', `"${a.reasonCode}" is not a claim adjustment reason code.`);
    }
    const amount = issues.money([...path, 'amount'], a.amount);
    return { ...a, amount, cents: toCents(amount) };
  });
  const remarkCodes = (input.remarkCodes ?? []).map((code, i) => {
    const value = code.trim().toUpperCase();
    if (!RARC_SHAPE.test(value)) {
      issues.add(['input', 'remarkCodes', i], 'INVALID_RARC', `"${code}" is not a remittance advice remark code.`);
    }
    return value;
  });
  const patientCents = toCents(patient);
  const patientAdjusted = adjustments.filter((a) => a.group === 'PR').reduce((sum, a) => sum + a.cents, 0);
  if (patientAdjusted !== patientCents) {
    issues.add(['input', 'patientResponsibility'], 'PATIENT_RESPONSIBILITY_MISMATCH', `Patient responsibility ${patient} must equal the PR adjustments (${fromCents(patientAdjusted)}).`);
  }
  issues.throwIfAny();

  return runWrite(ctx, { operation: 'recordRemittance', idempotencyKey: input.idempotencyKey, input: { ...input, idempotencyKey: undefined } }, async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: input.claimId },
      select: { id: true, status: true, patientId: true, payerId: true, totalCharge: true },
    });
    if (claim === null) {
      throw new NotFoundError('Claim', ['input', 'claimId']);
    }
    const existing = await tx.remittance.findUnique({ where: { payerClaimControlNumber: control }, include: { adjustments: true } });
    if (existing !== null) {
      const same =
        existing.claimId === claim.id &&
        toCents(existing.paidAmount.toFixed(2)) === toCents(paid) &&
        existing.adjustments.length === adjustments.length;
      if (!same) {
        throw ValidationError.of(['input', 'payerClaimControlNumber'], 'REMITTANCE_ALREADY_POSTED', 'A different remittance with this payer claim control number is already posted.');
      }
      return { result: { claimId: claim.id, remittanceId: existing.id }, audit: [] };
    }
    const chargeCents = toCents(claim.totalCharge.toFixed(2));
    const adjusted = adjustments.reduce((sum, a) => sum + a.cents, 0);
    if (chargeCents - toCents(paid) !== adjusted) {
      throw ValidationError.of(
        ['input', 'adjustments'],
        'UNBALANCED',
        `Charge ${fromCents(chargeCents)} minus paid ${paid} is ${fromCents(chargeCents - toCents(paid))}, but the adjustments add up to ${fromCents(adjusted)}.`,
      );
    }
    const outcome = remittanceOutcome(toCents(paid), adjustments);
    if (!['SUBMITTED', 'ACCEPTED', 'APPEALED', 'DENIED', 'PARTIALLY_PAID'].includes(claim.status)) {
      throw new InvalidStateError(`A ${claim.status} claim does not take a remittance.`, claim.status);
    }
    const remittance = await tx.remittance.create({
      data: {
        organizationId: ctx.actor.organizationId,
        claimId: claim.id,
        payerId: claim.payerId,
        payerClaimControlNumber: control,
        claimStatusCode: outcome === 'DENIED' ? '4' : '1',
        chargeAmount: fromCents(chargeCents),
        paidAmount: paid,
        patientResponsibility: patient,
        paidOn: new Date(`${input.paidOn}T00:00:00.000Z`),
        traceNumber: input.traceNumber?.trim() || null,
        remarkCodes,
        adjustments: {
          create: adjustments.map((a) => ({ groupCode: a.group, reasonCode: a.reasonCode, amount: a.amount, quantity: a.quantity ?? null })),
        },
      },
    });
    const refused = adjustments.find((a) => a.group !== 'PR' && !CONTRACTUAL.has(a.reasonCode));
    if (outcome !== claim.status) {
      await moveClaim(tx, ctx, claim, outcome, null, {}, refused ? `CARC ${refused.reasonCode}` : undefined);
    }
    return {
      result: { claimId: claim.id, remittanceId: remittance.id },
      audit: [
        { action: 'CREATE', recordType: 'Remittance', recordId: remittance.id, patientId: claim.patientId, fields: ['Remittance.*'] },
        { action: 'UPDATE', recordType: 'Claim', recordId: claim.id, patientId: claim.patientId, fields: ['Claim.status'] },
      ],
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Appeals
// ---------------------------------------------------------------------------------------------

/** Denial reasons that can hide a parity problem: limits (119), authorization (197, 198, 15), medical necessity (50). */
const PARITY_SENSITIVE_CARCS = new Set(['119', '197', '198', '15', '50']);

export interface FileAppealInput {
  claimId: string;
  reason: string;
  idempotencyKey?: string | null;
}

/**
 * Appeals a denied or partially paid claim. The appeal is flagged for parity when the denial
 * rests on a limit, an authorization or medical necessity and the plan is subject to parity.
 */
export async function fileAppeal(ctx: WriteContext, input: FileAppealInput): Promise<{ claimId: string; appealId: string }> {
  const reason = input.reason.trim();
  if (reason.length === 0 || reason.length > 2000) {
    throw ValidationError.of(['input', 'reason'], 'REASON_REQUIRED', 'Say why the denial is wrong (at most 2,000 characters).');
  }
  return runWrite(ctx, { operation: 'fileAppeal', idempotencyKey: input.idempotencyKey, input: { ...input, idempotencyKey: undefined } }, async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: input.claimId },
      select: {
        id: true,
        status: true,
        patientId: true,
        serviceFrom: true,
        payer: { select: { policyId: true } },
        coverage: { select: { planCode: true } },
        appeals: { select: { level: true } },
        remittances: { select: { adjustments: { select: { reasonCode: true, groupCode: true } } } },
      },
    });
    if (claim === null) {
      throw new NotFoundError('Claim', ['input', 'claimId']);
    }
    if (claim.status !== 'DENIED' && claim.status !== 'PARTIALLY_PAID') {
      throw new InvalidStateError(`Only a denied or partially paid claim is appealed; this one is ${claim.status}.`, claim.status);
    }
    const carcs = claim.remittances.flatMap((r) => r.adjustments.filter((a) => a.groupCode !== 'PR').map((a) => a.reasonCode));
    const policy = ctx.policies[claim.payer.policyId];
    const plan = policy === undefined ? null : planOn(policy, isoDate(claim.serviceFrom), claim.coverage.planCode);
    const parityApplies = plan?.settings.parity.applies ?? false;
    const parityFlag = parityApplies && (carcs.some((c) => PARITY_SENSITIVE_CARCS.has(c)) || (plan !== null && parityFlags(plan.settings).length > 0));
    const appeal = await tx.appeal.create({
      data: {
        claimId: claim.id,
        level: claim.appeals.reduce((max, a) => Math.max(max, a.level), 0) + 1,
        status: 'FILED',
        filedOn: new Date(`${isoDate(ctx.now)}T00:00:00.000Z`),
        reason,
        parityFlag,
      },
    });
    await moveClaim(tx, ctx, claim, 'APPEALED', null, {}, `Appeal level ${appeal.level} filed`);
    return {
      result: { claimId: claim.id, appealId: appeal.id },
      audit: [{ action: 'CREATE', recordType: 'Appeal', recordId: appeal.id, patientId: claim.patientId, fields: ['Appeal.*'] }],
    };
  });
}

export interface ResolveAppealInput {
  appealId: string;
  outcome: 'OVERTURNED' | 'UPHELD' | 'WITHDRAWN';
  resolution?: string | null;
}

/**
 * Records the payer's decision on an appeal. Upheld or withdrawn: the claim is denied again.
 * Overturned: the claim stays under appeal until the payer's new remittance posts the payment.
 */
export async function resolveAppeal(ctx: WriteContext, input: ResolveAppealInput): Promise<{ claimId: string; appealId: string }> {
  return runWrite(ctx, { operation: 'resolveAppeal', input }, async (tx) => {
    const appeal = await tx.appeal.findUnique({ where: { id: input.appealId }, include: { claim: { select: { id: true, status: true, patientId: true } } } });
    if (appeal === null) {
      throw new NotFoundError('Appeal', ['input', 'appealId']);
    }
    if (appeal.status !== 'FILED') {
      throw new InvalidStateError(`The appeal is already ${appeal.status}.`, appeal.status);
    }
    const { count } = await tx.appeal.updateMany({
      where: { id: appeal.id, status: 'FILED' },
      data: { status: input.outcome, resolvedOn: new Date(`${isoDate(ctx.now)}T00:00:00.000Z`), resolution: input.resolution?.trim() || null },
    });
    if (count === 0) {
      throw new InvalidStateError('The appeal was resolved meanwhile.', 'RESOLVED');
    }
    if (input.outcome !== 'OVERTURNED' && appeal.claim.status === 'APPEALED') {
      await moveClaim(tx, ctx, appeal.claim, 'DENIED', null, {}, `Appeal ${input.outcome.toLowerCase()}`);
    }
    return {
      result: { claimId: appeal.claimId, appealId: appeal.id },
      audit: [{ action: 'UPDATE', recordType: 'Appeal', recordId: appeal.id, patientId: appeal.claim.patientId, fields: ['Appeal.status'] }],
    };
  });
}
