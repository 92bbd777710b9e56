import { Faker, en, en_US } from '@faker-js/faker';
import { npiCheckDigit } from '../domain/npi.ts';

/**
 * A seeded source of randomness for the demo data: the same seed gives the same data.
 * Wraps faker (for fictional names and addresses) and adds the domain's identifier shapes.
 */
export class SeededRandom {
  readonly faker: Faker;

  constructor(seed: number) {
    this.faker = new Faker({ locale: [en_US, en] });
    this.faker.seed(seed);
  }

  /** A version-4-shaped UUID drawn from the seeded generator. */
  uuid(): string {
    return this.faker.string.uuid();
  }

  /** An integer from min to max, both included. */
  int(min: number, max: number): number {
    return this.faker.number.int({ min, max });
  }

  /** True with the given probability. */
  chance(probability: number): boolean {
    return this.faker.number.float({ min: 0, max: 1 }) < probability;
  }

  pick<T>(items: readonly T[]): T {
    return this.faker.helpers.arrayElement(items);
  }

  /** Picks by weight: `[[value, weight], ...]`. */
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    return this.faker.helpers.weightedArrayElement(
      entries.map(([value, weight]) => ({ value, weight })),
    );
  }

  digits(count: number): string {
    return this.faker.string.numeric({ length: count, allowLeadingZeros: true });
  }

  /** A valid NPI: type 1 (individuals) starts with 1, type 2 (organizations) with 2. */
  npi(type: 1 | 2): string {
    const first9 = `${type}${this.digits(8)}`;
    return `${first9}${npiCheckDigit(first9)}`;
  }

  /**
   * A Medicare Beneficiary Identifier in the CMS format (11 characters; letters exclude S, L, O,
   * I, B and Z). Generated at random, so fictional.
   */
  mbi(): string {
    const letters = 'ACDEFGHJKMNPQRTUVWXY';
    const alnum = `${letters}0123456789`;
    const c = (set: string) => set.charAt(this.int(0, set.length - 1));
    const n = () => String(this.int(0, 9));
    return `${this.int(1, 9)}${c(letters)}${c(alnum)}${n()}${c(letters)}${c(alnum)}${n()}${c(letters)}${c(letters)}${n()}${n()}`;
  }
}
