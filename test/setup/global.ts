import type { TestProject } from 'vitest/node';
import { adminQuery, buildPgliteTemplates, buildPostgresTemplates } from './templates.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplates: { empty: string; seeded: string };
    postgresTemplates: { empty: string; seeded: string };
  }
}

// Vitest may set up both database projects at once in this process; template builds take
// turns so the two do not compete for the two cores.
// This module may be evaluated once per project, so the queue lives on globalThis.
const queueKey = Symbol.for('parity.testTemplateQueue');
const shared = globalThis as typeof globalThis & { [queueKey]?: Promise<unknown> };

/** Builds the template databases for this project's database kind, once per run. */
export default function setup(project: TestProject): Promise<() => Promise<void>> {
  const run = (shared[queueKey] ?? Promise.resolve()).then(() => build(project));
  shared[queueKey] = run.catch(() => undefined);
  return run;
}

async function build(project: TestProject): Promise<() => Promise<void>> {
  const kind = project.config.env?.PARITY_TEST_DB;
  if (kind === 'pglite') {
    project.provide('pgliteTemplates', await buildPgliteTemplates());
    return async () => {};
  }
  const runId = `${process.pid}_${Date.now().toString(36)}`;
  const names = await buildPostgresTemplates(runId);
  project.provide('postgresTemplates', names);
  return async () => {
    for (const name of Object.values(names)) {
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  };
}
