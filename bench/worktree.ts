// Another revision of Parity, checked out beside this one, for `npm run bench -- --against <ref>`:
// a git worktree in the system's temporary directory, with this checkout's node_modules when the
// two lockfiles are the same (an install of its own otherwise), removed when the comparison ends.

import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A revision that cannot be compared: said without a stack trace. */
export class UsageError extends Error {}

export interface OtherTree {
  /** The worktree's root directory. */
  root: string;
  /** The commit checked out (full hash). */
  commit: string;
  /** Removes the worktree. */
  remove(): Promise<void>;
}

/** Runs git in `cwd`; its standard output, trimmed. */
export async function git(cwd: string, ...args: string[]): Promise<string> {
  return (await run('git', args, { cwd, maxBuffer: 16 * 1024 * 1024 })).stdout.trim();
}

function migrationsOf(root: string): string[] {
  const dir = path.join(root, 'prisma', 'migrations');
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : [];
}

/**
 * The commit a ref names.
 *
 * @throws UsageError when it names none
 */
export async function resolveCommit(root: string, ref: string): Promise<string> {
  try {
    return await git(root, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
  } catch {
    throw new UsageError(`--against ${ref}: not a commit, branch or tag of this repository`);
  }
}

/**
 * Checks out `ref` of the repository at `root` into a worktree of its own.
 *
 * @param root - this checkout
 * @param ref - a commit, branch or tag
 * @throws UsageError when the ref is unknown, predates the benchmark's Parity server, or has
 *   migrations this checkout lacks (both servers run on the benchmark database, migrated to this
 *   checkout's schema)
 */
export async function checkoutTree(root: string, ref: string, log: (line: string) => void): Promise<OtherTree> {
  const commit = await resolveCommit(root, ref);
  const dir = path.join(os.tmpdir(), `parity-bench-${commit.slice(0, 12)}`);
  // A worktree left by an interrupted run is replaced.
  await git(root, 'worktree', 'remove', '--force', dir).catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
  await git(root, 'worktree', 'prune');
  await git(root, 'worktree', 'add', '--detach', dir, commit);
  const remove = async () => {
    await git(root, 'worktree', 'remove', '--force', dir).catch(() => rmSync(dir, { recursive: true, force: true }));
  };
  try {
    if (!existsSync(path.join(dir, 'bench', 'servers', 'parity.ts'))) {
      throw new UsageError(`--against ${ref}: that revision predates the benchmark's Parity server (bench/servers/parity.ts)`);
    }
    const ours = new Set(migrationsOf(root));
    const theirs = migrationsOf(dir).filter((name) => !ours.has(name));
    if (theirs.length > 0) {
      throw new UsageError(
        `--against ${ref}: that revision has migrations this checkout lacks (${theirs.join(', ')}); both servers run on the ` +
          'benchmark database migrated to this checkout\'s schema, so compare from the newer checkout against the older revision',
      );
    }
    const lock = (tree: string) => readFileSync(path.join(tree, 'package-lock.json'), 'utf8');
    if (lock(dir) === lock(root)) {
      symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    } else {
      log(`${ref} has other dependencies (package-lock.json differs): installing them in ${dir}...`);
      await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
    }
  } catch (error) {
    await remove();
    throw error;
  }
  return { root: dir, commit, remove };
}
