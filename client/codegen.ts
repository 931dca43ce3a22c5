import type { CodegenConfig } from '@graphql-codegen/cli';

// Reads the committed schema, never a running server, so codegen and build work offline.
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.{vue,ts}', '!src/gql/**/*', '!src/**/*.test.ts'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: true,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: {
          DateTimeISO: 'string',
          JSONObject: 'Record<string, unknown>',
          // Integer minor units (cents); exact in a JS number up to 2^53.
          Money: 'number',
        },
      },
    },
  },
};

export default config;
