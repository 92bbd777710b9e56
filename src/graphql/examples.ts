// GraphiQL as a workbench: the saved example operations it opens with, one tab each. They live in
// examples/*.graphql (and the partner's eligibility check is the registered operation itself), so
// codegen checks them against the schema and a test runs every one against the demo clinic.

import { inForceWhere } from '../services/coverage.ts';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse } from 'graphql';
import type { PrismaClient } from '../db/client.ts';
import { isoDate } from '../domain/dates.ts';
import type { Role } from '../auth/viewer.ts';
import { planOn } from '../policy/answers.ts';
import type { PolicyRegistry } from '../policy/engine.ts';
import { registeredOperations } from './persisted.ts';

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'examples');

export interface WorkbenchExample {
  /** The file's name without its order prefix and extension ("claims-at-risk"). */
  name: string;
  /** The document, as the tab shows it. */
  query: string;
  /** Names of the variables its operations declare (filled in development, see exampleVariables). */
  variables: string[];
  /** The role the example is for (every example also runs as ADMIN). */
  role: Role;
}

function variablesOf(query: string): string[] {
  const names = new Set<string>();
  for (const definition of parse(query).definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      for (const v of definition.variableDefinitions ?? []) {
        names.add(v.variable.name.value);
      }
    }
  }
  return [...names];
}

/**
 * The saved example operations, in the order of their tabs: the files of examples/ (named
 * `<order>-<name>.graphql`), then the partner eligibility check (the registered operation).
 */
export function workbenchExamples(): WorkbenchExample[] {
  const saved = readdirSync(folder)
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10))
    .map((file): WorkbenchExample => {
      const query = readFileSync(path.join(folder, file), 'utf8');
      const name = file.replace(/^\d+-/, '').replace(/\.graphql$/, '');
      return { name, query, variables: variablesOf(query), role: name === 'denial-rate-by-payer' || name === 'ar-aging' ? 'ANALYST' : 'ADMIN' };
    });
  const eligibility = registeredOperations().find((o) => o.name === 'Eligibility');
  if (eligibility) {
    const query =
      `# A partner's eligibility check. This is the registered operation partners run by its SHA-256\n` +
      `# (npm run -s parity -- operations lists them); here it runs with the token in Headers.\n` +
      eligibility.text;
    saved.push({ name: 'partner-eligibility', query, variables: variablesOf(query), role: 'PARTNER' });
  }
  return saved;
}

/** Variable values for the examples, taken from the demo data: see exampleVariables. */
export type ExampleVariables = Record<string, unknown>;

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

/**
 * Values for the examples' variables, from one organization's records: a patient with a
 * plan with a visit limit in force on `today` and claims this year (remaining sessions), a recent PHP
 * program day (its week against the threshold), and that first patient's member ID (eligibility).
 * Records of 42 CFR Part 2 programs are never picked. Development only: the values name records.
 *
 * @param prisma - an unscoped client
 * @param policies - the payer policy plugins
 * @param organizationId - whose records
 * @param today - the server's today
 */
export async function exampleVariables(prisma: PrismaClient, policies: PolicyRegistry, organizationId: string, today: Date): Promise<ExampleVariables> {
  const day = new Date(`${isoDate(today)}T00:00:00Z`);
  const notPart2 = { OR: [{ programId: null }, { program: { isPart2: false } }] };
  const candidates = await prisma.coverage.findMany({
    where: {
      organizationId,
      priority: 1,
      AND: [inForceWhere(day)],
      patient: notPart2,
      claims: { some: { serviceFrom: { gte: new Date(Date.UTC(day.getUTCFullYear(), 0, 1)) }, status: { notIn: ['DENIED', 'WRITTEN_OFF'] } } },
    },
    orderBy: [{ claims: { _count: 'asc' } }, { id: 'asc' }],
    select: { patientId: true, memberId: true, planCode: true, payer: { select: { payerCode: true, policyId: true } } },
    take: 50,
  });
  // A patient with few claims (sessions left) whose plan has a visit limit (not every plan has one).
  const coverage = candidates.find((c) => {
    const policy = policies[c.payer.policyId];
    return policy !== undefined && (planOn(policy, isoDate(day), c.planCode)?.benefitLimits.length ?? 0) > 0;
  });
  const programDay = await prisma.programDay.findFirst({
    where: { levelOfCare: 'PHP', serviceDate: { lte: day }, program: { organizationId, isPart2: false } },
    orderBy: [{ serviceDate: 'desc' }, { id: 'asc' }],
    select: { patientId: true, serviceDate: true },
  });
  const variables: ExampleVariables = {};
  if (coverage) {
    variables.patient = globalId('Patient', coverage.patientId);
    variables.input = { memberId: coverage.memberId, payerCode: coverage.payer.payerCode, levelOfCare: 'OUTPATIENT' };
  }
  if (programDay) {
    variables.programPatient = globalId('Patient', programDay.patientId);
    variables.date = isoDate(programDay.serviceDate);
    variables.level = 'PHP';
  }
  return variables;
}

/** A GraphiQL tab (graphql-yoga's defaultTabs). */
export interface GraphiqlTab {
  query: string;
  variables: string | null;
  headers: string | null;
}

/**
 * The tabs GraphiQL opens with: one per example, with the variables it declares when values are
 * known. The program-week example takes its patient from `programPatient`.
 */
export function graphiqlTabs(examples: readonly WorkbenchExample[], values: ExampleVariables | null): GraphiqlTab[] {
  return examples.map((example) => ({
    query: example.query,
    variables: values ? variablesJson(example, values) : null,
    headers: null,
  }));
}

/** The variables of one example, as JSON for its tab (null when it declares none or none are known). */
export function exampleVariablesFor(example: WorkbenchExample, values: ExampleVariables): Record<string, unknown> {
  const chosen: Record<string, unknown> = {};
  for (const name of example.variables) {
    const key = example.name === 'program-week' && name === 'patient' ? 'programPatient' : name;
    if (values[key] !== undefined) {
      chosen[name] = values[key];
    }
  }
  return chosen;
}

function variablesJson(example: WorkbenchExample, values: ExampleVariables): string | null {
  const chosen = exampleVariablesFor(example, values);
  return Object.keys(chosen).length === 0 ? null : JSON.stringify(chosen, null, 2);
}
