import { describe, expect, it } from 'vitest';
import { ids, judge } from '../../../test/kit/engine-policy.ts';
import type { Part2ConsentSnapshot } from '../types.ts';

const consent = (overrides: Partial<Part2ConsentSnapshot> = {}): Part2ConsentSnapshot => ({
  id: 'consent-1',
  purposes: ['TREATMENT', 'PAYMENT', 'HEALTH_CARE_OPERATIONS'],
  signedOn: '2024-01-15',
  expiresOn: null,
  revokedOn: null,
  ...overrides,
});

describe('part2-consent', () => {
  const part2 = (consents: Part2ConsentSnapshot[]) => ({ part2: { isPart2Record: true, consents } });

  it('denies billing a Part 2 record without a consent for payment in force', () => {
    expect(judge(part2([])).findings).toMatchObject([
      { messageId: 'PART2_CONSENT_MISSING', severity: 'deny', lineNumber: null, suggestion: { kind: 'OBTAIN_CONSENT', purpose: 'PAYMENT' } },
    ]);
    expect(ids(judge(part2([consent()])))).toEqual([]);
    expect(ids(judge(part2([consent({ purposes: ['TREATMENT'] })])))).toEqual(['PART2_CONSENT_MISSING']);
  });

  it('judges the consent on the day of disclosure: expired or revoked by then stops it', () => {
    // Judged on 2024-09-17 (a week after the service) while unsent.
    expect(ids(judge(part2([consent({ expiresOn: '2024-09-17' })])))).toEqual([]);
    expect(ids(judge(part2([consent({ expiresOn: '2024-09-16' })])))).toEqual(['PART2_CONSENT_MISSING']);
    expect(ids(judge(part2([consent({ revokedOn: '2024-09-18' })])))).toEqual([]);
    expect(ids(judge(part2([consent({ revokedOn: '2024-09-17' })])))).toEqual(['PART2_CONSENT_MISSING']);
    const submitted = { claim: { status: 'SUBMITTED' as const, submittedAt: '2024-09-12T10:00:00.000Z' } };
    expect(ids(judge({ ...submitted, ...part2([consent({ revokedOn: '2024-09-13' })]) }))).toEqual([]);
  });

  it('does not apply to records outside a Part 2 program', () => {
    expect(ids(judge({ part2: { isPart2Record: false, consents: [] } }))).toEqual([]);
  });
});
