// npx tsx examples/frontend/claims-at-risk.ts: what a billing screen would show, from the typed
// client. PARITY_URL (http://127.0.0.1:4000/graphql by default) and PARITY_TOKEN say where and who.
import { createParityClient } from './client.ts';
import { DraftsAtRiskDocument, PayerDenialRatesDocument, type DraftsAtRiskQuery } from './__generated__/graphql.ts';

type ClaimAtRisk = DraftsAtRiskQuery['claims']['edges'][number]['node'];

/** One line per claim: its number, payer, charge, and the deny findings with their codes. */
function describeClaim(claim: ClaimAtRisk): string {
  const denials = (claim.judgement?.findings ?? []).filter((f) => f.severity === 'DENY');
  const reasons = denials.map((f) => `${f.ruleId}${f.carc ? ` (CARC ${f.carc})` : ''}`).join(', ');
  return `${claim.patientControlNumber}  ${claim.serviceFrom}  ${claim.payer.name}  $${claim.totalCharge}  ${reasons}`;
}

async function main(): Promise<void> {
  const token = process.env.PARITY_TOKEN;
  if (!token) {
    console.error('Set PARITY_TOKEN, for example: PARITY_TOKEN=$(npm run -s token -- --role BILLER)');
    process.exit(2);
  }
  const client = createParityClient({ url: process.env.PARITY_URL ?? 'http://127.0.0.1:4000/graphql', token });
  const atRisk = await client.request(DraftsAtRiskDocument, { first: 10 });
  console.log(`${atRisk.claims.totalCount} draft claim(s) would be denied as they stand. The first ${atRisk.claims.edges.length}:`);
  for (const { node } of atRisk.claims.edges) {
    console.log(`  ${describeClaim(node)}`);
  }
  const rates = await client.request(PayerDenialRatesDocument);
  console.log('Denial rate by payer:');
  for (const row of rates.analytics.denialRate.rows) {
    console.log(`  ${row.label}: ${row.rate === null ? 'n/a' : `${(row.rate * 100).toFixed(1)}%`}`);
  }
}

await main();
