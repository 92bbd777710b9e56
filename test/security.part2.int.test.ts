// 42 CFR Part 2: records of a substance-use program are invisible to whoever may not learn they
// exist (absent from lists and totals, the same not-found by id, no path to them from a visible
// record), visible to the program's staff and under a consent that covers the recipient and
// purpose today; a consent's scope can withhold diagnoses and service details (typed
// redaction); every disclosure under consent carries the 42 CFR 2.32 notice and is audited with
// the consent it relied on. Fixtures put one patient in each consent state: granted, granted for
// billing information only, expired, revoked, none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisclosureNotice } from '../src/auth/part2.ts';
import { registeredOperations } from '../src/graphql/persisted.ts';
import { dateValue, isoDate } from '../src/domain/dates.ts';
import {
  ClaimAuthorizationDocument,
  ClaimCountDocument,
  ClaimDisclosuresDocument,
  EpisodeTransitionsDocument,
  NodeDetailDocument,
  PatientRecordsDocument,
  SessionPatientsDocument,
  type EligibilityInput,
} from './__generated__/graphql.ts';
import { createTestDatabase, databaseKind, type TestDatabase } from './setup/database.ts';
import { startServer, type Executor, type RunningServer } from './setup/server.ts';

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const missingId = '7d3c1a52-0000-4000-8000-00000000beef';
const today = () => dateValue(isoDate(new Date()));
const daysFromToday = (n: number) => new Date(today().getTime() + n * 86_400_000);

type ConsentState = 'granted' | 'billingOnly' | 'expired' | 'revoked' | 'none';
const states: ConsentState[] = ['granted', 'billingOnly', 'expired', 'revoked', 'none'];

interface Fixture {
  patientId: string;
  claimIds: string[];
  sessionIds: string[];
  diagnosisIds: string[];
  memberId: string;
}

describe(`42 CFR Part 2 records on ${databaseKind}`, () => {
  let db: TestDatabase;
  let api: RunningServer;
  let sud: { id: string; organizationId: string };
  let organizationId: string;
  /** One Part 2 patient per consent state naming the organization (the billing office). */
  const staff = {} as Record<ConsentState, Fixture>;
  /** One Part 2 patient per consent state naming the partner's payer. */
  const payer = {} as Record<ConsentState, Fixture>;
  let partnerPayer: { id: string; payerCode: string };
  let biller: Executor;
  let analyst: Executor;

  async function fixture(patientId: string): Promise<Fixture> {
    const [claims, sessions, diagnoses, coverage] = await Promise.all([
      db.prisma.claim.findMany({ where: { patientId }, select: { id: true } }),
      db.prisma.session.findMany({ where: { patientId }, select: { id: true } }),
      db.prisma.diagnosis.findMany({ where: { patientId }, select: { id: true } }),
      db.prisma.coverage.findFirstOrThrow({ where: { patientId }, orderBy: { priority: 'asc' } }),
    ]);
    return { patientId, claimIds: claims.map((c) => c.id), sessionIds: sessions.map((s) => s.id), diagnosisIds: diagnoses.map((d) => d.id), memberId: coverage.memberId };
  }

  function consentData(state: ConsentState, recipient: { recipientOrganizationId?: string; recipientPayerId?: string }) {
    return {
      programId: sud.id,
      scope: state === 'billingOnly' ? ('BILLING_INFORMATION_ONLY' as const) : ('DIAGNOSES_AND_SERVICES' as const),
      purposes: ['TREATMENT', 'PAYMENT', 'HEALTH_CARE_OPERATIONS'] as Array<'TREATMENT' | 'PAYMENT' | 'HEALTH_CARE_OPERATIONS'>,
      recipientName: 'test recipient',
      ...recipient,
      signedOn: daysFromToday(-200),
      expiresOn: state === 'expired' ? daysFromToday(-1) : daysFromToday(200),
      revokedAt: state === 'revoked' ? new Date(Date.now() - 3_600_000) : null,
    };
  }

  beforeAll(async () => {
    db = await createTestDatabase('seeded');
    api = await startServer(db);
    sud = await db.prisma.program.findFirstOrThrow({ where: { isPart2: true } });
    organizationId = sud.organizationId;
    // Partner fixtures: patients of the program covered by the payer most of them have.
    const sudPatients = await db.prisma.patient.findMany({
      where: { programId: sud.id, claims: { some: {} } },
      include: { coverages: { include: { payer: true } } },
      orderBy: { mrn: 'asc' },
    });
    const byPayer = new Map<string, typeof sudPatients>();
    for (const p of sudPatients) {
      const code = p.coverages[0]?.payer.payerCode ?? '';
      byPayer.set(code, [...(byPayer.get(code) ?? []), p]);
    }
    const [code, covered] = [...byPayer.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []];
    expect(covered.length).toBeGreaterThanOrEqual(states.length * 2);
    partnerPayer = await db.prisma.payer.findUniqueOrThrow({ where: { payerCode: code }, select: { id: true, payerCode: true } });
    const chosen = covered.slice(0, states.length * 2);
    await db.prisma.part2Consent.deleteMany({ where: { patientId: { in: chosen.map((p) => p.id) } } });
    for (const [i, state] of states.entries()) {
      const forStaff = chosen[i]?.id ?? '';
      const forPayer = chosen[states.length + i]?.id ?? '';
      if (state !== 'none') {
        await db.prisma.part2Consent.create({ data: { patientId: forStaff, ...consentData(state, { recipientOrganizationId: organizationId }) } });
        await db.prisma.part2Consent.create({ data: { patientId: forPayer, ...consentData(state, { recipientPayerId: partnerPayer.id }) } });
      }
      staff[state] = await fixture(forStaff);
      payer[state] = await fixture(forPayer);
    }
    biller = await api.as('BILLER');
    analyst = await api.as('ANALYST');
  });
  afterAll(async () => {
    await api.close();
    await db.close();
  });

  /** What a caller outside the program may see, by the rule, computed from the database. */
  async function visibleClaimCount(recipient: 'organization' | 'payer'): Promise<number> {
    const now = today();
    return db.prisma.claim.count({
      where: {
        OR: [
          { programId: null, patient: { programId: null } },
          { programId: { not: sud.id }, patient: { programId: null } },
          {
            patient: {
              consents: {
                some: {
                  programId: sud.id,
                  ...(recipient === 'organization' ? { recipientOrganizationId: organizationId } : { recipientPayerId: partnerPayer.id }),
                  purposes: { has: 'PAYMENT' },
                  revokedAt: null,
                  signedOn: { lte: now },
                  OR: [{ expiresOn: null }, { expiresOn: { gte: now } }],
                },
              },
            },
          },
        ],
      },
    });
  }

  it('are absent from lists and totals for callers outside the program, by consent state', async () => {
    const total = await db.prisma.claim.count();
    const part2 = await db.prisma.claim.count({ where: { OR: [{ programId: sud.id }, { patient: { programId: sud.id } }] } });
    expect(part2).toBeGreaterThan(0);
    // demo-admin is on the program's staff and sees everything.
    expect((await api.execute(ClaimCountDocument, {})).data?.claims.totalCount).toBe(total);
    expect((await analyst.execute(ClaimCountDocument, {})).data?.claims.totalCount).toBe(total - part2);
    expect((await biller.execute(ClaimCountDocument, {})).data?.claims.totalCount).toBe(await visibleClaimCount('organization'));

    // Every claim of each fixture patient, listed in full: present exactly when the consent is in force.
    const listed = new Set<string>();
    let after: string | null = null;
    for (;;) {
      const page = await biller.post({
        query: 'query($after: String) { claims(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }',
        variables: { after },
      });
      const body = (await page.json()) as { data: { claims: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { id: string } }> } } };
      for (const e of body.data.claims.edges) {
        listed.add(Buffer.from(e.node.id, 'base64').toString().split(':')[1] ?? '');
      }
      if (!body.data.claims.pageInfo.hasNextPage) {
        break;
      }
      after = body.data.claims.pageInfo.endCursor;
    }
    for (const state of states) {
      const shown = staff[state].claimIds.filter((id) => listed.has(id));
      expect(shown.length, state).toBe(state === 'granted' || state === 'billingOnly' ? staff[state].claimIds.length : 0);
      expect(staff[state].claimIds.length, state).toBeGreaterThan(0);
    }
  });

  it('give the same not-found by id as a record that does not exist, for every kind of Part 2 record', async () => {
    const hidden = staff.expired;
    const [episode, day, authorization] = await Promise.all([
      db.prisma.episode.findFirstOrThrow({ where: { patientId: hidden.patientId } }),
      db.prisma.programDay.findFirst({ where: { patientId: hidden.patientId } }),
      db.prisma.authorization.findFirst({ where: { patientId: hidden.patientId } }),
    ]);
    const records: Array<[string, string]> = [
      ['Claim', hidden.claimIds[0] ?? ''],
      ['Session', hidden.sessionIds[0] ?? ''],
      ['Patient', hidden.patientId],
      ['Diagnosis', hidden.diagnosisIds[0] ?? ''],
      ['Episode', episode.id],
      ...(day ? [['ProgramDay', day.id] as [string, string]] : []),
      ...(authorization ? [['Authorization', authorization.id] as [string, string]] : []),
    ];
    for (const caller of [biller, analyst, await api.as('CLINICIAN')]) {
      for (const [type, id] of records) {
        const existing = await caller.execute(NodeDetailDocument, { id: globalId(type, id) });
        const missing = await caller.execute(NodeDetailDocument, { id: globalId(type, missingId) });
        expect(existing, `${type} ${id}`).toEqual(missing);
        expect(JSON.stringify(existing)).not.toContain(id);
      }
    }
    // The program's own staff (and a caller with a covering consent) get the record.
    const counselor = await api.as({ role: 'CLINICIAN', subject: 'demo-sud-counselor' });
    const own = await counselor.execute(NodeDetailDocument, { id: globalId('Claim', hidden.claimIds[0] ?? '') });
    expect(own.data?.node?.__typename).toBe('Claim');
    const granted = await biller.execute(NodeDetailDocument, { id: globalId('Claim', staff.granted.claimIds[0] ?? '') });
    expect(granted.data?.node?.__typename).toBe('Claim');
  });

  it('cannot be reached from a visible record: to-many, to-one and counts alike', async () => {
    // A non-Part 2 session of a Part 2 patient: the patient's registration is a Part 2 record,
    // so the session (and through it the patient) stays hidden without a consent.
    const hidden = staff.none;
    const anyVisible = await db.prisma.session.findFirstOrThrow({ where: { patient: { programId: null } } });
    const op = await db.prisma.program.findFirstOrThrow({ where: { isPart2: false } });
    const crossover = await db.prisma.session.create({
      data: { ...withoutId(anyVisible), patientId: hidden.patientId, programId: op.id, episodeId: null, coverageId: null },
    });
    const sessions = await biller.execute(SessionPatientsDocument, { first: 100, filter: { patientId: globalId('Patient', hidden.patientId) } });
    expect(sessions.data?.sessions).toEqual({ totalCount: 0, edges: [] });
    const node = await biller.execute(NodeDetailDocument, { id: globalId('Session', crossover.id) });
    expect(node.data?.node ?? null).toBeNull();

    // A step up from a visible episode into the Part 2 program: the transition and the episode
    // it opens are hidden; both directions read as no transition at all.
    const from = await db.prisma.episode.findFirstOrThrow({ where: { program: { isPart2: false }, transitionsOut: { none: {} } } });
    const to = await db.prisma.episode.create({
      data: { patientId: from.patientId, programId: sud.id, levelOfCare: 'RESIDENTIAL', status: 'OPEN', startDate: today() },
    });
    await db.prisma.levelOfCareTransition.create({
      data: { fromEpisodeId: from.id, toEpisodeId: to.id, direction: 'STEP_UP', transitionOn: today() },
    });
    const transitions = await biller.execute(EpisodeTransitionsDocument, { id: globalId('Episode', from.id) });
    expect(transitions.errors).toBeUndefined();
    expect(transitions.data?.node).toMatchObject({ transitionsOut: [] });
    const staffView = await api.execute(EpisodeTransitionsDocument, { id: globalId('Episode', from.id) });
    expect(staffView.data?.node).toMatchObject({ transitionsOut: [{ toEpisode: { id: globalId('Episode', to.id) } }] });

    // An optional to-one relation pointing at a hidden record reads as null, not as an error.
    const visibleClaim = await db.prisma.claim.findFirstOrThrow({ where: { programId: { not: sud.id }, patient: { programId: null } } });
    const hiddenAuthorization = await db.prisma.authorization.findFirstOrThrow({ where: { patientId: { in: [staff.none.patientId, staff.expired.patientId, staff.revoked.patientId] } } });
    await db.prisma.claim.update({ where: { id: visibleClaim.id }, data: { authorizationId: hiddenAuthorization.id } });
    const viaClaim = await biller.execute(ClaimAuthorizationDocument, { id: globalId('Claim', visibleClaim.id) });
    expect(viaClaim.errors).toBeUndefined();
    expect(viaClaim.data?.node).toEqual({ id: globalId('Claim', visibleClaim.id), authorization: null });
    const adminView = await api.execute(ClaimAuthorizationDocument, { id: globalId('Claim', visibleClaim.id) });
    expect(adminView.data?.node).toMatchObject({ authorization: { id: globalId('Authorization', hiddenAuthorization.id) } });

    // Patients' nested lists and counts leave hidden records out as well.
    const patients = await biller.execute(PatientRecordsDocument, { first: 100 });
    const ids = patients.data?.patients.edges.map((e) => e.node.id) ?? [];
    for (const state of ['expired', 'revoked', 'none'] as const) {
      expect(ids).not.toContain(globalId('Patient', staff[state].patientId));
    }
    expect(patients.data?.patients.totalCount).toBe(
      await db.prisma.patient.count({
        where: {
          OR: [
            { programId: null },
            { consents: { some: { recipientOrganizationId: organizationId, revokedAt: null, purposes: { has: 'PAYMENT' }, signedOn: { lte: today() }, OR: [{ expiresOn: null }, { expiresOn: { gte: today() } }] } } },
          ],
        },
      }),
    );
  });

  it('give no page for a cursor naming a hidden record, exactly as for a cursor naming none', async () => {
    const hidden = staff.none.claimIds[0] ?? '';
    // The program's staff see the record, and get its cursor.
    const page = (await (await api.post({ query: `{ patients(first: 1) { edges { node { id } } } }` })).json()) as object;
    expect(page).toBeDefined();
    const staffView = (await (await api.post({
      query: `{ node(id: "${globalId('Patient', staff.none.patientId)}") { ... on Patient { claims(first: 50) { edges { cursor node { id } } } } } }`,
    })).json()) as { data: { node: { claims: { edges: Array<{ cursor: string; node: { id: string } }> } } } };
    const cursor = staffView.data.node.claims.edges.find((e) => e.node.id === globalId('Claim', hidden))?.cursor ?? '';
    expect(cursor).not.toBe('');
    const missingCursor = Buffer.from(Buffer.from(cursor, 'base64').toString().replace(hidden, missingId)).toString('base64');
    const query = 'query($after: String) { claims(first: 3, after: $after) { edges { node { id } } } }';
    const fromHidden = (await (await biller.post({ query, variables: { after: cursor } })).json()) as object;
    const fromMissing = (await (await biller.post({ query, variables: { after: missingCursor } })).json()) as object;
    expect(fromHidden).toEqual(fromMissing);
    expect(fromHidden).toEqual({ data: { claims: { edges: [] } } });
    const garbled = Buffer.from(Buffer.from(cursor, 'base64').toString().replace(hidden, 'not-a-uuid')).toString('base64');
    const bad = (await (await biller.post({ query, variables: { after: garbled } })).json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(bad.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('disclose diagnoses and service details only under a consent whose scope covers them, saying so in a typed way', async () => {
    const result = await biller.execute(ClaimDisclosuresDocument, { first: 100, filter: {} });
    expect(result.errors).toBeUndefined();
    const byId = new Map(result.data?.claims.edges.map((e) => [Buffer.from(e.node.id, 'base64').toString().split(':')[1], e.node]));
    const granted = byId.get(staff.granted.claimIds[0]) ?? (await fetchClaim(biller, staff.granted.claimIds[0] ?? ''));
    const billing = byId.get(staff.billingOnly.claimIds[0]) ?? (await fetchClaim(biller, staff.billingOnly.claimIds[0] ?? ''));
    expect(granted?.part2).toMatchObject({ basis: 'CONSENT', consentScope: 'DIAGNOSES_AND_SERVICES', redactedFields: [], notice: redisclosureNotice });
    expect(granted?.diagnoses?.length).toBeGreaterThan(0);
    expect(granted?.lines.every((l) => l.procedureCode !== null)).toBe(true);

    expect(billing?.part2).toMatchObject({ basis: 'CONSENT', consentScope: 'BILLING_INFORMATION_ONLY', notice: redisclosureNotice });
    expect(billing?.part2?.redactedFields).toEqual(expect.arrayContaining(['Claim.diagnoses']));
    expect(billing?.diagnoses).toBeNull();
    expect(billing?.totalCharge).toMatch(/^\d+\.\d{2}$/);
    for (const line of billing?.lines ?? []) {
      expect(line.procedureCode).toBeNull();
      expect(line.diagnosisPointers).toBeNull();
      expect(line.chargeAmount).toMatch(/^\d+\.\d{2}$/);
      expect(line.part2?.redactedFields).toEqual(expect.arrayContaining(['ClaimLine.procedureCode', 'ClaimLine.diagnosisPointers']));
    }
    // The withheld diagnoses are not disclosed by any other path either.
    const dx = await db.prisma.diagnosis.findFirstOrThrow({ where: { patientId: staff.billingOnly.patientId, programId: sud.id } });
    const direct = await biller.execute(NodeDetailDocument, { id: globalId('Diagnosis', dx.id) });
    expect(direct).toEqual(await biller.execute(NodeDetailDocument, { id: globalId('Diagnosis', missingId) }));

    // The program's staff: a use within the program, no consent, no notice; other records: null.
    const own = await fetchClaim(api, staff.billingOnly.claimIds[0] ?? '');
    expect(own?.part2).toMatchObject({ basis: 'PROGRAM_STAFF', consentId: null, redactedFields: [], notice: null });
    expect(own?.diagnoses?.length).toBeGreaterThan(0);
    expect(own?.lines.length).toBeGreaterThan(0);
    for (const line of own?.lines ?? []) {
      expect(line.procedureCode).not.toBeNull();
      expect(line.part2?.redactedFields).toEqual([]);
    }
    // Read by its staff, it is still a Part 2 record in the trail, read without a consent.
    const staffRead = await db.prisma.auditEvent.findFirstOrThrow({ where: { recordType: 'Claim', recordId: staff.billingOnly.claimIds[0] ?? '' }, orderBy: { id: 'desc' } });
    expect(staffRead).toMatchObject({ part2: true, consentId: null, patientId: staff.billingOnly.patientId });
    expect(staffRead.fields).toEqual(expect.arrayContaining(['ClaimLine.procedureCode', 'ClaimLine.diagnosisPointers']));
    const ordinary = await db.prisma.claim.findFirstOrThrow({ where: { program: { isPart2: false }, patient: { programId: null } } });
    expect((await fetchClaim(biller, ordinary.id))?.part2).toBeNull();
  });

  it('carry the 42 CFR 2.32 notice with every response that discloses under consent, and audit the consent relied on', async () => {
    const claimId = staff.granted.claimIds[0] ?? '';
    const response = await biller.post({ query: `{ node(id: "${globalId('Claim', claimId)}") { id ... on Claim { totalCharge } } }` });
    const body = (await response.json()) as { extensions?: { disclosureNotice?: { text: string; consents: Array<{ id: string; scope: string }> } } };
    const consent = await db.prisma.part2Consent.findFirstOrThrow({ where: { patientId: staff.granted.patientId, recipientOrganizationId: organizationId } });
    expect(body.extensions?.disclosureNotice?.text).toBe(redisclosureNotice);
    expect(body.extensions?.disclosureNotice?.consents).toEqual([expect.objectContaining({ id: globalId('Part2Consent', consent.id), scope: 'DIAGNOSES_AND_SERVICES' })]);
    const event = await db.prisma.auditEvent.findFirstOrThrow({ where: { recordType: 'Claim', recordId: claimId, subject: 'demo-biller' }, orderBy: { id: 'desc' } });
    expect(event).toMatchObject({ part2: true, consentId: consent.id, patientId: staff.granted.patientId });

    // No notice where nothing was disclosed under consent: the program's staff, ordinary records.
    for (const [caller, id] of [
      [api, claimId],
      [biller, (await db.prisma.claim.findFirstOrThrow({ where: { program: { isPart2: false }, patient: { programId: null } } })).id],
    ] as const) {
      const plain = (await (await caller.post({ query: `{ node(id: "${globalId('Claim', id)}") { id } }` })).json()) as { extensions?: Record<string, unknown> };
      expect(plain.extensions?.disclosureNotice).toBeUndefined();
    }
  });

  it('stop disclosure from the next request on when a consent is revoked (100 requests, no stale answer)', async () => {
    const fixturePatient = staff.granted;
    const consent = await db.prisma.part2Consent.findFirstOrThrow({ where: { patientId: fixturePatient.patientId, recipientOrganizationId: organizationId } });
    const id = globalId('Claim', fixturePatient.claimIds[0] ?? '');
    expect((await biller.execute(NodeDetailDocument, { id })).data?.node?.__typename).toBe('Claim');
    await db.prisma.part2Consent.update({ where: { id: consent.id }, data: { revokedAt: new Date() } });
    const missing = await biller.execute(NodeDetailDocument, { id: globalId('Claim', missingId) });
    for (let i = 0; i < 100; i++) {
      expect(await biller.execute(NodeDetailDocument, { id })).toEqual(missing);
    }
    await db.prisma.part2Consent.update({ where: { id: consent.id }, data: { revokedAt: null } });
    expect((await biller.execute(NodeDetailDocument, { id })).data?.node?.__typename).toBe('Claim');
  });

  describe('to a partner (eligibility, persisted operations only)', () => {
    const eligibility = registeredOperations().find((o) => o.name === 'Eligibility');
    let partner: Executor;
    beforeAll(async () => {
      partner = await api.as({ role: 'PARTNER', payerCode: partnerPayer.payerCode, subject: 'partner-test' });
    });
    const check = async (input: EligibilityInput) => {
      const response = await partner.post({ extensions: { persistedQuery: { version: 1, sha256Hash: eligibility?.hash } }, variables: { input } });
      return (await response.json()) as { data?: { eligibility: Record<string, unknown> & { __typename: string } }; errors?: unknown; extensions?: Record<string, unknown> };
    };

    it('answers for a Part 2 patient only under a consent naming the payer, with the notice; otherwise exactly as for an unknown member', async () => {
      const unknown = await check({ memberId: 'ZZ000000000' });
      expect(unknown.data?.eligibility).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
      for (const state of states) {
        const answer = await check({ memberId: payer[state].memberId });
        if (state === 'granted' || state === 'billingOnly') {
          expect(answer.data?.eligibility, state).toMatchObject({
            __typename: 'Eligibility',
            memberId: payer[state].memberId,
            part2: { basis: 'CONSENT', notice: redisclosureNotice },
          });
          expect((answer.extensions?.disclosureNotice as { text: string }).text).toBe(redisclosureNotice);
        } else {
          expect(answer, state).toEqual(unknown);
        }
      }
      const consent = await db.prisma.part2Consent.findFirstOrThrow({ where: { patientId: payer.granted.patientId } });
      const event = await db.prisma.auditEvent.findFirstOrThrow({ where: { recordType: 'Eligibility', subject: 'partner-test', patientId: payer.granted.patientId } });
      expect(event).toMatchObject({ part2: true, consentId: consent.id, role: 'PARTNER', purpose: 'PAYMENT' });
    });

    it('answers for its own payer only', async () => {
      const other = await db.prisma.coverage.findFirstOrThrow({
        where: { payerId: { not: partnerPayer.id }, patient: { programId: null } },
        include: { payer: true },
      });
      const asOther = await check({ memberId: other.memberId, payerCode: other.payer.payerCode });
      expect(asOther.data?.eligibility).toMatchObject({ __typename: 'ValidationError', issues: [{ code: 'NOT_YOUR_PAYER' }] });
      const implied = await check({ memberId: other.memberId });
      expect(implied).toEqual(await check({ memberId: 'ZZ000000000' }));
      const own = await db.prisma.coverage.findFirstOrThrow({ where: { payerId: partnerPayer.id, patient: { programId: null } } });
      expect((await check({ memberId: own.memberId })).data?.eligibility).toMatchObject({ __typename: 'Eligibility', part2: null });
    });
  });

  async function fetchClaim(caller: Executor, id: string) {
    const result = await caller.execute(NodeDetailDocument, { id: globalId('Claim', id) });
    const node = result.data?.node;
    if (node?.__typename !== 'Claim') {
      return undefined;
    }
    const lines = await caller.post({
      query: `{ node(id: "${globalId('Claim', id)}") { ... on Claim { lines { procedureCode diagnosisPointers chargeAmount part2 { redactedFields } } } } }`,
    });
    const body = (await lines.json()) as { data: { node: { lines: Array<{ procedureCode: string | null; diagnosisPointers: number[] | null; chargeAmount: string; part2: { redactedFields: string[] } | null }> } } };
    return { ...node, lines: body.data.node.lines };
  }
});

function withoutId<T extends { id: string; createdAt: Date }>(row: T): Omit<T, 'id' | 'createdAt'> {
  const { id: _id, createdAt: _createdAt, ...rest } = row;
  return rest;
}
