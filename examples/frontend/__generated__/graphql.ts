/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How a finding weighs on payment. */
export type FindingSeverity =
  /** The payer would deny the line or claim. */
  | 'DENY'
  /** Worth knowing; no effect on payment (a remark the payer adds, an undercoded session). */
  | 'INFO'
  /** Likely trouble (a warning from the payer, a documentation gap, a deadline close). */
  | 'WARN';

export type DraftsAtRiskQueryVariables = Exact<{
  first: number;
}>;


export type DraftsAtRiskQuery = { claims: { totalCount: number, edges: Array<{ node: { id: string, patientControlNumber: string, serviceFrom: string, totalCharge: string, payer: { name: string }, judgement: { willPay: boolean, findings: Array<{ severity: FindingSeverity, ruleId: string, lineNumber: number | null, message: string, carc: string | null }> } | null } }> } };

export type PayerDenialRatesQueryVariables = Exact<{ [key: string]: never; }>;


export type PayerDenialRatesQuery = { analytics: { denialRate: { rows: Array<{ label: string, adjudicated: number | null, denied: number | null, rate: number | null }> } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const DraftsAtRiskDocument = new TypedDocumentString(`
    query DraftsAtRisk($first: Int!) {
  claims(first: $first, filter: {hasDenyFindings: true, status: [DRAFT]}) {
    totalCount
    edges {
      node {
        id
        patientControlNumber
        serviceFrom
        totalCharge
        payer {
          name
        }
        judgement {
          willPay
          findings {
            severity
            ruleId
            lineNumber
            message
            carc
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DraftsAtRiskQuery, DraftsAtRiskQueryVariables>;
export const PayerDenialRatesDocument = new TypedDocumentString(`
    query PayerDenialRates {
  analytics {
    denialRate(groupBy: PAYER) {
      rows {
        label
        adjudicated
        denied
        rate
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PayerDenialRatesQuery, PayerDenialRatesQueryVariables>;