import { defineConfig } from 'vitest/config';

/**
 * Every vitest project of the workspace. The server suite runs twice, once per database:
 * SQLite (the embedded default) and PostgreSQL (production).
 */
export default defineConfig({
  test: {
    projects: [
      { extends: './server/vitest.config.mts', test: { name: 'server-sqlite', root: './server', env: { TEST_DB: 'sqlite' } } },
      { extends: './server/vitest.config.mts', test: { name: 'server-postgres', root: './server', env: { TEST_DB: 'postgresql' } } },
      {
        extends: './server/vitest.config.mts',
        test: { name: 'contract', root: '.', include: ['tests/contract/**/*.test.ts'], env: { TEST_DB: 'sqlite' } },
      },
      {
        extends: './server/vitest.config.mts',
        test: { name: 'scale-postgres', root: '.', include: ['tests/scale/**/*.test.ts'], env: { TEST_DB: 'postgresql' } },
      },
      {
        // Restarts a PostgreSQL cluster of its own (initdb in a temporary directory, a free port): never the shared one.
        // TEST_DB=sqlite only keeps the per-project template (unused here) off the shared server.
        extends: './server/vitest.config.mts',
        test: {
          name: 'fault-postgres',
          root: '.',
          include: ['tests/fault/**/*.test.ts'],
          env: { TEST_DB: 'sqlite' },
          testTimeout: 180_000,
        },
      },
      'client/vitest.config.{ts,mts}',
    ],
  },
});
