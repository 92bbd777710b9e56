// Diagnosis rules (DOMAIN.md §11, §12): one to 12 diagnoses on a professional claim (1 + 24 on
// an institutional one), one to four valid pointers per professional line, and a substance-use
// diagnosis (ICD-10-CM F10–F19, nicotine excluded by default) behind substance-use services.

import { isSubstanceUseDiagnosis } from '../codes.ts';
import type { Evaluation } from '../evaluation.ts';
import type { ClaimLineSnapshot } from '../types.ts';

export function diagnosisCount(e: Evaluation): void {
  const { claim, diagnoses } = e.snapshot;
  const { maxProfessional, maxInstitutional } = e.plan.settings.diagnosis;
  if (diagnoses.length === 0) {
    e.report('DIAGNOSIS_MISSING', null, {}, { kind: 'ADD_DIAGNOSIS', range: 'ICD-10-CM' });
    return;
  }
  const professional = claim.type === 'PROFESSIONAL';
  const max = professional ? maxProfessional : maxInstitutional;
  if (diagnoses.length > max) {
    e.report('DIAGNOSIS_COUNT_EXCEEDED', null, {
      count: diagnoses.length,
      max,
      type: professional ? 'professional' : 'institutional',
    });
  }
}

export function diagnosisPointer(e: Evaluation): void {
  const { claim, diagnoses, lines } = e.snapshot;
  if (claim.type !== 'PROFESSIONAL' || diagnoses.length === 0) {
    return;
  }
  const max = e.plan.settings.diagnosis.maxPointersPerLine;
  const positions = diagnoses.map((diagnosis) => diagnosis.position);
  for (const line of lines) {
    const pointers = line.diagnosisPointers;
    const fix = { kind: 'FIX_DIAGNOSIS_POINTERS', validPositions: positions } as const;
    if (pointers.length === 0) {
      e.report('DIAGNOSIS_POINTER_MISSING', line.lineNumber, { line: line.lineNumber }, fix);
      continue;
    }
    let problem: string | null = null;
    if (pointers.length > max) {
      problem = `${pointers.length} diagnosis pointers, at most ${max} allowed`;
    } else {
      for (let i = 0; i < pointers.length; i++) {
        const pointer = pointers[i] as number;
        if (!positions.includes(pointer)) {
          problem = `pointer ${pointer} points at no diagnosis of the claim`;
          break;
        }
        if (pointers.indexOf(pointer) !== i) {
          problem = `pointer ${pointer} is repeated`;
          break;
        }
      }
    }
    if (problem !== null) {
      e.report('DIAGNOSIS_POINTER_INVALID', line.lineNumber, { line: line.lineNumber, problem }, fix);
    }
  }
}

/** The diagnoses a line stands on: those it points at, or all of the claim's when it points at none. */
function lineDiagnoses(e: Evaluation, line: ClaimLineSnapshot): readonly string[] {
  const { diagnoses } = e.snapshot;
  if (line.diagnosisPointers.length === 0) {
    return diagnoses.map((diagnosis) => diagnosis.code);
  }
  const codes: string[] = [];
  for (const diagnosis of diagnoses) {
    if (line.diagnosisPointers.includes(diagnosis.position)) {
      codes.push(diagnosis.code);
    }
  }
  return codes;
}

export function sudDiagnosis(e: Evaluation): void {
  const { plan } = e;
  const rules = plan.settings.diagnosis;
  const institutional = e.snapshot.claim.type === 'INSTITUTIONAL';
  for (const line of e.snapshot.lines) {
    const substanceUse =
      plan.substanceUseCodes.has(line.procedureCode) ||
      plan.substanceUseLevels.has(e.levelOfCare(line)) ||
      line.modifiers.some((modifier) => rules.substanceUseModifiers.includes(modifier));
    if (!substanceUse) {
      continue;
    }
    const codes = institutional ? e.snapshot.diagnoses.map((d) => d.code) : lineDiagnoses(e, line);
    const covered = codes.some((code) =>
      isSubstanceUseDiagnosis(code, rules.substanceUseCategories, rules.excludedSubstanceUseCategories),
    );
    if (!covered) {
      const included = rules.substanceUseCategories.filter((c) => !rules.excludedSubstanceUseCategories.includes(c));
      const range = included.join(', ');
      e.report('SUD_DIAGNOSIS_REQUIRED', line.lineNumber, { code: line.procedureCode, range }, {
        kind: 'ADD_DIAGNOSIS',
        range,
      });
    }
  }
}
