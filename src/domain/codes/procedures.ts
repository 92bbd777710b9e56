// Procedure codes Parity knows: the shapes of CPT and HCPCS Level II codes, and the shipped list of
// code ranges a behavioral-health claim uses. Code numbers only: Parity ships no CPT descriptors
// (AMA-licensed); the short notes here are our own words. HCPCS Level II is maintained by CMS.

/** CPT Category I (five digits), II (four digits and F) or III (four digits and T); HCPCS Level II (a letter A–V and four digits). */
const PROCEDURE_SHAPE = /^(?:\d{4}[0-9FT]|[A-V]\d{4})$/;

/**
 * The shipped list, as inclusive ranges of codes of the same shape. A code outside it is refused
 * at input: extend the list (or load a licensed code file) to bill other services.
 */
const SHIPPED_RANGES: ReadonlyArray<readonly [string, string, string]> = [
  ['90785', '90899', 'psychiatry: evaluations, psychotherapy, crisis, family and group therapy, add-ons'],
  ['96105', '96171', 'psychological and neuropsychological testing, health behavior assessment'],
  ['99202', '99215', 'office and outpatient E/M visits'],
  ['99221', '99239', 'hospital inpatient and observation E/M visits'],
  ['99242', '99255', 'consultations'],
  ['99304', '99350', 'nursing facility and home or residence E/M visits'],
  ['99366', '99368', 'medical team conferences'],
  ['99492', '99494', 'psychiatric collaborative care management'],
  ['G0176', 'G0177', 'activity therapy and patient education in a partial hospitalization program (CMS)'],
  ['G0410', 'G0411', 'group psychotherapy in a partial hospitalization program (CMS)'],
  ['G2086', 'G2088', 'office-based opioid use disorder treatment (CMS)'],
  ['H0001', 'H0050', 'behavioral health and substance use services (HCPCS H-codes)'],
  ['H2000', 'H2041', 'behavioral health rehabilitation and program services (HCPCS H-codes)'],
  ['S0201', 'S0201', 'partial hospitalization services (HCPCS S-code)'],
  ['S9480', 'S9485', 'intensive outpatient psychiatric and crisis services (HCPCS S-codes)'],
  ['T1006', 'T1007', 'family counseling and treatment plan development (HCPCS T-codes)'],
  ['T1015', 'T1017', 'clinic visit, case management (HCPCS T-codes)'],
];

/** The canonical form of a procedure code (upper case, trimmed), or null when it has no valid shape. */
export function normalizeProcedureCode(value: string): string | null {
  const code = value.trim().toUpperCase();
  return PROCEDURE_SHAPE.test(code) ? code : null;
}

/** Whether a normalized code is in the shipped list. */
export function isKnownProcedureCode(code: string): boolean {
  return SHIPPED_RANGES.some(([from, to]) => code.length === from.length && code >= from && code <= to && code[0] === from[0]);
}

/** A two-character procedure modifier (HO, 95, GT, 93, FQ...). */
export function isModifierShape(value: string): boolean {
  return /^[0-9A-Z]{2}$/.test(value);
}

/** A CMS place-of-service code: two digits. */
export function isPlaceOfServiceShape(value: string): boolean {
  return /^\d{2}$/.test(value) && value !== '00';
}
