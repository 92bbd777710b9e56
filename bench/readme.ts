// Quotes a benchmark result in the README's Performance section: the block between the
// bench:results markers gets the claims-page table and the ratios of the given results file.
//
//   npx tsx bench/readme.ts bench/results/<date>.md     (npm run bench -- --readme does it too)

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const start = '<!-- bench:results:start -->';
const end = '<!-- bench:results:end -->';

/**
 * Rewrites the README's results block from a report.
 *
 * @param resultsFile - the report's path, relative to the repository
 * @param report - the report's Markdown
 * @returns whether the README had the block
 */
export async function quoteInReadme(resultsFile: string, report: string): Promise<boolean> {
  const readmePath = path.join(root, 'README.md');
  const readme = await readFile(readmePath, 'utf8');
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) {
    return false;
  }
  const section = (first: string, until: string) => {
    const a = report.indexOf(first);
    const b = report.indexOf(until, a);
    return a < 0 ? '' : report.slice(a, b < 0 ? undefined : b).trim();
  };
  const machine = /^Machine: ([^;]+); Node ([^;]+);/m.exec(report);
  const block = [
    start,
    `Latest run (\`${resultsFile}\`${machine ? `, ${machine[1]}, Node ${machine[2]}` : ''}): a page of 50 claims with their lines, payer and rendering provider.`,
    '',
    section('| server | requests/s', '\n\n'),
    '',
    section('| ratio |', '\n\n'),
    end,
  ].join('\n');
  await writeFile(readmePath, readme.slice(0, from) + block + readme.slice(to + end.length));
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npx tsx bench/readme.ts bench/results/<date>.md');
    process.exit(2);
  }
  const ok = await quoteInReadme(path.relative(root, path.resolve(file)), await readFile(file, 'utf8'));
  console.log(ok ? 'README.md: Performance section updated.' : 'README.md has no bench:results markers: not updated.');
}
