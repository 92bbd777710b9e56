// The permission layer, checked against the schema itself: every field of every object type has
// an explicit shield rule (no field rides on the fallback), the rule is the one of its access
// class, and the invariants the row scoping relies on hold for every model.
import SchemaBuilder from '@pothos/core';
import {
  getNamedType,
  isInterfaceType,
  isIntrospectionType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLObjectType,
} from 'graphql';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coarsenDateFilters } from '../src/auth/deidentify.ts';
import { accessClassOf, buildRuleMap, classifiedFields, ruleOfClass } from '../src/auth/permissions.ts';
import { modelRules, type ModelName } from '../src/auth/scope.ts';
import { accessClasses, auditedClasses, type AccessClass } from '../src/auth/access.ts';
import { deidentifyForAnalysts } from '../src/graphql/deidentify.ts';
import { servedSchema } from '../src/graphql/executable.ts';
import { getDatamodel } from '../src/generated/pothos-types.ts';

const objectTypes = (): GraphQLObjectType[] =>
  Object.values(servedSchema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && !isIntrospectionType(t));

describe('the shield rule map', () => {
  const map = buildRuleMap(servedSchema);

  it('has an explicit rule, the rule of its access class, for every field of every object type', () => {
    const missing: string[] = [];
    let fields = 0;
    for (const type of objectTypes()) {
      const rules = map[type.name];
      if (rules?.['*'] === undefined) {
        missing.push(`${type.name}.* (no deny-all entry)`);
      }
      for (const field of Object.values(type.getFields())) {
        fields += 1;
        const rule = rules?.[field.name];
        if (rule === undefined || rule !== ruleOfClass(accessClassOf(type, field))) {
          missing.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(fields).toBeGreaterThan(300);
  });

  it('keys no interface or union (shield would silently ignore it)', () => {
    const keyed = Object.keys(map).filter((name) => {
      const type = servedSchema.getType(name);
      return !type || isInterfaceType(type) || isUnionType(type);
    });
    expect(keyed).toEqual([]);
  });

  it('fails to build when a field has no access class, naming the field', () => {
    // The global plugin typings ask for the prisma option; this builder uses no plugin.
    const loose = new SchemaBuilder<{ Context: object }>({} as never);
    const Untagged = loose.objectRef<{ secret: string }>('Untagged').implement({
      fields: (t) => ({ secret: t.exposeString('secret') }),
    });
    loose.queryType({
      extensions: { access: 'internal' },
      fields: (t) => ({ untagged: t.field({ type: Untagged, resolve: () => ({ secret: 'secret' }) }) }),
    });
    expect(() => buildRuleMap(loose.toSchema())).toThrow(/Untagged\.secret has no access class/);
  });

  it('gives partners nothing but eligibility, and auditors nothing but the audit trail', () => {
    const reach = (role: string) =>
      classifiedFields(servedSchema)
        .filter(({ type, cls }) => (accessClasses[cls] as readonly string[]).includes(role) && cls !== 'open' && !type.startsWith('Query'))
        .map(({ cls }) => cls);
    expect(new Set(reach('PARTNER'))).toEqual(new Set(['eligibility']));
    expect(new Set(reach('AUDITOR'))).toEqual(new Set(['audit']));
    const partnerRoots = Object.values(servedSchema.getQueryType()?.getFields() ?? {})
      .filter((f) => (accessClasses[accessClassOf(servedSchema.getQueryType() as GraphQLObjectType, f)] as readonly string[]).includes('PARTNER'))
      .map((f) => f.name);
    expect(partnerRoots).toEqual(['eligibility']);
  });

  it('closes identifiers and free text to analysts: every field they may read is a record, reference data or open', () => {
    const analystClasses = new Set(
      classifiedFields(servedSchema)
        .filter(({ cls }) => (accessClasses[cls] as readonly string[]).includes('ANALYST'))
        .map(({ cls }) => cls),
    );
    for (const closed of ['phi', 'eligibility', 'audit'] as AccessClass[]) {
      expect(analystClasses.has(closed), closed).toBe(false);
    }
    expect(analystClasses.has('records')).toBe(true);
    const patient = servedSchema.getType('Patient') as GraphQLObjectType;
    for (const field of Object.values(patient.getFields())) {
      expect(accessClassOf(patient, field)).toBe('phi');
    }
    for (const coordinate of ['Claim.patientControlNumber', 'Claim.overrideReason', 'Appeal.reason', 'ClaimStatusChange.note', 'Remittance.traceNumber', 'Authorization.authNumber', 'Authorization.expiresInDays']) {
      const [typeName, fieldName] = coordinate.split('.') as [string, string];
      const type = servedSchema.getType(typeName) as GraphQLObjectType;
      expect(accessClassOf(type, type.getFields()[fieldName] as never), coordinate).toBe('phi');
    }
  });

  it('audits every read of patient data (each field of an audited class has the audit wrapper)', () => {
    const audited = classifiedFields(servedSchema).filter(({ cls }) => auditedClasses.has(cls));
    expect(audited.length).toBeGreaterThan(150);
    for (const { type, field } of audited) {
      const resolve = (servedSchema.getType(type) as GraphQLObjectType).getFields()[field]?.resolve;
      expect(resolve, `${type}.${field}`).toBeTypeOf('function');
    }
  });
});

describe('42 CFR Part 2 tags', () => {
  it('marks only nullable fields as redactable details, each on a type that says how it is disclosed', () => {
    const details: string[] = [];
    for (const type of objectTypes()) {
      for (const field of Object.values(type.getFields())) {
        if (field.extensions?.part2Detail === true) {
          details.push(`${type.name}.${field.name}`);
          expect(isNonNullType(field.type), `${type.name}.${field.name}`).toBe(false);
          expect(type.getFields().part2, `${type.name}.part2`).toBeDefined();
        }
      }
    }
    expect(details).toEqual(
      expect.arrayContaining(['Claim.diagnoses', 'ClaimLine.procedureCode', 'ClaimLine.diagnosisPointers', 'Session.procedureCode', 'ProgramDay.services']),
    );
  });
});

describe('row scoping rules', () => {
  const models = getDatamodel().datamodel.models;
  const patientRecord = (m: string): boolean => {
    const rule = modelRules[m as ModelName];
    return rule.part2 !== undefined || (rule.parents ?? []).some((p) => patientRecord(p.model));
  };

  it('has a rule for every model, and every parent relation is a required to-one relation of it', () => {
    expect(Object.keys(modelRules).sort()).toEqual(Object.keys(models).sort());
    for (const [name, rule] of Object.entries(modelRules)) {
      for (const parent of rule.parents ?? []) {
        const field = models[name]?.fields.find((f) => f.name === parent.relation);
        expect(field, `${name}.${parent.relation}`).toMatchObject({ kind: 'object', isList: false, isRequired: true, type: parent.model });
      }
    }
  });

  it('makes a row inherit every required to-one relation to a patient record, so no required path leads to a hidden row', () => {
    const gaps: string[] = [];
    for (const [name, model] of Object.entries(models)) {
      for (const field of model.fields) {
        if (field.kind !== 'object' || field.isList || !field.isRequired || !patientRecord(field.type)) {
          continue;
        }
        const rule = modelRules[name as ModelName];
        if (!(rule.parents ?? []).some((p) => p.relation === field.name) && !rule.sameAs?.[field.name]) {
          gaps.push(`${name}.${field.name}`);
        }
      }
    }
    expect(gaps).toEqual([]);
  });

  it('scopes every model with an organization column by organization (or through a parent that is)', () => {
    const scoped = (m: ModelName): boolean => modelRules[m].org !== undefined || (modelRules[m].parents ?? []).some((p) => scoped(p.model));
    const unscoped = Object.keys(models).filter((m) => !scoped(m as ModelName));
    // Shared reference data, and tables no resolver reads (idempotency keys are read by key).
    expect(unscoped.sort()).toEqual(['Icd10Code', 'IdempotencyKey', 'Payer']);
  });
});

describe("analysts' de-identified dates", () => {
  it('shifts every date field of the records class (and only those)', async () => {
    const { builder } = await import('../src/graphql/builder.ts');
    const fresh = builder.toSchema();
    const expected = classifiedFields(fresh)
      .filter(({ type, field, cls }) => {
        const f = (fresh.getType(type) as GraphQLObjectType).getFields()[field];
        return cls === 'records' && f !== undefined && ['Date', 'DateTime'].includes(getNamedType(f.type).name);
      })
      .map(({ type, field }) => `${type}.${field}`);
    expect(deidentifyForAnalysts(fresh).sort()).toEqual(expected.sort());
    expect(expected).toEqual(expect.arrayContaining(['Claim.serviceFrom', 'ClaimLine.serviceDate', 'Session.serviceDate', 'Remittance.paidOn', 'Claim.submittedAt', 'Appeal.filedOn']));
  });

  const shapes = (m: string) =>
    m === 'Claim'
      ? { dateColumns: new Set(['serviceFrom', 'serviceTo']), relations: new Map([['lines', 'ClaimLine']]), patientRecord: true }
      : m === 'ClaimLine'
        ? { dateColumns: new Set(['serviceDate']), relations: new Map<string, string>(), patientRecord: true }
        : undefined;
  const d = (s: string) => new Date(`${s}T00:00:00.000Z`);

  it('compares date filters by month, so that a filter cannot find the day a value hides', () => {
    expect(coarsenDateFilters('Claim', { serviceFrom: { gte: d('2026-04-15'), lte: d('2026-04-15') } }, shapes)).toEqual({
      AND: [{ serviceFrom: { gte: d('2026-05-01') } }, { serviceFrom: { lt: d('2026-05-01') } }],
    });
    expect(coarsenDateFilters('Claim', { serviceFrom: { gte: d('2026-04-01'), lte: d('2026-04-30') } }, shapes)).toEqual({
      AND: [{ serviceFrom: { gte: d('2026-04-01') } }, { serviceFrom: { lt: d('2026-05-01') } }],
    });
    expect(coarsenDateFilters('Claim', { serviceTo: d('2026-04-10') }, shapes)).toEqual({ AND: [{ serviceTo: { in: [] } }] });
    expect(coarsenDateFilters('Claim', { lines: { some: { serviceDate: { gt: d('2026-04-01') } } } }, shapes)).toEqual({
      lines: { some: { AND: [{ serviceDate: { gte: d('2026-05-01') } }] } },
    });
    expect(coarsenDateFilters('Claim', { status: 'PAID', serviceFrom: { gte: undefined } }, shapes)).toEqual({ status: 'PAID' });
  });

  it('gives every day of a month the same answer (the property that makes it safe)', () => {
    const monthOf = (s: string) => `${s.slice(0, 7)}-01`;
    const days = Array.from({ length: 90 }, (_, i) => new Date(Date.UTC(2026, 2, 1 + i)).toISOString().slice(0, 10));
    const matches = (cond: Record<string, Date>, value: Date) =>
      Object.entries(cond).every(([op, v]) =>
        op === 'gte' ? value >= v : op === 'lt' ? value < v : op === 'in' ? false : (() => { throw new Error(op); })(),
      );
    for (const bound of days) {
      for (const op of ['gte', 'gt', 'lte', 'lt', 'equals'] as const) {
        const where = coarsenDateFilters('Claim', { serviceFrom: { [op]: d(bound) } }, shapes) as { AND: Array<{ serviceFrom: Record<string, Date> }> };
        const verdict = (day: string) => where.AND.every((c) => matches(c.serviceFrom, d(day)));
        for (const day of days) {
          // The analyst's view of the value is its month; the answer must equal the filter
          // applied to that view.
          const seen = d(monthOf(day));
          const expected = op === 'gte' ? seen >= d(bound) : op === 'gt' ? seen > d(bound) : op === 'lte' ? seen <= d(bound) : op === 'lt' ? seen < d(bound) : seen.getTime() === d(bound).getTime();
          if (verdict(day) !== expected) {
            throw new Error(`${op} ${bound} on ${day}: got ${verdict(day)}`);
          }
        }
      }
    }
  });
});

describe('the security layer source', () => {
  it('uses no not() rule (it fails open when the inner rule errors) and never debug mode', async () => {
    const dir = 'src/auth';
    for (const file of await readdir(dir)) {
      const text = await readFile(path.join(dir, file), 'utf8');
      expect(text, file).not.toMatch(/\bnot\(/);
      expect(text, file).not.toMatch(/debug:\s*true/);
    }
  });
});

describe("analysts' aggregates", () => {
  it('withhold counts of 1 to 10 and their figures, and one more cell when only one is withheld', async () => {
    const { suppressSmallCells } = await import('../src/auth/small-cells.ts');
    const shown = suppressSmallCells(
      [
        { key: 'A', count: 0, charges: 0 },
        { key: 'B', count: 3, charges: 300 },
        { key: 'C', count: 40, charges: 4000 },
        { key: 'D', count: 25, charges: 2500 },
      ],
      ['charges'],
    );
    expect(shown).toEqual([
      { key: 'A', count: 0, charges: 0, suppressed: false },
      { key: 'B', count: null, charges: null, suppressed: true },
      { key: 'C', count: 40, charges: 4000, suppressed: false },
      // withheld too: otherwise the total minus the others gives B back
      { key: 'D', count: null, charges: null, suppressed: true },
    ]);
    const two = suppressSmallCells([{ count: 1 }, { count: 10 }, { count: 11 }]);
    expect(two.map((c) => c.count)).toEqual([null, null, 11]);
    expect(suppressSmallCells([{ count: 11 }, { count: 500 }]).every((c) => !c.suppressed)).toBe(true);
  });
});
