import { describe, expect, it } from 'vitest';
import { isValidNpi, npiCheckDigit } from './npi.ts';

describe('NPI check digit', () => {
  it('accepts the CMS example and rejects a wrong check digit', () => {
    expect(npiCheckDigit('123456789')).toBe(3);
    expect(isValidNpi('1234567893')).toBe(true);
    expect(isValidNpi('1234567890')).toBe(false);
  });

  it('rejects malformed values', () => {
    expect(isValidNpi('3234567893')).toBe(false);
    expect(isValidNpi('123456789')).toBe(false);
    expect(isValidNpi('12345678931')).toBe(false);
    expect(isValidNpi('12345a7893')).toBe(false);
  });
});
