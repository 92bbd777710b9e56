// 42 CFR Part 2 (DOMAIN.md §8): disclosing a Part 2 record to a third-party payer for payment
// needs a written consent naming the payer (or payers generically) with payment among its
// purposes, in force on the day of disclosure; a revoked or expired consent stops disclosure.

import type { Evaluation } from '../evaluation.ts';
import type { IsoDate, Part2ConsentSnapshot } from '../types.ts';

/** Whether `consent` allows disclosure for payment on `date`. */
export function consentCoversPayment(consent: Part2ConsentSnapshot, date: IsoDate): boolean {
  return (
    consent.purposes.includes('PAYMENT') &&
    consent.signedOn <= date &&
    (consent.expiresOn === null || consent.expiresOn >= date) &&
    (consent.revokedOn === null || consent.revokedOn > date)
  );
}

export function part2Consent(e: Evaluation): void {
  const { part2, claim } = e.snapshot;
  if (!part2.isPart2Record) {
    return;
  }
  const date = claim.submittedAt === null ? e.today : claim.submittedAt.slice(0, 10);
  if (!part2.consents.some((consent) => consentCoversPayment(consent, date))) {
    e.report('PART2_CONSENT_MISSING', null, { date }, { kind: 'OBTAIN_CONSENT', purpose: 'PAYMENT' });
  }
}
