import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operation documents for the tests (and the pattern a frontend repository follows):
// operations live in .graphql files; the client preset turns each into a TypedDocumentNode.
// Each target names its own documents (codegen adds root-level documents to every target).
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    'test/__generated__/': {
      // Test operations, the registered operations partners run by hash, and the examples
      // GraphiQL opens with (so that a schema change that breaks one fails here).
      documents: ['test/operations/**/*.graphql', 'src/graphql/persisted/*.graphql', 'src/graphql/examples/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', DateTime: 'string', Decimal: 'string', NPI: 'string', ICD10Code: 'string', ProcedureCode: 'string' },
        strictScalars: true,
      },
    },
    // The typed client of the example frontend (examples/frontend/README.md): documents as
    // strings with their types, for a plain fetch, no GraphQL runtime in the browser.
    'examples/frontend/__generated__/': {
      documents: ['examples/frontend/**/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', DateTime: 'string', Decimal: 'string', NPI: 'string', ICD10Code: 'string', ProcedureCode: 'string' },
        strictScalars: true,
      },
    },
  },
};

export default config;
