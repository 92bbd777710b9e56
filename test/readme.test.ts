import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The README's shell blocks name npm scripts and parity commands that exist (its GraphQL blocks
// are run by readme.int.test.ts).

const root = path.resolve(import.meta.dirname, '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const shellBlocks = [...readme.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '');

describe('README.md commands', () => {
  const shell = shellBlocks.join('\n');
  const scripts = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const cli = readFileSync(path.join(root, 'scripts/cli.ts'), 'utf8');

  it('name npm scripts that exist', () => {
    const named = [...shell.matchAll(/npm run (?:-s )?([\w:-]+)/g)].map((m) => m[1] ?? '');
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((n) => !(n in scripts))).toEqual([]);
  });

  it('name parity commands that exist', () => {
    const named = [...shell.matchAll(/npm run -s parity -- ([\w-]+)/g)].map((m) => m[1] ?? '');
    expect(new Set(named)).toEqual(new Set(['migrate', 'seed', 'scrub', 'import-icd10', 'token', 'x12', 'operations']));
    for (const command of named) {
      expect(cli).toMatch(new RegExp(`^  '?${command}'?: \\{ run:`, 'm'));
    }
  });
});
