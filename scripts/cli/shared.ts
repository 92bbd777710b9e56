// What the parity commands share: their two kinds of failure, the progress bar, and picking the
// organization of the configured database.
import { Presets, SingleBar } from 'cli-progress';
import type { PrismaClient } from '../../src/db/client.ts';
import { DomainError, ValidationError } from '../../src/errors.ts';

/** A mistake in the command line: the command's usage is shown, exit code 2. */
export class UsageError extends Error {}
/** A command that cannot run as asked (the message says why): exit code 1. */
export class CommandError extends Error {}

/** A command: its arguments (after the command's name) in, its exit code out. */
export type Command = (argv: string[]) => Promise<number>;

/**
 * Runs a command, printing what went wrong the way every parity command does: `--help` prints
 * its usage, a mistake in the command line exits with 2, a command that cannot run with 1.
 *
 * @param argv - the command's arguments
 * @param run - the command
 * @param usage - shown for --help and after a usage error
 */
export async function runCommand(argv: readonly string[], run: () => Promise<number | void>, usage: string): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    return 0;
  }
  try {
    return (await run()) ?? 0;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_'))) {
      console.error(`${(error as Error).message}\n\n${usage}`);
      return 2;
    }
    if (error instanceof CommandError) {
      console.error(error.message);
      return 1;
    }
    if (error instanceof ValidationError) {
      console.error(
        error.issues.length > 1
          ? `${error.message}\n${error.issues.map((i) => `  - ${i.message} [${i.code}]`).join('\n')}`
          : `${error.message} [${error.issues[0]?.code ?? error.code}]`,
      );
      return 1;
    }
    if (error instanceof DomainError) {
      console.error(`${error.message} [${error.code}]`);
      return 1;
    }
    if (code === 'P2021') {
      console.error('The database has no Parity tables yet: run the migrations first (parity migrate, or npm run db:migrate).');
      return 1;
    }
    throw error;
  }
}

/**
 * A progress bar on standard error for long work, shown only on a terminal and only once the
 * total reaches `threshold`.
 */
export function progress(label: string, threshold = 100): { update: (done: number, total: number) => void; stop: () => void } {
  let bar: SingleBar | null = null;
  return {
    update(done, total) {
      if (!bar && total >= threshold) {
        bar = new SingleBar({ format: `${label} {bar} {percentage}% | {value}/{total}`, hideCursor: true }, Presets.shades_classic);
        bar.start(total, done);
      }
      bar?.setTotal(total);
      bar?.update(done);
    },
    stop() {
      bar?.stop();
    },
  };
}

/**
 * The organization a command works on: `--org`, or the only one in the database.
 *
 * @param prisma - the configured database
 * @param org - the --org option
 */
export async function organizationId(prisma: PrismaClient, org: string | undefined): Promise<string> {
  if (org) {
    return org;
  }
  const organizations = await prisma.organization.findMany({ select: { id: true, name: true }, take: 10 });
  if (organizations.length === 1 && organizations[0]) {
    return organizations[0].id;
  }
  if (organizations.length === 0) {
    throw new CommandError('The database holds no organization (seed it first: npm run db:seed).');
  }
  throw new CommandError(`The database holds several organizations; pick one with --org:\n${organizations.map((o) => `  ${o.id}  ${o.name}`).join('\n')}`);
}
