// X12 interchange for Parity: 837P/837I out, 835 in, 270 out and 271 in. The GraphQL layer and the
// command-line tool (scripts/x12.ts) call these; each takes the Prisma client and the caller's
// organization, and throws the domain errors of src/errors.ts (ValidationError, NotFoundError).

export { exportClaim, exportClaims, exportableStatuses } from './export-837.ts';
export type { ClaimSelection, ExportParties, ExportResult, ExportedDocument, SkippedClaim } from './export-837.ts';
export { build837I, build837P, x12Versions } from './build-837.ts';
export type { ClaimEnvelopeOptions } from './build-837.ts';
export { ClaimExportError, validateClaimExport } from './claim-export.ts';
export type { ClaimExport, ExportIssue } from './claim-export.ts';
export { import835, outcomeOf, statusPath } from './post-835.ts';
export { basePayerClaimControlNumber, postingKey } from './remittance-keys.ts';
export type { ClaimOutcome, Import835Options, Import835Summary, NotPostedReason, PostedClaim } from './post-835.ts';
export { balanceProblems, parse835 } from './parse-835.ts';
export type { Payment835, ClaimPayment835, ServicePayment835 } from './parse-835.ts';
export {
  behavioralHealthServiceTypes,
  build270,
  defaultServiceTypes,
  eligibilityInquiryFor,
  eligibilityRequest,
  read271,
  serviceTypesForLevelOfCare,
} from './eligibility.ts';
export type { EligibilityAnswer, EligibilityBenefit, EligibilityInquiry, EligibilityReason, EligibilityRequestInput, Read271Options } from './eligibility.ts';
export { tokenize, transactionsOf, X12ParseError } from './tokenize.ts';
export { X12FormatError } from './format.ts';
