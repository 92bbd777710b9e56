// The clinic's charge master: what it charges per unit of each code, before any payer's allowance.
// These are the fictional demo clinic's prices; a claim created from sessions uses them unless the
// request names its own charges. (Per-organization fee schedules are not modeled yet.)

/** Charge per unit, as a decimal string, by procedure code. */
export const chargeMaster: Readonly<Record<string, string>> = {
  '90785': '30.00',
  '90791': '250.00',
  '90792': '300.00',
  '90832': '110.00',
  '90833': '90.00',
  '90834': '150.00',
  '90836': '120.00',
  '90837': '200.00',
  '90838': '160.00',
  '90839': '260.00',
  '90840': '120.00',
  '90846': '150.00',
  '90847': '160.00',
  '90853': '75.00',
  '99212': '95.00',
  '99213': '140.00',
  '99214': '185.00',
  '99215': '240.00',
  G0176: '70.00',
  G0177: '70.00',
  G0410: '95.00',
  H0001: '160.00',
  H0004: '35.00',
  H0005: '90.00',
  H0010: '780.00',
  H0015: '320.00',
  H0018: '560.00',
  H0035: '640.00',
  S0201: '650.00',
  S9480: '360.00',
};

/** The charge for a code not in the charge master. */
export const DEFAULT_CHARGE = '100.00';

/** Cents of a decimal string ('150.00' -> 15000). */
export function toCents(amount: string): number {
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = '0'] = amount.replace('-', '').split('.');
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
  return negative ? -cents : cents;
}

/** A decimal string of cents (15000 -> '150.00'). */
export function fromCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** The charge master's charge for `units` of `code`. */
export function chargeFor(code: string, units: number): string {
  return fromCents(toCents(chargeMaster[code] ?? DEFAULT_CHARGE) * units);
}
