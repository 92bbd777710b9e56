// parity scrub: judges every open claim of the configured database with its payer's policy plugin
// (the same loader and engine as the API) and prints a summary by payer, and the rules that would
// deny them. Reads only.
import { parseArgs } from 'node:util';
import { loadPayerPolicies } from '../../payers/index.ts';
import { loadConfig } from '../../src/config.ts';
import { openDatabase, type PrismaClient } from '../../src/db/client.ts';
import { claimStatuses, type ClaimStatusValue } from '../../src/domain/claim-status.ts';
import { isCalendarDate, isoDate } from '../../src/domain/dates.ts';
import { loadClaimSnapshots } from '../../src/loaders/claim-snapshots.ts';
import { evaluate, UnknownPolicyError, type PolicyRegistry } from '../../src/policy/engine.ts';
import { organizationId, progress, runCommand, UsageError } from './shared.ts';

/** Open claims: every status but the settled ones (PAID, WRITTEN_OFF). */
export const openStatuses: readonly ClaimStatusValue[] = claimStatuses.filter((s) => s !== 'PAID' && s !== 'WRITTEN_OFF');

export interface ScrubOptions {
  organizationId: string;
  statuses: readonly ClaimStatusValue[];
  /** Only claims to this payer (its payer code). */
  payerCode?: string;
  /** The day claims are judged on (timely filing, consents). */
  today: string;
  /** Claims per batch loaded and judged together. */
  batchSize?: number;
}

export interface ScrubPayerRow {
  payer: string;
  claims: number;
  willPay: number;
  willBeDenied: number;
  withWarnings: number;
  /** Claims whose coverage names a policy plugin that is not installed. */
  notJudged: number;
}

export interface ScrubSummary {
  today: string;
  statuses: readonly ClaimStatusValue[];
  payers: ScrubPayerRow[];
  total: ScrubPayerRow;
  /** The deny rules, most frequent first: how many claims each would deny, and the CARC. */
  denyRules: Array<{ ruleId: string; claims: number; carcs: string[] }>;
  /** The claims that would be denied, by patient control number, with their deny rules. */
  denied: Array<{ patientControlNumber: string; status: string; payer: string; ruleIds: string[] }>;
}

const emptyRow = (payer: string): ScrubPayerRow => ({ payer, claims: 0, willPay: 0, willBeDenied: 0, withWarnings: 0, notJudged: 0 });

/**
 * Judges the open claims of an organization, a batch at a time.
 *
 * @param prisma - the database (unscoped: an operator's tool)
 * @param policies - the payer policy plugins
 * @param options - which claims, and the day they are judged on
 * @param onProgress - claims judged so far, of the total
 */
export async function scrubClaims(
  prisma: PrismaClient,
  policies: PolicyRegistry,
  options: ScrubOptions,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<ScrubSummary> {
  const claims = await prisma.claim.findMany({
    where: {
      organizationId: options.organizationId,
      status: { in: [...options.statuses] },
      ...(options.payerCode ? { payer: { payerCode: options.payerCode } } : {}),
    },
    select: { id: true, patientControlNumber: true, status: true, payer: { select: { name: true } } },
    orderBy: [{ serviceFrom: 'asc' }, { id: 'asc' }],
  });
  const rows = new Map<string, ScrubPayerRow>();
  const rules = new Map<string, { claims: number; carcs: Set<string> }>();
  const denied: ScrubSummary['denied'] = [];
  const batchSize = options.batchSize ?? 200;
  onProgress(0, claims.length);
  for (let start = 0; start < claims.length; start += batchSize) {
    const batch = claims.slice(start, start + batchSize);
    const snapshots = await loadClaimSnapshots(prisma, batch.map((c) => c.id), 'every row');
    for (const claim of batch) {
      const row = rows.get(claim.payer.name) ?? emptyRow(claim.payer.name);
      rows.set(claim.payer.name, row);
      row.claims += 1;
      const snapshot = snapshots.get(claim.id);
      let result;
      try {
        result = snapshot ? evaluate(policies, snapshot, { today: options.today }) : null;
      } catch (error) {
        if (!(error instanceof UnknownPolicyError)) {
          throw error;
        }
        result = null;
      }
      if (!result) {
        row.notJudged += 1;
        continue;
      }
      if (result.findings.some((f) => f.severity === 'warn')) {
        row.withWarnings += 1;
      }
      if (result.willPay) {
        row.willPay += 1;
        continue;
      }
      row.willBeDenied += 1;
      const ruleIds = [...new Set(result.findings.filter((f) => f.severity === 'deny').map((f) => f.ruleId))];
      for (const finding of result.findings.filter((f) => f.severity === 'deny')) {
        const rule = rules.get(finding.ruleId) ?? { claims: 0, carcs: new Set<string>() };
        rules.set(finding.ruleId, rule);
        if (finding.carc) {
          rule.carcs.add(finding.carc);
        }
      }
      for (const ruleId of ruleIds) {
        const rule = rules.get(ruleId);
        if (rule) {
          rule.claims += 1;
        }
      }
      denied.push({ patientControlNumber: claim.patientControlNumber, status: claim.status, payer: claim.payer.name, ruleIds });
    }
    onProgress(Math.min(start + batchSize, claims.length), claims.length);
  }
  const payers = [...rows.values()].sort((a, b) => a.payer.localeCompare(b.payer));
  const total = payers.reduce<ScrubPayerRow>(
    (sum, r) => ({
      payer: 'All payers',
      claims: sum.claims + r.claims,
      willPay: sum.willPay + r.willPay,
      willBeDenied: sum.willBeDenied + r.willBeDenied,
      withWarnings: sum.withWarnings + r.withWarnings,
      notJudged: sum.notJudged + r.notJudged,
    }),
    emptyRow('All payers'),
  );
  const denyRules = [...rules.entries()]
    .map(([ruleId, r]) => ({ ruleId, claims: r.claims, carcs: [...r.carcs].sort() }))
    .sort((a, b) => b.claims - a.claims || a.ruleId.localeCompare(b.ruleId));
  return { today: options.today, statuses: options.statuses, payers, total, denyRules, denied };
}

/** Columns padded to their widest cell; numbers right-aligned. */
export function formatTable(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => /^[\d.,%-]*$/.test(r[i] ?? '')));
  return all
    .map((r) => r.map((cell, i) => (numeric[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd())
    .join('\n');
}

const percent = (part: number, whole: number) => (whole === 0 ? '-' : `${((part / whole) * 100).toFixed(1)}%`);

/** The summary as the command prints it. */
export function formatSummary(summary: ScrubSummary, list: boolean): string {
  const judged = (r: ScrubPayerRow) => r.claims - r.notJudged;
  const payerRow = (r: ScrubPayerRow) => [r.payer, String(r.claims), String(r.willPay), String(r.willBeDenied), String(r.withWarnings), String(r.notJudged), percent(r.willBeDenied, judged(r))];
  const lines = [
    `Judged ${summary.total.claims} open claim(s) (${summary.statuses.join(', ')}) as of ${summary.today}.`,
    '',
    formatTable(['payer', 'claims', 'will pay', 'would be denied', 'with warnings', 'not judged', 'denial risk'], [...summary.payers.map(payerRow), payerRow(summary.total)]),
  ];
  if (summary.denyRules.length > 0) {
    lines.push('', 'Rules that would deny them:', '', formatTable(['rule', 'claims', 'CARC'], summary.denyRules.map((r) => [r.ruleId, String(r.claims), r.carcs.join(' ')])));
  }
  if (list && summary.denied.length > 0) {
    lines.push('', 'Claims that would be denied:', '', formatTable(['claim', 'status', 'payer', 'rules'], summary.denied.map((d) => [d.patientControlNumber, d.status, d.payer, d.ruleIds.join(', ')])));
  }
  return lines.join('\n');
}

/** @param argv - the command's arguments */
export function scrubCommand(argv: string[], program = 'parity scrub'): Promise<number> {
  const usage = `usage: ${program} [--status S[,S]] [--payer CODE] [--today YYYY-MM-DD] [--list] [--json] [--org ID]

  Judges every open claim (${openStatuses.join(', ')} unless --status says otherwise) with its payer's
  policy plugin and prints how many will pay or would be denied, by payer, and the deny rules.
  --list names each claim that would be denied; --json prints the whole summary.`;
  return runCommand(argv, async () => {
    const { values } = parseArgs({
      args: argv,
      options: {
        status: { type: 'string' },
        payer: { type: 'string' },
        today: { type: 'string', default: isoDate(new Date()) },
        list: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        org: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      console.log(usage);
      return 0;
    }
    const statuses = values.status ? values.status.split(',').map((s) => s.trim().toUpperCase()) : [...openStatuses];
    for (const status of statuses) {
      if (!claimStatuses.includes(status as ClaimStatusValue)) {
        throw new UsageError(`--status: "${status}" is not a claim status (${claimStatuses.join(', ')}).`);
      }
    }
    if (!isCalendarDate(values.today)) {
      throw new UsageError('--today is a date written YYYY-MM-DD.');
    }
    const db = await openDatabase(loadConfig().database);
    const bar = progress('Judging claims');
    try {
      const summary = await scrubClaims(
        db.prisma,
        await loadPayerPolicies(),
        { organizationId: await organizationId(db.prisma, values.org), statuses: statuses as ClaimStatusValue[], payerCode: values.payer, today: values.today },
        bar.update,
      );
      bar.stop();
      console.log(values.json ? JSON.stringify(summary, null, 2) : formatSummary(summary, values.list));
    } finally {
      bar.stop();
      await db.close();
    }
  }, usage);
}
