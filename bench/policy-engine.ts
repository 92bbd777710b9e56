// Policy-engine benchmark (a script that prints figures, never a test): evaluations per second of
// typical outpatient claims on prepared snapshots, beside a baseline measured in the same run:
// the cost of building the same snapshot objects alone. Rounds alternate (build, evaluate, build,
// evaluate...) so machine noise hits both; the medians and their ratio are printed.
//
//   npm run bench:policy [-- --claims 50000 --rounds 5]

import os from 'node:os';
import { parseArgs } from 'node:util';
import { loadPayerPolicies } from '../payers/index.ts';
import { addDays } from '../src/policy/dates.ts';
import { evaluate } from '../src/policy/engine.ts';
import type { ClaimSnapshot, LicensureType } from '../src/policy/types.ts';
import { buildClaim, defaultToday, session } from '../test/kit/build-claim.ts';

const { values } = parseArgs({
  options: { claims: { type: 'string', default: '50000' }, rounds: { type: 'string', default: '5' } },
});
const claims = Number(values.claims);
const rounds = Number(values.rounds);

/** A small deterministic generator (mulberry32), so every run judges the same claims. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const payers = ['medicare', 'example-medicaid', 'northwind-health', 'cascade-mutual', 'harbor-choice'];
const licensures: LicensureType[] = ['PSYCHIATRIST', 'PSYCHOLOGIST', 'LCSW', 'LPC_LMHC', 'LMFT', 'PSYCHIATRIC_NP'];
const medicaidModifier: Partial<Record<LicensureType, string>> = { PSYCHOLOGIST: 'HP', LCSW: 'HO', LPC_LMHC: 'HO', LMFT: 'HO' };
const codes = ['90832', '90834', '90834', '90837', '90837', '90846', '90847'];
const minutes = [30, 45, 45, 53, 60, 50, 50];

/**
 * Builds `n` typical outpatient claims (one or two psychotherapy lines, prior usage, sometimes an
 * authorization), each judged a week after its last date of service.
 */
function buildSnapshots(n: number): Array<{ snapshot: ClaimSnapshot; today: string }> {
  const next = random(20_240_101);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const snapshots: Array<{ snapshot: ClaimSnapshot; today: string }> = new Array(n);
  for (let i = 0; i < n; i++) {
    const date = addDays('2025-01-06', Math.floor(next() * 300));
    const payer = pick(payers);
    const licensureType = pick(licensures);
    const k = Math.floor(next() * codes.length);
    const code = codes[k] as string;
    const modifier = payer === 'example-medicaid' ? medicaidModifier[licensureType] : undefined;
    const line = { procedureCode: code, ...session(date, '15:00', minutes[k] as number), modifiers: modifier ? [modifier] : [] };
    const twoLines = next() < 0.2;
    const usage = Array.from({ length: Math.floor(next() * 12) }, (_, j) => ({
      serviceDate: addDays(date, -7 * (j + 1)),
      procedureCode: '90834',
      count: 1,
      units: 1,
    }));
    const snapshot = buildClaim(
      {
        date,
        lines: twoLines ? [line, { ...line, serviceDate: addDays(date, 7), ...session(addDays(date, 7), '15:00', minutes[k] as number) }] : [line],
        provider: { licensureType },
        usage,
        authorizations:
          next() < 0.3
            ? [
                {
                  id: `auth-${i}`,
                  status: 'APPROVED',
                  levelOfCare: null,
                  procedureCodes: [code],
                  startDate: addDays(date, -60),
                  endDate: addDays(date, 120),
                  unitType: 'VISITS',
                  unitsApproved: 24,
                  unitsUsed: Math.floor(next() * 24),
                  providerId: null,
                },
              ]
            : [],
      },
      payer,
    );
    snapshots[i] = { snapshot, today: defaultToday(snapshot) };
  }
  return snapshots;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const registry = await loadPayerPolicies();
const buildRates: number[] = [];
const evaluateRates: number[] = [];
let findings = 0;
let denied = 0;

// Warm-up: compile every plan and let the JIT settle.
for (const { snapshot, today } of buildSnapshots(5_000)) {
  evaluate(registry, snapshot, { today });
}

for (let round = 0; round < rounds; round++) {
  let start = process.hrtime.bigint();
  const snapshots = buildSnapshots(claims);
  buildRates.push(claims / (Number(process.hrtime.bigint() - start) / 1e9));

  start = process.hrtime.bigint();
  findings = 0;
  denied = 0;
  for (const { snapshot, today } of snapshots) {
    const result = evaluate(registry, snapshot, { today });
    findings += result.findings.length;
    if (!result.willPay) {
      denied += 1;
    }
  }
  evaluateRates.push(claims / (Number(process.hrtime.bigint() - start) / 1e9));
}

const build = median(buildRates);
const evaluations = median(evaluateRates);
const format = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(`Policy engine, ${claims.toLocaleString('en-US')} typical outpatient claims x ${rounds} rounds, one core (${os.cpus().length} on this machine, ${process.version})`);
console.log('');
console.log('| measure | per second (median) |');
console.log('|---|---:|');
console.log(`| baseline: build the claim snapshots | ${format(build)} |`);
console.log(`| evaluate the claims against their payer's policy | ${format(evaluations)} |`);
console.log('');
console.log(`evaluation / baseline: ${(evaluations / build).toFixed(2)}x`);
console.log(`findings per claim: ${(findings / claims).toFixed(2)}; claims with a deny finding: ${((100 * denied) / claims).toFixed(1)}%`);
console.log(`target (issue 3): 100,000 evaluations per second on one core -> ${evaluations >= 100_000 ? 'met' : 'NOT met'}`);
