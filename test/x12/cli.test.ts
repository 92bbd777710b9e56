import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EligibilityAnswer } from '../../src/x12/eligibility.ts';

// The commands that need no database; export and import-835 run against a database in the
// integration tests through the same functions.
const root = path.resolve(import.meta.dirname, '../..');

function x12(...args: string[]) {
  return spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/x12.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
}

describe('npm run x12', () => {
  it('prints a 271 as eligibility answers', () => {
    const run = x12('read-271', 'test/fixtures/x12/eligibility-active.271', '--service', '30,MH,A8', '--date', '2026-07-01');
    expect(run.status, run.stderr).toBe(0);
    const answers = JSON.parse(run.stdout) as EligibilityAnswer[];
    expect(answers.map((a) => [a.memberId, a.covered, a.authorizationRequired, a.sessionsLeft, a.serviceDate])).toEqual([['NWH100000000', true, true, 12, '2026-07-01']]);
  });

  it('says what is wrong with a command line or a file', () => {
    const unknown = x12('send');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown command "send"[\s\S]*usage: npm run x12/);
    const wrongFile = x12('read-271', 'test/fixtures/x12/northwind-era.835');
    expect(wrongFile.status).toBe(1);
    expect(wrongFile.stderr).toMatch(/Expected 271 transaction sets; transaction set 0001 is an 835\. \[UNEXPECTED_TRANSACTION\]/);
  });
});
