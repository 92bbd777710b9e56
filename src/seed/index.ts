import { loadPayerPolicies } from '../../payers/index.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { buildDemoClinic, defaultSeed, demoOrganizationId, demoTables, type DemoClinic, type DemoClinicOptions } from './demo-clinic.ts';

export { buildDemoClinic, defaultSeed, demoOrganizationId, demoTables };

/** Reports seeding progress: rows written so far out of the total. */
export type SeedProgress = (done: number, total: number, table: string) => void;

const chunkSize = 2_000;

/**
 * Writes the demo clinic group into an empty database, in one transaction.
 *
 * @param prisma - the client of the database to fill
 * @param options - seed, anchor date ("today" of the data) and size
 * @param onProgress - called after each batch of rows
 * @returns rows written per table
 */
export async function seedDemoClinic(
  prisma: PrismaClient,
  options: DemoClinicOptions,
  onProgress: SeedProgress = () => {},
): Promise<Record<keyof DemoClinic, number>> {
  const data = buildDemoClinic(options, await loadPayerPolicies());
  const total = demoTables.reduce((sum, table) => sum + data[table].length, 0);
  let done = 0;
  await prisma.$transaction(
    async (tx) => {
      for (const table of demoTables) {
        const rows: object[] = data[table];
        const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
        const list = columns.map((c) => `"${c}"`).join(', ');
        // One statement per chunk: PostgreSQL turns the JSON into typed rows (dates, enums,
        // arrays, decimals) itself, which is many times faster than per-row parameters.
        const sql = `INSERT INTO "${tableOf[table]}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${tableOf[table]}", $1::json)`;
        for (let i = 0; i < rows.length; i += chunkSize) {
          const chunk = rows.slice(i, i + chunkSize);
          await tx.$executeRawUnsafe(sql, JSON.stringify(chunk));
          done += chunk.length;
          onProgress(done, total, table);
        }
      }
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
  return Object.fromEntries(demoTables.map((t) => [t, data[t].length])) as Record<keyof DemoClinic, number>;
}

/** Whether the database holds no organization yet (the signal to seed on start). */
export async function isEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.organization.count()) === 0;
}

const tableOf = {
  organizations: 'Organization',
  locations: 'Location',
  programs: 'Program',
  payers: 'Payer',
  providers: 'Provider',
  programProviders: 'ProgramProvider',
  providerLicenses: 'ProviderLicense',
  providerEnrollments: 'ProviderEnrollment',
  userAccounts: 'UserAccount',
  programMemberships: 'ProgramMembership',
  patients: 'Patient',
  coverages: 'Coverage',
  part2Consents: 'Part2Consent',
  diagnoses: 'Diagnosis',
  episodes: 'Episode',
  levelOfCareTransitions: 'LevelOfCareTransition',
  authorizations: 'Authorization',
  concurrentReviews: 'ConcurrentReview',
  treatmentPlans: 'TreatmentPlan',
  sessions: 'Session',
  programDays: 'ProgramDay',
  programDayServices: 'ProgramDayService',
  claims: 'Claim',
  claimDiagnoses: 'ClaimDiagnosis',
  claimLines: 'ClaimLine',
  claimStatusChanges: 'ClaimStatusChange',
  remittances: 'Remittance',
  remittanceServiceLines: 'RemittanceServiceLine',
  remittanceAdjustments: 'RemittanceAdjustment',
  appeals: 'Appeal',
} as const satisfies Record<keyof DemoClinic, string>;
