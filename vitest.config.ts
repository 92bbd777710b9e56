import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Three projects: pure unit tests (engine, payer plugins, validators) run once; tests that need a
// database (*.int.test.ts) run twice, on embedded PGlite and on PostgreSQL, each file in a
// database of its own.
const integration = ['test/**/*.int.test.ts'];

export default defineConfig({
  resolve: {
    // Node resolves `graphql` to its CommonJS build (no "exports" map); Vite would pick the .mjs
    // build for source files, giving two copies of graphql in one process. Use Node's choice.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    // Vitest's default is one worker fewer than the cores: on a 2-core machine, one file at a
    // time. The integration files wait on PostgreSQL and on sockets as much as they compute, so
    // as many files run at once as there are cores.
    maxWorkers: Math.max(2, availableParallelism()),
    // A worker keeps the modules it has loaded from one file to the next (the built schema, the
    // payer plugins, Prisma's client) instead of loading them again for each of the 100 files.
    // Files share no state through them: each opens its own database and its own server, and
    // nothing in src/ keeps per-file state at module level.
    isolate: false,
    reporters: ['default', './test/setup/slowest-files.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'payers/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...integration, 'node_modules/**'],
          // A few run the command-line scripts as child processes; on two cores shared with the
          // integration projects, starting tsx alone can take longer than vitest's 5 s default.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'pglite',
          include: integration,
          env: { PARITY_TEST_DB: 'pglite', NODE_ENV: 'test' },
          globalSetup: ['test/setup/global.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: integration,
          env: { PARITY_TEST_DB: 'postgres', NODE_ENV: 'test' },
          globalSetup: ['test/setup/global.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
