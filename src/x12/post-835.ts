// Posting an 835 into Parity: match each CLP to its claim by patient control number, write the
// remittance (service lines, CAS adjustments, remark codes), move the claim along the allowed
// status transitions, and report everything that was not posted and why.
//
// Idempotency: a remittance is keyed by the payer's claim control number (CLP07), unique in the
// database. A reversal (CLP02 22) carries the number of the claim it reverses, so it is stored
// as "<CLP07>#R". Re-importing a file finds every key already there with the same content and
// posts nothing; two imports racing for the same key are settled by the unique index: the loser's
// transaction rolls back and its claim is reported as already posted.
//
// Each claim's postings (remittances, status change, history) are one transaction. The file is
// read and checked completely before the first write, so a malformed file changes nothing.

import { randomUUID } from 'node:crypto';
import { canTransition, type ClaimStatusValue } from '../domain/claim-status.ts';
import { ValidationError } from '../errors.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { fromCents, isoDay, toCents, type Money } from './format.ts';
import { postingKey } from './remittance-keys.ts';
import { balanceProblems, parse835, type ClaimPayment835, type Payment835, type ServicePayment835 } from './parse-835.ts';

/** What a posted claim payment did to the claim. */
export type ClaimOutcome = 'PAID' | 'PARTIALLY_PAID' | 'DENIED' | 'REVERSED';

/** Why a claim payment was not posted. */
export type NotPostedReason =
  /** No claim of the organization has the CLP01 patient control number. */
  | 'CLAIM_NOT_FOUND'
  /** The claim was billed to another payer than the one paying. */
  | 'PAYER_MISMATCH'
  /** CLP02 is not an adjudication (5 pended, 23 not our claim, 25 predetermination...). */
  | 'NOT_ADJUDICATED'
  /** The amounts do not add up under the 835 balancing rules. */
  | 'UNBALANCED'
  /** The claim's status does not allow the change the payment implies (a draft cannot be paid). */
  | 'TRANSITION_NOT_ALLOWED'
  /** The payer claim control number was posted before with other amounts or for another claim. */
  | 'CONFLICT'
  /** The file pays the same payer claim control number twice; only the first is considered. */
  | 'DUPLICATE_IN_FILE'
  /** The claim changed while it was being posted; import the file again. */
  | 'CLAIM_CHANGED';

export interface PostedClaim {
  patientControlNumber: string;
  payerClaimControlNumber: string;
  /** CLP02. */
  claimStatusCode: string;
  traceNumber: string;
  result: 'POSTED' | 'ALREADY_POSTED' | 'NOT_POSTED';
  reason: { code: NotPostedReason; message: string } | null;
  claimId: string | null;
  outcome: ClaimOutcome | null;
  /** The claim's status before and after this file (the same when it did not change). */
  fromStatus: ClaimStatusValue | null;
  toStatus: ClaimStatusValue | null;
  /** Every status the claim passed through while this file was posted (a reversal and its correction give two). */
  statusChanges: ClaimStatusValue[];
  charge: Money;
  paid: Money;
  patientResponsibility: Money;
  /** Service lines of the payment that matched no line of the claim. */
  unmatchedServiceLines: number;
}

export interface PaymentSummary {
  traceNumber: string;
  payerName: string;
  /** The Parity payer the payment was matched to. */
  payerCode: string;
  paymentDate: string | null;
  method: string;
  total: Money;
  claimCount: number;
  /** PLB adjustments: reported, not stored (Parity keeps no provider-level ledger). */
  providerAdjustments: Array<{ reasonCode: string; reference: string | null; amount: Money }>;
}

export interface Import835Summary {
  /** True when nothing was written (a dry run). */
  dryRun: boolean;
  payments: PaymentSummary[];
  /** Every CLP of the file, in file order. */
  claims: PostedClaim[];
  counts: {
    claimPayments: number;
    posted: number;
    alreadyPosted: number;
    notPosted: number;
    /** Not posted because no claim matched (CLAIM_NOT_FOUND or PAYER_MISMATCH). */
    unmatched: number;
    paid: number;
    partiallyPaid: number;
    denied: number;
    reversed: number;
  };
  /** The sum of CLP04 over the claim payments posted now. */
  postedAmount: Money;
  /** Denied / (paid + partially paid + denied) over the claim payments posted now; null when none. */
  denialRate: number | null;
  warnings: string[];
}

export interface Import835Options {
  /** The organization whose claims the file pays (the caller's tenant). */
  organizationId: string;
  /** Check and match everything, write nothing. */
  dryRun?: boolean;
  /**
   * The Parity payer code of the paying payer, when the 835 does not name it the way Parity
   * knows it (REF*2U or N1*PR N104 with XV).
   */
  payerCode?: string;
  /** The time recorded in the status history (now by default). */
  now?: Date;
  /** Called as claim payments are processed (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
}

const processedCodes = new Set(['1', '2', '3', '19', '20', '21']);

/** What a claim payment means for the claim, or null when it is not an adjudication. */
export function outcomeOf(claim: ClaimPayment835): ClaimOutcome | null {
  if (claim.statusCode === '22') {
    return 'REVERSED';
  }
  if (claim.statusCode === '4') {
    return 'DENIED';
  }
  if (!processedCodes.has(claim.statusCode)) {
    return null;
  }
  // A line is denied when the payer paid nothing and left nothing to the patient.
  const denied = (paid: number, patient: number) => paid === 0 && patient === 0;
  if (claim.lines.length === 0) {
    return denied(claim.paidCents, claim.patientResponsibilityCents) ? 'DENIED' : 'PAID';
  }
  const deniedLines = claim.lines.filter((l) =>
    denied(l.paidCents, l.adjustments.filter((a) => a.group === 'PR').reduce((s, a) => s + a.amountCents, 0)),
  ).length;
  if (deniedLines === claim.lines.length) {
    return 'DENIED';
  }
  return deniedLines > 0 ? 'PARTIALLY_PAID' : 'PAID';
}

function targetOf(outcome: ClaimOutcome): ClaimStatusValue {
  return outcome === 'REVERSED' ? 'ACCEPTED' : outcome;
}

/** One status change a file causes, and the index (in the file's outcomes) of the payment causing it. */
export interface StatusStep {
  to: ClaimStatusValue;
  cause: number;
}

/**
 * The status changes that take a claim from `current` through the outcomes of a file, in order,
 * along allowed transitions (a reversal returns a claim to ACCEPTED); when that step-by-step path
 * is not allowed, the direct change to the final status; null when neither is allowed.
 */
export function statusPath(current: ClaimStatusValue, outcomes: ClaimOutcome[]): StatusStep[] | null {
  const steps: StatusStep[] = [];
  let status = current;
  let allowed = true;
  outcomes.forEach((outcome, cause) => {
    const to = targetOf(outcome);
    if (!allowed || to === status) {
      return;
    }
    if (!canTransition(status, to)) {
      allowed = false;
      return;
    }
    steps.push({ to, cause });
    status = to;
  });
  if (allowed) {
    return steps;
  }
  const last = outcomes.length - 1;
  const final = targetOf(outcomes[last] ?? 'REVERSED');
  if (final === current) {
    return [];
  }
  return canTransition(current, final) ? [{ to: final, cause: last }] : null;
}

interface ClaimRow {
  id: string;
  organizationId: string;
  payerId: string;
  status: ClaimStatusValue;
  version: number;
  patientControlNumber: string;
  lines: Array<{ id: string; lineNumber: number; procedureCode: string; serviceDate: Date }>;
}

interface Existing {
  payerClaimControlNumber: string;
  claimId: string;
  claimStatusCode: string;
  chargeCents: number;
  paidCents: number;
}

interface Item {
  payment: Payment835;
  payerId: string;
  clp: ClaimPayment835;
  key: string;
  result: PostedClaim;
}

const chunk = <T>(list: T[], size: number): T[][] => {
  const result: T[][] = [];
  for (let i = 0; i < list.length; i += size) {
    result.push(list.slice(i, i + size));
  }
  return result;
};

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  return e?.code === 'P2002' || (typeof e?.message === 'string' && /unique constraint/i.test(e.message));
}

class ClaimChangedError extends Error {}

const describeStatus: Record<string, string> = {
  '1': 'processed as primary',
  '2': 'processed as secondary',
  '3': 'processed as tertiary',
  '4': 'denied',
  '19': 'processed as primary, forwarded',
  '20': 'processed as secondary, forwarded',
  '21': 'processed as tertiary, forwarded',
  '22': 'reversal of a previous payment',
};

function historyNote(item: Item): string {
  const { clp, payment } = item;
  const denials = [...clp.adjustments, ...clp.lines.flatMap((l) => l.adjustments)]
    .filter((a) => a.group !== 'PR' && a.reasonCode !== '45')
    .map((a) => `${a.group}-${a.reasonCode}`);
  const remarks = [...clp.remarkCodes, ...clp.lines.flatMap((l) => l.remarkCodes)];
  const codes = [...new Set([...denials, ...remarks])];
  return `835 payment ${payment.traceNumber}: claim ${clp.payerClaimControlNumber} ${describeStatus[clp.statusCode] ?? clp.statusCode}, paid ${fromCents(clp.paidCents)}${codes.length > 0 ? ` (${codes.join(', ')})` : ''}`;
}

/** Which line of the claim a service payment pays: REF*6R first, then the code and date. */
function matchLines(lines: ServicePayment835[], claimLines: ClaimRow['lines']): Array<string | null> {
  const taken = new Set<string>();
  const result: Array<string | null> = lines.map(() => null);
  const take = (index: number, id: string | undefined) => {
    if (id !== undefined) {
      taken.add(id);
      result[index] = id;
    }
  };
  lines.forEach((line, index) => {
    if (line.lineControlNumber && /^\d+$/.test(line.lineControlNumber)) {
      const found = claimLines.find((c) => c.lineNumber === Number(line.lineControlNumber) && !taken.has(c.id));
      take(index, found?.id);
    }
  });
  lines.forEach((line, index) => {
    if (result[index] !== null) {
      return;
    }
    const code = line.submittedProcedureCode ?? line.procedureCode;
    const free = claimLines.filter((c) => !taken.has(c.id) && c.procedureCode === code);
    const sameDay = free.find((c) => line.serviceDate !== null && isoDay(c.serviceDate) === line.serviceDate);
    take(index, (sameDay ?? (line.serviceDate === null ? free[0] : undefined))?.id);
  });
  return result;
}

async function resolvePayers(prisma: PrismaClient, payments: Payment835[], payerCode: string | undefined): Promise<Map<Payment835, { id: string; payerCode: string }>> {
  const wanted = [...new Set([payerCode, ...payments.map((p) => p.payer.payerId)].filter((c): c is string => !!c))];
  const payers = await prisma.payer.findMany({ where: { payerCode: { in: wanted } }, select: { id: true, payerCode: true } });
  const byCode = new Map(payers.map((p) => [p.payerCode, p]));
  if (payerCode && !byCode.has(payerCode)) {
    throw ValidationError.of(['payerCode'], 'PAYER_NOT_FOUND', `No payer has the code ${payerCode}.`);
  }
  const result = new Map<Payment835, { id: string; payerCode: string }>();
  for (const payment of payments) {
    const payer = byCode.get(payerCode ?? '') ?? byCode.get(payment.payer.payerId ?? '');
    if (!payer) {
      throw ValidationError.of(
        ['document'],
        'PAYER_NOT_FOUND',
        `Payment ${payment.traceNumber} is from "${payment.payer.name}" (payer ID ${payment.payer.payerId ?? 'not given'}), which is not a payer in Parity; say which payer it is (payerCode).`,
      );
    }
    result.set(payment, payer);
  }
  return result;
}

/**
 * Imports an 835: posts every claim payment that matches a claim and can be posted, and reports
 * the rest. Importing the same file again posts nothing.
 *
 * @param prisma - the database
 * @param content - the 835 text
 * @param options - the organization, dry run, payer override, time, progress
 * @returns what was posted, already posted and not posted, with reasons and totals
 * @throws X12ParseError when the file is not a readable 835 (nothing is written)
 * @throws ValidationError when a payer of the file is not known (nothing is written)
 */
export async function import835(prisma: PrismaClient, content: string, options: Import835Options): Promise<Import835Summary> {
  const payments = parse835(content);
  const payers = await resolvePayers(prisma, payments, options.payerCode);
  const now = options.now ?? new Date();
  const warnings = payments.flatMap((p) => p.warnings);
  const plbs = payments.flatMap((p) => p.providerAdjustments);
  if (plbs.length > 0) {
    warnings.push(`${plbs.length} provider-level adjustment(s) (PLB) are listed in the summary but not posted: Parity keeps no provider-level ledger.`);
  }

  const items: Item[] = payments.flatMap((payment) =>
    payment.claims.map((clp) => ({
      payment,
      payerId: payers.get(payment)?.id ?? '',
      clp,
      key: postingKey(clp.payerClaimControlNumber, clp.statusCode),
      result: {
        patientControlNumber: clp.patientControlNumber,
        payerClaimControlNumber: clp.payerClaimControlNumber,
        claimStatusCode: clp.statusCode,
        traceNumber: payment.traceNumber,
        result: 'NOT_POSTED' as PostedClaim['result'],
        reason: null,
        claimId: null,
        outcome: outcomeOf(clp),
        fromStatus: null,
        toStatus: null,
        statusChanges: [],
        charge: fromCents(clp.chargeCents),
        paid: fromCents(clp.paidCents),
        patientResponsibility: fromCents(clp.patientResponsibilityCents),
        unmatchedServiceLines: 0,
      },
    })),
  );

  // Everything the posting needs, read up front.
  const claims = new Map<string, ClaimRow>();
  for (const pcns of chunk([...new Set(items.map((i) => i.clp.patientControlNumber))], 500)) {
    const rows = await prisma.claim.findMany({
      where: { organizationId: options.organizationId, patientControlNumber: { in: pcns } },
      select: {
        id: true,
        organizationId: true,
        payerId: true,
        status: true,
        version: true,
        patientControlNumber: true,
        lines: { select: { id: true, lineNumber: true, procedureCode: true, serviceDate: true }, orderBy: { lineNumber: 'asc' } },
      },
    });
    for (const row of rows) {
      claims.set(row.patientControlNumber, row);
    }
  }
  const existing = await loadExisting(prisma, items.map((i) => i.key));

  const notPosted = (item: Item, code: NotPostedReason, message: string) => {
    item.result.result = 'NOT_POSTED';
    item.result.reason = { code, message };
  };

  // Group the postable payments by claim, in file order.
  const groups = new Map<string, Item[]>();
  const seenKeys = new Map<string, Item>();
  for (const item of items) {
    const { clp } = item;
    const claim = claims.get(clp.patientControlNumber);
    if (!claim) {
      notPosted(item, 'CLAIM_NOT_FOUND', `No claim has the patient control number ${clp.patientControlNumber}.`);
      continue;
    }
    item.result.claimId = claim.id;
    item.result.fromStatus = claim.status;
    item.result.toStatus = claim.status;
    if (claim.payerId !== item.payerId) {
      notPosted(item, 'PAYER_MISMATCH', `Claim ${clp.patientControlNumber} was billed to another payer than ${item.payment.payer.name}.`);
      continue;
    }
    const stored = existing.get(item.key);
    if (stored) {
      if (sameAsStored(stored, clp, claim.id)) {
        item.result.result = 'ALREADY_POSTED';
      } else {
        notPosted(item, 'CONFLICT', `The payer claim control number ${clp.payerClaimControlNumber} was already posted with other amounts or for another claim.`);
      }
      continue;
    }
    if (seenKeys.has(item.key)) {
      notPosted(item, 'DUPLICATE_IN_FILE', `The payer claim control number ${clp.payerClaimControlNumber} appears earlier in this file; only the first is posted.`);
      continue;
    }
    seenKeys.set(item.key, item);
    if (item.result.outcome === null) {
      notPosted(item, 'NOT_ADJUDICATED', `CLP02 ${clp.statusCode} is not an adjudication that Parity posts (pended, not our claim, predetermination...).`);
      continue;
    }
    const problems = balanceProblems(clp);
    if (problems.length > 0) {
      notPosted(item, 'UNBALANCED', problems.map((p) => p.message).join(' '));
      continue;
    }
    const list = groups.get(claim.id) ?? [];
    list.push(item);
    groups.set(claim.id, list);
  }

  let done = items.length - [...groups.values()].reduce((n, g) => n + g.length, 0);
  options.onProgress?.(done, items.length);
  for (const group of groups.values()) {
    const first = group[0];
    const claim = first ? claims.get(first.clp.patientControlNumber) : undefined;
    if (!first || !claim) {
      continue;
    }
    await postClaim(prisma, claim, group, options, now);
    done += group.length;
    options.onProgress?.(done, items.length);
  }

  const results = items.map((i) => i.result);
  const posted = results.filter((r) => r.result === 'POSTED');
  const count = (outcome: ClaimOutcome) => posted.filter((r) => r.outcome === outcome).length;
  const adjudicated = count('PAID') + count('PARTIALLY_PAID') + count('DENIED');
  return {
    dryRun: options.dryRun ?? false,
    payments: payments.map((p) => ({
      traceNumber: p.traceNumber,
      payerName: p.payer.name,
      payerCode: payers.get(p)?.payerCode ?? '',
      paymentDate: p.paymentDate,
      method: p.paymentMethod,
      total: fromCents(p.creditDebit === 'D' ? -p.totalPaidCents : p.totalPaidCents),
      claimCount: p.claims.length,
      providerAdjustments: p.providerAdjustments.map((a) => ({ reasonCode: a.reasonCode, reference: a.reference, amount: fromCents(a.amountCents) })),
    })),
    claims: results,
    counts: {
      claimPayments: results.length,
      posted: posted.length,
      alreadyPosted: results.filter((r) => r.result === 'ALREADY_POSTED').length,
      notPosted: results.filter((r) => r.result === 'NOT_POSTED').length,
      unmatched: results.filter((r) => r.reason?.code === 'CLAIM_NOT_FOUND' || r.reason?.code === 'PAYER_MISMATCH').length,
      paid: count('PAID'),
      partiallyPaid: count('PARTIALLY_PAID'),
      denied: count('DENIED'),
      reversed: count('REVERSED'),
    },
    postedAmount: fromCents(posted.reduce((sum, r) => sum + toCents(r.paid), 0)),
    denialRate: adjudicated === 0 ? null : count('DENIED') / adjudicated,
    warnings,
  };
}

function sameAsStored(stored: Existing, clp: ClaimPayment835, claimId: string): boolean {
  return stored.claimId === claimId && stored.claimStatusCode === clp.statusCode && stored.chargeCents === clp.chargeCents && stored.paidCents === clp.paidCents;
}

async function loadExisting(prisma: PrismaClient, keys: string[]): Promise<Map<string, Existing>> {
  const result = new Map<string, Existing>();
  for (const part of chunk([...new Set(keys)], 500)) {
    const rows = await prisma.remittance.findMany({
      where: { payerClaimControlNumber: { in: part } },
      select: { payerClaimControlNumber: true, claimId: true, claimStatusCode: true, chargeAmount: true, paidAmount: true },
    });
    for (const row of rows) {
      result.set(row.payerClaimControlNumber, {
        payerClaimControlNumber: row.payerClaimControlNumber,
        claimId: row.claimId,
        claimStatusCode: row.claimStatusCode,
        chargeCents: toCents(row.chargeAmount.toFixed(2)),
        paidCents: toCents(row.paidAmount.toFixed(2)),
      });
    }
  }
  return result;
}

/** Posts one claim's payments from the file in one transaction; records the result on each item. */
async function postClaim(prisma: PrismaClient, claim: ClaimRow, group: Item[], options: Import835Options, now: Date): Promise<void> {
  let current = { status: claim.status, version: claim.version };
  for (let attempt = 1; attempt <= 2; attempt++) {
    const path = statusPath(
      current.status,
      group.map((i) => i.result.outcome).filter((o): o is ClaimOutcome => o !== null),
    );
    for (const item of group) {
      item.result.fromStatus = current.status;
    }
    if (path === null) {
      const last = group[group.length - 1]?.result.outcome;
      for (const item of group) {
        item.result.result = 'NOT_POSTED';
        item.result.reason = {
          code: 'TRANSITION_NOT_ALLOWED',
          message: `Claim ${claim.patientControlNumber} is ${current.status}; a claim in that status cannot become ${last ? targetOf(last) : '?'}, so the payment was not posted.`,
        };
        item.result.toStatus = current.status;
      }
      return;
    }
    const matches = group.map((item) => matchLines(item.clp.lines, claim.lines));
    const finalStatus = path[path.length - 1]?.to ?? current.status;
    try {
      if (!options.dryRun) {
        await prisma.$transaction(async (tx) => {
          for (const [index, item] of group.entries()) {
            await writeRemittance(tx, claim, item, matches[index] ?? []);
          }
          if (path.length > 0) {
            const updated = await tx.claim.updateMany({
              where: { id: claim.id, version: current.version, status: current.status },
              data: { status: finalStatus, version: { increment: 1 } },
            });
            if (updated.count !== 1) {
              throw new ClaimChangedError();
            }
            let from = current.status;
            await tx.claimStatusChange.createMany({
              data: path.map(({ to, cause }) => {
                const item = group[cause];
                const row = { claimId: claim.id, fromStatus: from, toStatus: to, changedAt: now, actor: 'payer', note: item ? historyNote(item) : null };
                from = to;
                return row;
              }),
            });
          }
        });
      }
      for (const [index, item] of group.entries()) {
        item.result.result = 'POSTED';
        item.result.reason = null;
        item.result.toStatus = finalStatus;
        item.result.statusChanges = path.map((step) => step.to);
        item.result.unmatchedServiceLines = (matches[index] ?? []).filter((m) => m === null).length;
      }
      return;
    } catch (error) {
      if (isUniqueViolation(error)) {
        // Another import posted these payments meanwhile: nothing of ours was written.
        const stored = await loadExisting(prisma, group.map((i) => i.key));
        for (const item of group) {
          const found = stored.get(item.key);
          if (found && sameAsStored(found, item.clp, claim.id)) {
            item.result.result = 'ALREADY_POSTED';
            item.result.reason = null;
          } else {
            item.result.result = 'NOT_POSTED';
            item.result.reason = { code: 'CLAIM_CHANGED', message: 'Another import posted to this claim at the same time; import the file again.' };
          }
        }
        return;
      }
      if (!(error instanceof ClaimChangedError)) {
        throw error;
      }
      const fresh = await prisma.claim.findUnique({ where: { id: claim.id }, select: { status: true, version: true } });
      if (!fresh || attempt === 2) {
        for (const item of group) {
          item.result.result = 'NOT_POSTED';
          item.result.reason = { code: 'CLAIM_CHANGED', message: `Claim ${claim.patientControlNumber} changed while its payment was posted; import the file again.` };
        }
        return;
      }
      current = fresh;
    }
  }
}

/** The part of a (transaction) client that writes remittances. */
type RemittanceWriter = Pick<PrismaClient, 'remittance' | 'remittanceServiceLine' | 'remittanceAdjustment'>;

async function writeRemittance(tx: RemittanceWriter, claim: ClaimRow, item: Item, lineIds: Array<string | null>): Promise<void> {
  const { clp, payment } = item;
  const remittanceId = randomUUID();
  const paidOn = payment.paymentDate ?? payment.productionDate ?? isoDay(new Date());
  await tx.remittance.create({
    data: {
      id: remittanceId,
      organizationId: claim.organizationId,
      claimId: claim.id,
      payerId: item.payerId,
      payerClaimControlNumber: item.key,
      claimStatusCode: clp.statusCode,
      chargeAmount: fromCents(clp.chargeCents),
      paidAmount: fromCents(clp.paidCents),
      patientResponsibility: fromCents(clp.patientResponsibilityCents),
      traceNumber: payment.traceNumber,
      paidOn: new Date(`${paidOn}T00:00:00.000Z`),
      remarkCodes: [...new Set(clp.remarkCodes)],
    },
  });
  const lines = clp.lines.map((line, index) => ({ line, id: randomUUID(), claimLineId: lineIds[index] ?? null }));
  if (lines.length > 0) {
    const codeOf = (line: ServicePayment835, claimLineId: string | null) =>
      line.procedureCode.length <= 5 ? line.procedureCode : (claim.lines.find((c) => c.id === claimLineId)?.procedureCode ?? line.procedureCode.slice(0, 5));
    await tx.remittanceServiceLine.createMany({
      data: lines.map(({ line, id, claimLineId }) => ({
        id,
        remittanceId,
        claimLineId,
        procedureCode: codeOf(line, claimLineId),
        modifiers: line.modifiers,
        chargeAmount: fromCents(line.chargeCents),
        paidAmount: fromCents(line.paidCents),
        units: line.units,
        remarkCodes: [...new Set(line.remarkCodes)],
      })),
    });
  }
  const adjustments = [
    ...clp.adjustments.map((a) => ({ ...a, serviceLineId: null as string | null })),
    ...lines.flatMap(({ line, id }) => line.adjustments.map((a) => ({ ...a, serviceLineId: id as string | null }))),
  ];
  if (adjustments.length > 0) {
    await tx.remittanceAdjustment.createMany({
      data: adjustments.map((a) => ({
        remittanceId,
        serviceLineId: a.serviceLineId,
        groupCode: a.group,
        reasonCode: a.reasonCode,
        amount: fromCents(a.amountCents),
        quantity: a.quantity,
      })),
    });
  }
}
