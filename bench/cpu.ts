// CPU time per request, on both sides of the wire: the server's own process (it reports
// `process.cpuUsage()` with its statistics, bench/servers/protocol.ts) and PostgreSQL's
// processes, read here from Linux's /proc. Each round exercises one server, so what PostgreSQL
// spent during it is that server's. On a machine whose few cores the server, PostgreSQL and the
// load generator share, both sides count: throughput is bounded by their sum.

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ, nearly always 100). */
function clockTicks(): number {
  try {
    const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isFinite(ticks) && ticks > 0 ? ticks : 100;
  } catch {
    return 100;
  }
}

let ticksPerSecond: number | null = null;

/** CPU seconds (user and system) of one process from /proc/<pid>/stat, with its command name. */
function processCpu(pid: string): { name: string; seconds: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may itself hold spaces; the fields follow it.
    const close = stat.lastIndexOf(')');
    const name = stat.slice(stat.indexOf('(') + 1, close);
    const fields = stat.slice(close + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    ticksPerSecond ??= clockTicks();
    return { name, seconds: (Number(fields[11]) + Number(fields[12])) / ticksPerSecond };
  } catch {
    return null; // gone since the directory was listed
  }
}

/** CPU seconds so far of each PostgreSQL process on this machine, by pid. */
export type PostgresCpu = ReadonlyMap<number, number>;

/**
 * Reads the CPU seconds of every local PostgreSQL process (postmaster, backends, background
 * workers), or null where that cannot be done: no /proc (not Linux), or no process named
 * `postgres` (the database is on another machine).
 */
export function postgresCpu(): PostgresCpu | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const cpu = new Map<number, number>();
  for (const pid of pids) {
    const process = processCpu(pid);
    if (process?.name === 'postgres') {
      cpu.set(Number(pid), process.seconds);
    }
  }
  return cpu.size > 0 ? cpu : null;
}

/**
 * PostgreSQL's CPU seconds between two readings: what each process spent since the first (all
 * of it for one started since). A process that ended in between (a parallel worker) is missed.
 */
export function postgresCpuBetween(before: PostgresCpu | null, after: PostgresCpu | null): number | null {
  if (before === null || after === null) {
    return null;
  }
  let seconds = 0;
  for (const [pid, now] of after) {
    seconds += now - (before.get(pid) ?? 0);
  }
  return seconds;
}
