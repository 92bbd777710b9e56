// Who may bill: the licensures a payer credentials, enrollment on the date of service, codes
// limited to some licensures, and licensure modifiers (DOMAIN.md §1, §4, §9).

import type { CompiledPlan } from '../compile.ts';
import type { Evaluation } from '../evaluation.ts';
import type { EnrollmentSnapshot, IsoDate, LicensureType } from '../types.ts';

/**
 * Whether the provider was enrolled on `date`: an enrollment ENROLLED, or TERMINATED since (it
 * was in force until its end date), whose dates cover `date`. Otherwise a short account of what
 * there is.
 */
export function enrollmentOn(
  enrollments: readonly EnrollmentSnapshot[],
  date: IsoDate,
): { enrolled: true } | { enrolled: false; status: string } {
  let covering: EnrollmentSnapshot | null = null;
  let elsewhere: EnrollmentSnapshot | null = null;
  for (const enrollment of enrollments) {
    const covers =
      (enrollment.effectiveFrom === null || enrollment.effectiveFrom <= date) &&
      (enrollment.effectiveTo === null || enrollment.effectiveTo >= date);
    const held =
      enrollment.status === 'ENROLLED' || (enrollment.status === 'TERMINATED' && enrollment.effectiveTo !== null);
    if (covers && held) {
      return { enrolled: true };
    }
    if (covers) {
      covering ??= enrollment;
    } else if (held) {
      elsewhere ??= enrollment;
    }
  }
  if (covering !== null) {
    return { enrolled: false, status: covering.status };
  }
  if (elsewhere !== null) {
    return {
      enrolled: false,
      status: `enrolled only from ${elsewhere.effectiveFrom ?? 'the start'} to ${elsewhere.effectiveTo ?? 'open'}`,
    };
  }
  return { enrolled: false, status: 'none on file' };
}

/** Why a licensure may not bill a code under a plan, or null when it may. */
export function scopeProblem(plan: CompiledPlan, licensureType: LicensureType, code: string): string | null {
  const allowed = plan.codeScope.get(code);
  if (allowed !== undefined && !allowed.includes(licensureType)) {
    return 'code limited to other licensures';
  }
  const credentialed = plan.credentialed.get(licensureType);
  if (credentialed !== undefined && credentialed.codes !== null && !credentialed.codes.has(code)) {
    return 'licensure limited to other codes';
  }
  return null;
}

export function providerCredentialed(e: Evaluation): void {
  const { plan, snapshot } = e;
  const professional = snapshot.claim.type === 'PROFESSIONAL';
  const { requireEnrollment } = plan.settings.credentialing;
  for (const line of snapshot.lines) {
    const provider = e.provider(line);
    if (provider === null) {
      if (professional) {
        e.report('RENDERING_PROVIDER_MISSING', line.lineNumber, { line: line.lineNumber });
      }
      continue;
    }
    if (!plan.credentialed.has(provider.licensureType)) {
      e.report(
        'PROVIDER_TYPE_NOT_CREDENTIALED',
        line.lineNumber,
        { licensureType: provider.licensureType, date: line.serviceDate },
        { kind: 'USE_PROVIDER', licensureTypes: plan.credentialedTypes },
      );
      continue;
    }
    if (requireEnrollment) {
      const enrollment = enrollmentOn(provider.enrollments, line.serviceDate);
      if (!enrollment.enrolled) {
        e.report('PROVIDER_NOT_ENROLLED', line.lineNumber, { date: line.serviceDate, status: enrollment.status });
      }
    }
  }
}

export function codeScope(e: Evaluation): void {
  for (const line of e.snapshot.lines) {
    const provider = e.provider(line);
    if (provider === null || scopeProblem(e.plan, provider.licensureType, line.procedureCode) === null) {
      continue;
    }
    e.report('CODE_NOT_IN_PROVIDER_SCOPE', line.lineNumber, {
      licensureType: provider.licensureType,
      code: line.procedureCode,
    });
  }
}

export function licensureModifier(e: Evaluation): void {
  const { plan } = e;
  if (!plan.settings.licensureModifiers.required) {
    return;
  }
  for (const line of e.snapshot.lines) {
    const provider = e.provider(line);
    if (provider === null) {
      continue;
    }
    const modifier = plan.licensureModifier.get(provider.licensureType);
    if (modifier === undefined || line.modifiers.includes(modifier) || plan.licensureExempt.has(line.procedureCode)) {
      continue;
    }
    let found: string | null = null;
    for (const present of line.modifiers) {
      if (plan.licensureModifierValues.has(present)) {
        found = present;
        break;
      }
    }
    const data = { code: line.procedureCode, licensureType: provider.licensureType, modifier };
    if (found === null) {
      e.report('LICENSURE_MODIFIER_MISSING', line.lineNumber, data, {
        kind: 'ADD_MODIFIER',
        modifier,
        alternatives: [],
      });
    } else {
      e.report(
        'LICENSURE_MODIFIER_WRONG',
        line.lineNumber,
        { ...data, found },
        { kind: 'REPLACE_MODIFIER', from: found, to: modifier },
      );
    }
  }
}
