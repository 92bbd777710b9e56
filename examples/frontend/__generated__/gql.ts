/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query DraftsAtRisk($first: Int!) {\n  claims(first: $first, filter: {hasDenyFindings: true, status: [DRAFT]}) {\n    totalCount\n    edges {\n      node {\n        id\n        patientControlNumber\n        serviceFrom\n        totalCharge\n        payer {\n          name\n        }\n        judgement {\n          willPay\n          findings {\n            severity\n            ruleId\n            lineNumber\n            message\n            carc\n          }\n        }\n      }\n    }\n  }\n}\n\nquery PayerDenialRates {\n  analytics {\n    denialRate(groupBy: PAYER) {\n      rows {\n        label\n        adjudicated\n        denied\n        rate\n      }\n    }\n  }\n}": typeof types.DraftsAtRiskDocument,
};
const documents: Documents = {
    "query DraftsAtRisk($first: Int!) {\n  claims(first: $first, filter: {hasDenyFindings: true, status: [DRAFT]}) {\n    totalCount\n    edges {\n      node {\n        id\n        patientControlNumber\n        serviceFrom\n        totalCharge\n        payer {\n          name\n        }\n        judgement {\n          willPay\n          findings {\n            severity\n            ruleId\n            lineNumber\n            message\n            carc\n          }\n        }\n      }\n    }\n  }\n}\n\nquery PayerDenialRates {\n  analytics {\n    denialRate(groupBy: PAYER) {\n      rows {\n        label\n        adjudicated\n        denied\n        rate\n      }\n    }\n  }\n}": types.DraftsAtRiskDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DraftsAtRisk($first: Int!) {\n  claims(first: $first, filter: {hasDenyFindings: true, status: [DRAFT]}) {\n    totalCount\n    edges {\n      node {\n        id\n        patientControlNumber\n        serviceFrom\n        totalCharge\n        payer {\n          name\n        }\n        judgement {\n          willPay\n          findings {\n            severity\n            ruleId\n            lineNumber\n            message\n            carc\n          }\n        }\n      }\n    }\n  }\n}\n\nquery PayerDenialRates {\n  analytics {\n    denialRate(groupBy: PAYER) {\n      rows {\n        label\n        adjudicated\n        denied\n        rate\n      }\n    }\n  }\n}"): typeof import('./graphql').DraftsAtRiskDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
