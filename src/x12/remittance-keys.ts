// How remittances are keyed in the database. Remittance.payerClaimControlNumber is unique: a
// claim payment is posted once. A reversal (835 CLP02 22) carries the payer's claim control
// number of the payment it reverses, so it is stored with a mark that keeps the two apart.

/** The mark of a reversal's key. */
const reversalSuffix = '#R';

/** The key a claim payment is stored under: CLP07, or CLP07#R for a reversal. */
export function postingKey(payerClaimControlNumber: string, claimStatusCode: string): string {
  return claimStatusCode === '22' ? `${payerClaimControlNumber}${reversalSuffix}` : payerClaimControlNumber;
}

/** The payer's claim control number of a stored remittance (without the reversal mark). */
export function basePayerClaimControlNumber(key: string): string {
  return key.endsWith(reversalSuffix) ? key.slice(0, -reversalSuffix.length) : key;
}

