import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Tests run on a fixed calendar day (the demo seed and every "today" follow it); set PRAXIS_TODAY to try another. */
const TEST_TODAY = process.env.PRAXIS_TODAY ?? '2026-11-16';

export default defineConfig({
  resolve: {
    // One graphql instance: vite would otherwise load the ESM build for our code and the
    // CommonJS build for type-graphql and Apollo ("Cannot use GraphQLSchema from another realm").
    alias: [
      { find: /^graphql$/, replacement: 'graphql/index.js' },
      { find: /^graphql\/(.*)\.mjs$/, replacement: 'graphql/$1.js' },
    ],
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    globalSetup: [path.resolve(here, 'src/test/global-setup.ts')],
    setupFiles: [path.resolve(here, 'src/test/setup.ts')],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // ESM builds that import graphql would get its ESM entry; inlined, they take the alias above.
    server: { deps: { inline: [/@apollo\/server/, /@as-integrations/, /graphql-query-complexity/] } },
    env: { NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', PRAXIS_TODAY: TEST_TODAY },
  },
});
