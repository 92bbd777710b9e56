// NPI check digit: the Luhn (mod 10 "double-add-double") digit of the first nine digits as if
// prefixed by 80840, which is the same as adding 24 to their Luhn sum (CMS, "Requirements for
// NPI check digit"; DOMAIN.md section 12).

/**
 * The check digit for the first nine digits of an NPI.
 *
 * @param first9 - nine digits, the first of which is 1 or 2
 */
export function npiCheckDigit(first9: string): number {
  let sum = 24;
  for (let i = 0; i < 9; i++) {
    let digit = first9.charCodeAt(8 - i) - 48;
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) {
        digit -= 9;
      }
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Whether a string is a well-formed NPI: ten digits, starting with 1 or 2, with a valid check digit.
 *
 * @param npi - the candidate
 */
export function isValidNpi(npi: string): boolean {
  return /^[12]\d{9}$/.test(npi) && npiCheckDigit(npi.slice(0, 9)) === Number(npi[9]);
}
