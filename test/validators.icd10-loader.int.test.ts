// The loader of the official CMS ICD-10-CM order file (`npm run codes:icd10 -- <file>`), on a
// small fixture in the CMS layout (CRLF line ends, categories and billable codes, a long
// description beyond the short one's 60 columns): what it reads, what it adds over the shipped
// behavioral-health set, what --prune removes, and what a claim's diagnoses are checked against
// afterwards.

import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Icd10FileError, loadIcd10Codes, loadShippedIcd10Codes, parseIcd10OrderFile, SHIPPED_ICD10_RELEASE } from '../src/domain/codes/icd10.ts';
import { checkDiagnoses, Issues } from '../src/services/validate.ts';
import { createTestDatabase, databaseKind, type TestDatabase } from './setup/database.ts';

const fixture = new URL('./fixtures/icd10/icd10cm-order-2026-sample.txt', import.meta.url);

describe(`loading an ICD-10-CM order file (${databaseKind})`, { timeout: 120_000 }, () => {
  let db: TestDatabase;
  let text = '';

  beforeAll(async () => {
    db = await createTestDatabase('empty');
    text = await readFile(fixture, 'utf8');
  });
  afterAll(async () => {
    await db?.close();
  });

  async function diagnosisIssues(codes: string[]): Promise<string[]> {
    const issues = new Issues();
    await checkDiagnoses(db.prisma, issues, ['input', 'diagnoses'], codes);
    return issues.list.map((i) => `${i.path.join('.')}: ${i.code}`);
  }

  it('reads the CMS layout: codes with their dots, headers as not billable, the long description', () => {
    const rows = parseIcd10OrderFile(text);
    expect(rows).toHaveLength(13);
    expect(rows.slice(0, 4)).toEqual([
      { code: 'E11', billable: false, description: 'Type 2 diabetes mellitus' },
      { code: 'E11.9', billable: true, description: 'Type 2 diabetes mellitus without complications' },
      { code: 'E11.65', billable: true, description: 'Type 2 diabetes mellitus with hyperglycemia' },
      { code: 'F06.70', billable: true, description: 'Mild neurocognitive disorder due to known physiological condition without behavioral disturbance' },
    ]);
    // The same file with LF line ends, a byte-order mark and blank lines reads the same.
    expect(parseIcd10OrderFile(`\uFEFF${text.replaceAll('\r\n', '\n\n')}`)).toEqual(rows);
  });

  it('names the line of anything else in the file', () => {
    const lines = text.split('\r\n');
    const broken = [...lines.slice(0, 2), '00003 E11.65  1 a dot is not in the file layout', ...lines.slice(3)].join('\r\n');
    expect(() => parseIcd10OrderFile(broken)).toThrow(Icd10FileError);
    expect(() => parseIcd10OrderFile(broken)).toThrow(/^Line 3: /);
    expect(() => parseIcd10OrderFile('00001 E11     0 ')).toThrow(/^Line 1: /);
  });

  it('adds the release over the shipped set, idempotently; claims then take its billable codes and refuse its categories', async () => {
    const rows = parseIcd10OrderFile(text);
    const shippedBefore = await db.prisma.icd10Code.count({ where: { code: { in: rows.map((r) => r.code) } } });
    const total = await db.prisma.icd10Code.count();
    expect(await diagnosisIssues(['I10', 'E11.9'])).toEqual(['input.diagnoses.0: UNKNOWN_ICD10_CODE', 'input.diagnoses.1: UNKNOWN_ICD10_CODE']);

    const first = await loadIcd10Codes(db.prisma, rows, '2026');
    expect(first).toEqual({ rows: 13, inserted: 13 - shippedBefore, existing: shippedBefore, pruned: 0 });
    expect(await db.prisma.icd10Code.count()).toBe(total + 13 - shippedBefore);
    expect(await db.prisma.icd10Code.findUniqueOrThrow({ where: { code: 'F33.1' } })).toMatchObject({ billable: true, release: '2026' });
    expect(await diagnosisIssues(['i10', 'E11.9', 'J45.909'])).toEqual([]);
    expect(await diagnosisIssues(['E11', 'J45'])).toEqual(['input.diagnoses.0: ICD10_CODE_NOT_BILLABLE', 'input.diagnoses.1: ICD10_CODE_NOT_BILLABLE']);

    // Loading it again changes nothing; loading the shipped set again does not downgrade it.
    expect(await loadIcd10Codes(db.prisma, rows, '2026')).toEqual({ rows: 13, inserted: 0, existing: 13, pruned: 0 });
    expect((await loadShippedIcd10Codes(db.prisma)).inserted).toBe(0);
    expect((await db.prisma.icd10Code.findUniqueOrThrow({ where: { code: 'F33.1' } })).release).toBe('2026');
  });

  it('with --prune, leaves exactly the release: shipped codes it lacks are then unknown', async () => {
    const rows = parseIcd10OrderFile(text);
    const before = await db.prisma.icd10Code.count();
    expect(await diagnosisIssues(['F41.0'])).toEqual([]);
    const result = await loadIcd10Codes(db.prisma, rows, '2026', { prune: true });
    expect(result).toEqual({ rows: 13, inserted: 0, existing: 13, pruned: before - 13 });
    expect(await db.prisma.icd10Code.count()).toBe(13);
    expect(await db.prisma.icd10Code.count({ where: { release: SHIPPED_ICD10_RELEASE } })).toBe(0);
    expect(await diagnosisIssues(['F41.0', 'F41.1'])).toEqual(['input.diagnoses.0: UNKNOWN_ICD10_CODE']);
    // The shipped set loads back over it (start-up does this only on an empty table).
    expect((await loadShippedIcd10Codes(db.prisma)).inserted).toBe(before - 13);
  });

  it.skipIf(databaseKind !== 'postgres')('is what npm run codes:icd10 runs, against DATABASE_URL; a file of another layout changes nothing', async () => {
    const run = (file: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/codes-icd10.ts', file, '--release', '2026'], {
        env: { ...process.env, DATABASE_URL: db.url ?? '', NODE_ENV: 'test' },
        encoding: 'utf8',
        timeout: 60_000,
      });
    await db.prisma.icd10Code.deleteMany({ where: { code: { in: ['I10', 'E11.9'] } } });
    const loaded = run(fixture.pathname);
    expect(loaded.status, loaded.stderr).toBe(0);
    expect(loaded.stdout).toContain('Release 2026: 13 codes, 2 new, 11 already present');
    expect(await db.prisma.icd10Code.count({ where: { code: { in: ['I10', 'E11.9'] }, release: '2026' } })).toBe(2);

    const count = await db.prisma.icd10Code.count();
    const wrong = run(new URL('../package.json', import.meta.url).pathname);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('Line 1:');
    expect(wrong.stderr).not.toContain('    at ');
    expect(await db.prisma.icd10Code.count()).toBe(count);
  });
});
