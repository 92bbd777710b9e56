// The claim state machine: which status changes are allowed, in one place. Enforced in code by
// every write path, and in the database by a trigger on the claim's status.

export const claimStatuses = [
  'DRAFT',
  'SUBMITTED',
  'ACCEPTED',
  'DENIED',
  'PARTIALLY_PAID',
  'PAID',
  'APPEALED',
  'WRITTEN_OFF',
] as const;
export type ClaimStatusValue = (typeof claimStatuses)[number];

/**
 * Allowed next statuses. A submitted claim can come back to DRAFT when the clearinghouse rejects
 * it; a denied claim is appealed, corrected and resubmitted, reprocessed by the payer (paid after
 * all), or written off; a paid or partially paid claim can be reversed by the payer (835 CLP02 =
 * 22) back to ACCEPTED, or to DENIED. WRITTEN_OFF is final.
 *
 * The database holds the same list (migration 20261123090000_claim_status_transitions); a test
 * checks that the two agree pair by pair.
 */
export const claimTransitions: Readonly<Record<ClaimStatusValue, readonly ClaimStatusValue[]>> = {
  DRAFT: ['SUBMITTED'],
  SUBMITTED: ['ACCEPTED', 'DENIED', 'PARTIALLY_PAID', 'PAID', 'DRAFT'],
  ACCEPTED: ['DENIED', 'PARTIALLY_PAID', 'PAID'],
  DENIED: ['APPEALED', 'SUBMITTED', 'PAID', 'PARTIALLY_PAID', 'WRITTEN_OFF'],
  PARTIALLY_PAID: ['APPEALED', 'PAID', 'ACCEPTED', 'DENIED', 'WRITTEN_OFF'],
  PAID: ['ACCEPTED', 'DENIED'],
  APPEALED: ['PAID', 'PARTIALLY_PAID', 'DENIED', 'WRITTEN_OFF'],
  WRITTEN_OFF: [],
};

/** Whether a claim may move from one status to another. */
export function canTransition(from: ClaimStatusValue, to: ClaimStatusValue): boolean {
  return claimTransitions[from].includes(to);
}
