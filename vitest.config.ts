// One suite, four projects: pure domain tests, web unit tests, and the API integration tests
// run twice — on embedded PGlite and on a PostgreSQL server.
import { defineConfig } from 'vitest/config';

const api = (leg: 'pglite' | 'postgres') => ({
  test: {
    name: `api-${leg}`,
    include: ['apps/api/src/**/*.test.ts'],
    globalSetup: ['apps/api/src/testing/global-setup.ts'],
    env: { RB_TEST_LEG: leg },
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks' as const,
  },
});

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'domain', include: ['packages/*/src/**/*.test.ts'] } },
      { test: { name: 'web', include: ['apps/web/src/**/*.test.ts'] } },
      api('pglite'),
      api('postgres'),
    ],
  },
});
