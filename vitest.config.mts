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
      'client/vitest.config.{ts,mts}',
    ],
  },
});
