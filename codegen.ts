import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operation documents for the tests (and the pattern a frontend repository follows):
// operations live in .graphql files; the client preset turns each into a TypedDocumentNode.
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  // Test operations, and the registered operations partners run by hash.
  documents: ['test/operations/**/*.graphql', 'src/graphql/persisted/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'test/__generated__/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', DateTime: 'string', Decimal: 'string' },
        strictScalars: true,
      },
    },
  },
};

export default config;
