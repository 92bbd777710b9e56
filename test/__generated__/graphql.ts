/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Narrows a list of claims. All given conditions must hold. */
export type ClaimFilter = {
  /** Date of service on or after this date. */
  serviceFrom?: string | null | undefined;
  /** Date of service on or before this date. */
  serviceTo?: string | null | undefined;
  /** Any of these statuses. */
  status?: Array<ClaimStatus> | null | undefined;
};

/** Where a claim is in its life, from draft to paid (or written off). */
export type ClaimStatus =
  /** Accepted for adjudication by the payer; awaiting payment. */
  | 'ACCEPTED'
  /** A denial is under appeal. */
  | 'APPEALED'
  /** Adjudicated with no payment. */
  | 'DENIED'
  /** Being prepared; not sent to the payer. */
  | 'DRAFT'
  /** Adjudicated and paid. */
  | 'PAID'
  /** Adjudicated with some lines or amounts not paid. */
  | 'PARTIALLY_PAID'
  /** Sent to the payer (or clearinghouse). */
  | 'SUBMITTED'
  /** Closed without (further) payment. */
  | 'WRITTEN_OFF';

/** The claim form. */
export type ClaimType =
  /** Institutional claim (837I / UB-04): facility program days (PHP, IOP, residential). */
  | 'INSTITUTIONAL'
  /** Professional claim (837P / CMS-1500): a clinician’s services. */
  | 'PROFESSIONAL';

/** Where a provider stands in credentialing with a payer. */
export type CredentialingStatus =
  /** Application sent, not yet in review. */
  | 'APPLIED'
  /** The payer declined to credential the provider. */
  | 'DENIED'
  /** Credentialed: may bill for dates within the effective range. */
  | 'ENROLLED'
  /** In review by the payer. */
  | 'PENDING'
  /** Was credentialed; ended on the effective-to date. */
  | 'TERMINATED';

/** The licensure of a clinician; payers credential and pay by it. */
export type LicensureType =
  /** Licensed or certified addiction (alcohol and drug) counselor. */
  | 'ADDICTION_COUNSELOR'
  /** Licensed clinical social worker. */
  | 'LCSW'
  /** Licensed marriage and family therapist. */
  | 'LMFT'
  /** Licensed professional counselor or licensed mental health counselor. */
  | 'LPC_LMHC'
  /** Physician assistant. */
  | 'PA'
  /** Certified peer support specialist. */
  | 'PEER_SPECIALIST'
  /** Psychiatric-mental health nurse practitioner. */
  | 'PSYCHIATRIC_NP'
  /** Psychiatrist (MD/DO). */
  | 'PSYCHIATRIST'
  /** Licensed clinical psychologist (PhD/PsyD). */
  | 'PSYCHOLOGIST';

/** The kind of payer, which decides much of how claims are judged. */
export type PayerKind =
  /** A commercial (employer or individual) health plan. */
  | 'COMMERCIAL'
  /** A managed-care organization administering Medicaid. */
  | 'MANAGED_MEDICAID'
  /** A state Medicaid program, fee-for-service. */
  | 'MEDICAID'
  /** Traditional Medicare (Part A/B fee-for-service). */
  | 'MEDICARE'
  /** TRICARE, the US military health program. */
  | 'TRICARE';

export type ClaimsPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ClaimFilter | null | undefined;
}>;


export type ClaimsPageQuery = { claims: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, patientControlNumber: string, claimType: ClaimType, status: ClaimStatus, serviceFrom: string, serviceTo: string, totalCharge: string, payer: { name: string, kind: PayerKind, policyId: string }, renderingProvider: { npi: string, displayName: string, licensureType: LicensureType } | null, diagnoses: Array<{ position: number, icd10Code: string }>, lines: Array<{ lineNumber: number, serviceDate: string, procedureCode: string, modifiers: Array<string>, units: number, chargeAmount: string, diagnosisPointers: Array<number> }> } }> } };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'Appeal', id: string }
    | { __typename: 'Authorization', id: string }
    | { __typename: 'Claim', patientControlNumber: string, totalCharge: string, id: string }
    | { __typename: 'ClaimLine', id: string }
    | { __typename: 'Coverage', id: string }
    | { __typename: 'Diagnosis', id: string }
    | { __typename: 'Episode', id: string }
    | { __typename: 'Location', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Part2Consent', id: string }
    | { __typename: 'Patient', id: string }
    | { __typename: 'Payer', id: string }
    | { __typename: 'Program', id: string }
    | { __typename: 'ProgramDay', id: string }
    | { __typename: 'Provider', id: string }
    | { __typename: 'ProviderEnrollment', id: string }
    | { __typename: 'Remittance', id: string }
    | { __typename: 'Session', id: string }
    | { __typename: 'TreatmentPlan', id: string }
   | null };

export type PayersQueryVariables = Exact<{ [key: string]: never; }>;


export type PayersQuery = { payers: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: PayerKind, policyId: string, payerCode: string } }> } };

export type ProvidersQueryVariables = Exact<{
  first: number;
  licensureType?: LicensureType | null | undefined;
}>;


export type ProvidersQuery = { providers: { totalCount: number, edges: Array<{ node: { id: string, npi: string, displayName: string, licensureType: LicensureType, enrollments: Array<{ status: CredentialingStatus, effectiveFrom: string | null, payer: { name: string } }> } }> } };

export type PatientClaimsQueryVariables = Exact<{
  first: number;
}>;


export type PatientClaimsQuery = { patients: { totalCount: number, edges: Array<{ node: { id: string, mrn: string, coverages: Array<{ memberId: string, priority: number, payer: { name: string } }>, claims: { totalCount: number, edges: Array<{ node: { patientControlNumber: string, status: ClaimStatus } }> } } }> } };

export type ClaimCountQueryVariables = Exact<{
  filter?: ClaimFilter | null | undefined;
}>;


export type ClaimCountQuery = { claims: { totalCount: number } };

export type PatientNamesQueryVariables = Exact<{
  first: number;
}>;


export type PatientNamesQuery = { patients: { totalCount: number, edges: Array<{ node: { id: string, firstName: string, lastName: string, dateOfBirth: string } }> } };

export type ClaimDatesQueryVariables = Exact<{
  first: number;
}>;


export type ClaimDatesQuery = { claims: { edges: Array<{ node: { id: string, serviceFrom: string, lines: Array<{ serviceDate: string }> } }> } };


export const ClaimsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patientControlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"claimType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"serviceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"serviceTo"}},{"kind":"Field","name":{"kind":"Name","value":"totalCharge"}},{"kind":"Field","name":{"kind":"Name","value":"payer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"renderingProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"npi"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"licensureType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diagnoses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"icd10Code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNumber"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDate"}},{"kind":"Field","name":{"kind":"Name","value":"procedureCode"}},{"kind":"Field","name":{"kind":"Name","value":"modifiers"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"chargeAmount"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosisPointers"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClaimsPageQuery, ClaimsPageQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientControlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"totalCharge"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const PayersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Payers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"payerCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PayersQuery, PayersQueryVariables>;
export const ProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Providers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"licensureType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LicensureType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"licensureType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"licensureType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"npi"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"licensureType"}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"payer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProvidersQuery, ProvidersQueryVariables>;
export const PatientClaimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientClaims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mrn"}},{"kind":"Field","name":{"kind":"Name","value":"coverages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"payer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patientControlNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PatientClaimsQuery, PatientClaimsQueryVariables>;
export const ClaimCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ClaimCountQuery, ClaimCountQueryVariables>;
export const PatientNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PatientNamesQuery, PatientNamesQueryVariables>;
export const ClaimDatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimDates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceDate"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClaimDatesQuery, ClaimDatesQueryVariables>;