// parity x12 <command> ... (or npm run x12 -- <command> ...): X12 batch files for the configured
// database (DATABASE_URL or PGLITE_DATA_DIR), used as it is (it is not migrated here). Commands:
// export (837P/837I), import-835, eligibility-request (270), read-271, and load-examples (the
// claims the example remittances pay). Run without a command for the usage.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config.ts';
import { openDatabase, type PrismaClient } from '../../src/db/client.ts';
import { claimStatuses, type ClaimStatusValue } from '../../src/domain/claim-status.ts';
import { isCalendarDate } from '../../src/domain/dates.ts';
import {
  eligibilityRequest,
  exportClaims,
  import835,
  read271,
  serviceTypesForLevelOfCare,
  type Import835Summary,
} from '../../src/x12/index.ts';
import { exampleClaims, loadExampleClaims } from '../../src/x12/example-claims.ts';
import { CommandError, organizationId as pickOrganization, progress, runCommand, UsageError } from './shared.ts';

const usageOf = (program: string) => `usage: ${program} <command> [options]

  export                write claims as an 837P and/or 837I interchange
      --claim PCN         a claim by patient control number (repeat for more)
      --status S[,S]      claims in these statuses (SUBMITTED, ACCEPTED...)
      --payer CODE        only claims to this payer
      --type T            professional or institutional only
      --phone N | --email A   submitter contact (one is required)
      --out-dir DIR       where to write the files (default .)
      --submitter-id ID, --receiver-id ID, --receiver-name NAME, --control-number N
      --test              mark the interchange as test data (ISA15 T)
      --preview           also write claims that are not submitted yet
  import-835 FILE       post an 835 remittance; reports what did not match
      --dry-run           check and match only; write nothing
      --payer CODE        the paying payer, when the file names it otherwise
      --json              print the whole summary as JSON
  eligibility-request   write a 270 for a member
      --payer CODE --member ID   whose coverage
      --service C[,C]     service type codes (default 30,MH) or --level PHP|IOP|OUTPATIENT|RESIDENTIAL|DETOX
      --date YYYY-MM-DD   date of service asked about (default today)
      --out FILE          where to write it (default standard output)
  load-examples         load the example claims the example remittances pay (empty database only)
  read-271 FILE         print a 271 as eligibility answers (JSON); no database
      --service C[,C]     the service types to judge coverage for (default 30,MH)
      --date YYYY-MM-DD   the date of service asked about, when the 271 states none

  --org ID              the organization (needed only when the database holds several)
`;

function parseX12Args(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      claim: { type: 'string', multiple: true },
      status: { type: 'string' },
      payer: { type: 'string' },
      type: { type: 'string' },
      phone: { type: 'string' },
      email: { type: 'string' },
      'out-dir': { type: 'string', default: '.' },
      'submitter-id': { type: 'string' },
      'receiver-id': { type: 'string' },
      'receiver-name': { type: 'string' },
      'control-number': { type: 'string' },
      test: { type: 'boolean', default: false },
      preview: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      member: { type: 'string' },
      service: { type: 'string' },
      level: { type: 'string' },
      date: { type: 'string' },
      out: { type: 'string' },
      org: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

type X12Values = ReturnType<typeof parseX12Args>['values'];

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function organizationId(prisma: PrismaClient, values: X12Values): Promise<string> {
  return pickOrganization(prisma, values.org);
}

async function exportCommand(prisma: PrismaClient, values: X12Values): Promise<number> {
  const statuses = list(values.status).map((s) => s.toUpperCase());
  for (const status of statuses) {
    if (!claimStatuses.includes(status as ClaimStatusValue)) {
      throw new UsageError(`--status: "${status}" is not a claim status (${claimStatuses.join(', ')}).`);
    }
  }
  const type = values.type?.toUpperCase();
  if (type !== undefined && type !== 'PROFESSIONAL' && type !== 'INSTITUTIONAL') {
    throw new UsageError('--type is professional or institutional.');
  }
  if (!values.phone && !values.email) {
    throw new UsageError('export needs a submitter contact: --phone or --email.');
  }
  const control = values['control-number'];
  if (control !== undefined && !/^\d{1,9}$/.test(control)) {
    throw new UsageError('--control-number is a whole number from 1 to 999999999.');
  }
  const bar = progress('Reading claims');
  const result = await exportClaims(
    prisma,
    {
      organizationId: await organizationId(prisma, values),
      patientControlNumbers: values.claim,
      status: statuses as ClaimStatusValue[],
      payerCode: values.payer,
      claimType: type,
      preview: values.preview,
    },
    {
      phone: values.phone,
      email: values.email,
      submitterId: values['submitter-id'],
      receiverId: values['receiver-id'],
      receiverName: values['receiver-name'],
      controlNumber: control === undefined ? undefined : Number(control),
      usage: values.test ? 'T' : 'P',
    },
    bar.update,
  );
  bar.stop();
  const dir = values['out-dir'] ?? '.';
  await mkdir(dir, { recursive: true });
  for (const document of result.documents) {
    const file = path.join(dir, `${document.type}-${document.controlNumber}.x12`);
    await writeFile(file, document.text);
    console.log(`Wrote ${file}: ${document.claimIds.length} claim(s), interchange ${document.controlNumber}.`);
  }
  if (result.documents.length === 0) {
    console.log('No claim could be written.');
  }
  for (const skipped of result.skipped) {
    console.log(`Skipped ${skipped.patientControlNumber || skipped.claimId}: ${skipped.issues.map((i) => `${i.message} [${i.code}]`).join(' ')}`);
  }
  return result.documents.length === 0 && result.skipped.length > 0 ? 1 : 0;
}

function percent(rate: number | null): string {
  return rate === null ? 'n/a' : `${(rate * 100).toFixed(1)}%`;
}

function printSummary(summary: Import835Summary): void {
  for (const payment of summary.payments) {
    console.log(`Payment ${payment.traceNumber} from ${payment.payerName} (${payment.payerCode}), ${payment.method} ${payment.total} on ${payment.paymentDate ?? 'an unstated date'}: ${payment.claimCount} claim(s).`);
  }
  console.table(
    summary.claims.map((c) => ({
      claim: c.patientControlNumber,
      'payer #': c.payerClaimControlNumber,
      CLP02: c.claimStatusCode,
      paid: c.paid,
      result: c.result,
      status: [c.fromStatus ?? '', ...c.statusChanges].filter((s) => s !== '').join(' -> '),
      reason: c.reason ? `${c.reason.code}: ${c.reason.message}` : '',
    })),
  );
  const n = summary.counts;
  console.log(
    `${summary.dryRun ? 'Dry run, nothing written. Would post' : 'Posted'} ${n.posted} of ${n.claimPayments} claim payment(s) (${summary.postedAmount}): ` +
      `${n.paid} paid, ${n.partiallyPaid} partially paid, ${n.denied} denied, ${n.reversed} reversed; ` +
      `${n.alreadyPosted} already posted, ${n.unmatched} unmatched, ${n.notPosted - n.unmatched} not posted for other reasons.`,
  );
  console.log(`Denial rate of this remittance: ${percent(summary.denialRate)}.`);
  for (const warning of summary.warnings) {
    console.log(`Warning: ${warning}`);
  }
}

async function payerDenialRates(prisma: PrismaClient, organization: string, payerCodes: string[]): Promise<void> {
  // The denial rate so far of each payer in the file: claims whose latest adjudication denied them.
  const rows = await prisma.$queryRaw<Array<{ payerCode: string; denied: number; adjudicated: number }>>`
    SELECT p."payerCode", count(*) FILTER (WHERE c.status = 'DENIED')::int AS denied,
           count(*) FILTER (WHERE c.status IN ('PAID', 'PARTIALLY_PAID', 'DENIED'))::int AS adjudicated
    FROM "Claim" c JOIN "Payer" p ON p.id = c."payerId"
    WHERE c."organizationId" = ${organization}::uuid AND p."payerCode" = ANY(${payerCodes})
    GROUP BY p."payerCode" ORDER BY p."payerCode"`;
  for (const row of rows) {
    console.log(`Denial rate of ${row.payerCode} now: ${percent(row.adjudicated === 0 ? null : row.denied / row.adjudicated)} (${row.denied} denied of ${row.adjudicated} adjudicated claims).`);
  }
}

async function import835Command(prisma: PrismaClient, values: X12Values, file: string): Promise<void> {
  const content = await readFile(file, 'utf8');
  const organization = await organizationId(prisma, values);
  const bar = progress('Posting');
  const summary = await import835(prisma, content, {
    organizationId: organization,
    dryRun: values['dry-run'],
    payerCode: values.payer,
    onProgress: bar.update,
  });
  bar.stop();
  if (values.json) {
    console.log(JSON.stringify(summary, null, 2));
    return;
  }
  printSummary(summary);
  await payerDenialRates(prisma, organization, [...new Set(summary.payments.map((p) => p.payerCode))]);
}

async function eligibilityCommand(prisma: PrismaClient, values: X12Values): Promise<void> {
  if (!values.payer || !values.member) {
    throw new UsageError('eligibility-request needs --payer CODE and --member ID.');
  }
  if (values.date !== undefined && !isCalendarDate(values.date)) {
    throw new UsageError('--date is a date written YYYY-MM-DD.');
  }
  const level = values.level?.toUpperCase();
  if (level !== undefined && !(level in serviceTypesForLevelOfCare)) {
    throw new UsageError(`--level is one of ${Object.keys(serviceTypesForLevelOfCare).join(', ')}.`);
  }
  const { text, inquiry } = await eligibilityRequest(prisma, {
    organizationId: await organizationId(prisma, values),
    payerCode: values.payer,
    memberId: values.member,
    serviceTypeCodes: list(values.service),
    levelOfCare: level as keyof typeof serviceTypesForLevelOfCare | undefined,
    date: values.date,
  });
  if (values.out) {
    await writeFile(values.out, text);
    console.log(`Wrote ${values.out}: 270 for member ${inquiry.subscriber.memberId}, trace number ${inquiry.traceNumber}, service types ${inquiry.serviceTypeCodes.join(', ')}.`);
  } else {
    process.stdout.write(text);
  }
}

/** Runs a command on the configured database, as it is: migrate and seed it first (npm start or npm run db:seed). */
async function withDatabase<T>(run: (prisma: PrismaClient) => Promise<T>): Promise<T> {
  const db = await openDatabase(loadConfig().database);
  try {
    return await run(db.prisma);
  } finally {
    await db.close();
  }
}

/**
 * @param argv - the command's arguments (the X12 command first)
 * @param program - how the usage names the command
 */
export function x12Command(argv: string[], program = 'parity x12'): Promise<number> {
  const usage = usageOf(program);
  return runCommand(argv, async () => {
    const { values, positionals } = parseX12Args(argv);
    const [command, file] = positionals;
    if (values.help || !command) {
      console.log(usage);
      return 0;
    }
    switch (command) {
      case 'export':
        return withDatabase((prisma) => exportCommand(prisma, values));
      case 'import-835':
        if (!file) {
          throw new UsageError('import-835 needs the file to import.');
        }
        return withDatabase((prisma) => import835Command(prisma, values, file));
      case 'eligibility-request':
        return withDatabase((prisma) => eligibilityCommand(prisma, values));
      case 'load-examples':
        return withDatabase(async (prisma) => {
          await loadExampleClaims(prisma);
          console.log(`Loaded ${exampleClaims.length} example claims (see src/x12/example-claims.ts).`);
        });
      case 'read-271': {
        if (!file) {
          throw new UsageError('read-271 needs the file to read.');
        }
        if (values.date !== undefined && !isCalendarDate(values.date)) {
          throw new UsageError('--date is a date written YYYY-MM-DD.');
        }
        const answers = read271(await readFile(file, 'utf8'), { serviceTypeCodes: list(values.service), serviceDate: values.date });
        console.log(JSON.stringify(answers, null, 2));
        return;
      }
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  }, usage);
}
