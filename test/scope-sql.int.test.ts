// One source of row rules: for generated callers (each role, on a Part 2 program's staff or not,
// with the consents on file in random states, the consented patients listed or left to the
// query), every model's SQL rendering of the rules (src/auth/scope-sql.ts, what raw statements
// use) admits exactly the rows the scoped Prisma client returns.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visibleSql } from '../src/auth/scope-sql.ts';
import { fullScope, isPatientRecord, modelRules, type AccessRules, type ModelName } from '../src/auth/scope.ts';
import { roles, purposeOfRole, type Role } from '../src/auth/viewer.ts';
import { loadAccessRules } from '../src/context.ts';
import { clientQuery } from '../src/db/driver.ts';
import { scopedClient } from '../src/db/scoped.ts';
import { Prisma } from '../src/generated/prisma/client.ts';
import { createTestDatabase, databaseKind, seedAnchorDate, type TestDatabase } from './setup/database.ts';

/** Models whose rows carry an id and are scoped by some rule (reference data has none). */
const scopedModels = (Object.keys(modelRules) as ModelName[]).filter((m) => {
  const rule = modelRules[m];
  return m !== 'ProgramMembership' && m !== 'ProgramProvider' && m !== 'Icd10Code' && (rule.org !== undefined || isPatientRecord(m) || rule.partner !== undefined);
});

type Delegate = { findMany(args: object): Promise<Array<{ id: unknown }>> };

describe(`row rules as SQL on ${databaseKind}`, () => {
  let db: TestDatabase;
  let organizationId: string;
  let part2Programs: string[];
  let consentIds: string[];
  let payerCodes: string[];

  beforeAll(async () => {
    db = await createTestDatabase('seeded');
    organizationId = (await db.prisma.organization.findFirstOrThrow()).id;
    part2Programs = (await db.prisma.program.findMany({ where: { isPart2: true } })).map((p) => p.id);
    consentIds = (await db.prisma.part2Consent.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((c) => c.id);
    payerCodes = (await db.prisma.payer.findMany({ orderBy: { payerCode: 'asc' } })).map((p) => p.payerCode);
  });
  afterAll(async () => {
    await db.close();
  });

  const consentState = fc.record({
    revoked: fc.boolean(),
    expired: fc.boolean(),
    unsigned: fc.boolean(),
    scope: fc.constantFrom('ALL_SUD_RECORDS', 'DIAGNOSES_AND_SERVICES', 'BILLING_INFORMATION_ONLY'),
    purposes: fc.subarray(['TREATMENT', 'PAYMENT', 'HEALTH_CARE_OPERATIONS'], { minLength: 1 }),
    toOrganization: fc.boolean(),
  });
  const caller = fc.record({
    role: fc.constantFrom<Role>(...roles),
    subject: fc.constantFrom('demo-admin', 'demo-biller', 'demo-sud-counselor', 'demo-analyst', 'nobody'),
    payer: fc.nat(),
    listConsented: fc.boolean(),
    consents: fc.array(consentState, { minLength: 1, maxLength: 12 }),
  });

  it('admits, model by model, exactly the rows the scoped client returns', async () => {
    const today = new Date(`${seedAnchorDate}T12:00:00Z`);
    const day = (offset: number) => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + offset));
    await fc.assert(
      fc.asyncProperty(caller, async (c) => {
        // The consents on file, each in a drawn state.
        const payers = await db.prisma.payer.findMany({ orderBy: { payerCode: 'asc' } });
        const partnerPayer = payers[c.payer % payers.length];
        for (const [i, id] of consentIds.entries()) {
          const state = c.consents[i % c.consents.length];
          if (!state) {
            continue;
          }
          await db.prisma.part2Consent.update({
            where: { id },
            data: {
              revokedAt: state.revoked ? day(-1) : null,
              expiresOn: state.expired ? day(-1) : day(365),
              signedOn: state.unsigned ? day(3) : day(-30),
              scope: state.scope as 'ALL_SUD_RECORDS',
              purposes: state.purposes as Array<'PAYMENT'>,
              recipientOrganizationId: state.toOrganization ? organizationId : null,
              recipientPayerId: state.toOrganization ? null : (partnerPayer?.id ?? null),
            },
          });
        }
        const viewer = {
          subject: c.subject,
          role: c.role,
          organizationId,
          payerCode: c.role === 'PARTNER' ? (partnerPayer?.payerCode ?? payerCodes[0] ?? null) : null,
          purpose: purposeOfRole[c.role],
        };
        const loaded = await loadAccessRules(db.prisma, clientQuery(db.prisma), viewer, today);
        // Consented patients listed (the usual case), or left to a subquery (past the list limit).
        const rules: AccessRules = c.listConsented ? loaded : { ...loaded, consented: {} };
        const scoped = scopedClient(db.prisma, async () => rules);
        for (const model of scopedModels) {
          const delegate = (scoped as unknown as Record<string, Delegate>)[model.charAt(0).toLowerCase() + model.slice(1)];
          // Rows visible, and rows whose details are disclosed too (what counts of codes use).
          for (const details of [false, true]) {
            const where = details ? { AND: fullScope(model, rules, undefined, true) } : {};
            const viaClient = ((await delegate?.findMany({ where, select: { id: true } })) ?? []).map((r) => String(r.id)).sort();
            const viaSql = (
              await db.prisma.$queryRaw<Array<{ id: string }>>(
                Prisma.sql`SELECT x.id::text AS id FROM ${Prisma.raw(`"${model}"`)} x WHERE ${visibleSql(model, 'x', rules, { details })}`,
              )
            )
              .map((r) => r.id)
              .sort();
            const what = `${model}${details ? ' (details)' : ''} for ${c.role} ${c.subject} (consents ${c.listConsented ? 'listed' : 'in the query'})`;
            expect(viaSql, what).toEqual(viaClient);
          }
        }
      }),
      { numRuns: 12, seed: 20_261_207 },
    );
    // The seeded data has Part 2 programs and consents: the property is not vacuous.
    expect(part2Programs.length).toBeGreaterThan(0);
    expect(consentIds.length).toBeGreaterThan(0);
  }, 120_000);
});
