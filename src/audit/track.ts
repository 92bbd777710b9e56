// Audit of reads: the resolvers of patient-data fields (access classes in `auditedClasses`) note
// each record and field a request discloses, and the permission layer notes each refusal; when
// the operation finishes, one batch of events is appended before the response leaves, each read
// with its patient, whether it is a 42 CFR Part 2 record and the consent it was disclosed under.
// If the batch cannot be written, the response carries no data (no unaudited disclosure). A
// response disclosing Part 2 records under consent carries the 42 CFR 2.32 notice in
// `extensions.disclosureNotice`.

import { createHash } from 'node:crypto';
import {
  defaultFieldResolver,
  GraphQLError,
  getOperationAST,
  isIntrospectionType,
  isObjectType,
  print,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import type { Path } from 'graphql/jsutils/Path';
import type { Plugin } from 'graphql-yoga';
import { parentKeyColumn, redisclosureNotice, type ConsentReference, type Part2Access, type Part2Disclosures, type RecordOwner } from '../auth/part2.ts';
import { accessClassOf } from '../auth/permissions.ts';
import { modelRules, type ModelName } from '../auth/scope.ts';
import type { Context } from '../context.ts';
import type { Database } from '../db/client.ts';
import { driverConnection } from '../db/driver.ts';
import { auditedClasses } from '../auth/access.ts';
import { ReadTrailAppender, type AuditActor, type AuditEntry } from './log.ts';

interface Noted {
  entry: AuditEntry;
  fields: Set<string>;
  /** The Prisma model of `row`, when it is one. */
  model: ModelName | null;
  /**
   * A row that says whose the record is by its own columns (id, patientId, programId, its
   * parent's key): the record's own row, or, until that is read, a part of it that was.
   */
  row: Record<string, unknown>;
  /** Whether `row` is the record's own row (not one of its parts). */
  whole: boolean;
  /** For an answer that is not a row (a preflight, its benefits): the root field it is under. */
  root?: string;
}

/**
 * Rows that are parts of a record, not records of their own: a claim's lines, diagnoses and
 * status history, a remittance's service lines and adjustments, a program day's services (as in
 * FHIR, where a claim's items and diagnoses are elements of the Claim resource). Reading a part
 * is recorded in its record's event, with the part's fields (`ClaimLine.procedureCode`): a page
 * of 50 claims with their lines makes 50 events, not 50 plus one per line, and a part has the
 * patient, Part 2 status and consent of its record anyway.
 */
const partsOfRecords: ReadonlyMap<ModelName, { column: string; record: ModelName }> = new Map(
  (['ClaimLine', 'ClaimDiagnosis', 'ClaimStatusChange', 'RemittanceServiceLine', 'RemittanceAdjustment', 'ProgramDayService'] as const).map((model) => {
    const column = parentKeyColumn(model);
    const record = modelRules[model].parents?.[0]?.model;
    if (column === null || record === undefined) {
      throw new Error(`${model} is audited as a part of its parent, but has no parent key`);
    }
    return [model, { column, record }];
  }),
);

/** The response key of the root field a path is under. */
function rootOf(path: Path): string {
  let step = path;
  while (step.prev !== undefined) {
    step = step.prev;
  }
  return String(step.key);
}

function idOf(value: unknown): string | null {
  return typeof value === 'string' ? value : typeof value === 'bigint' ? String(value) : null;
}

/** Collects what one request reads; one per request, in the context. */
export class AuditCollector {
  private readonly records = new Map<string, Noted>();
  /** The entry each row object was noted in, and as which GraphQL type. */
  private readonly byRow = new WeakMap<object, { recordType: string; noted: Noted }>();
  operationName: string | null = null;
  operationHash: string | null = null;

  /**
   * @param part2 - the request's Part 2 questions: told of each record read, so that a child's
   *   owner (a claim line's) comes from its parent read before it, not from a lookup
   */
  constructor(private readonly part2?: Part2Disclosures) {}

  /**
   * Notes that `coordinate` of a record was read.
   *
   * @param recordType - the GraphQL type
   * @param model - its Prisma model, when it has one
   */
  read(recordType: string, model: ModelName | null, source: unknown, coordinate: string, path: Path): void {
    // Every field of a row is noted, so the row's entry is found by the row object itself first
    // (no key to build per field); the key by type and id joins reads of the same record that
    // arrive as different objects.
    if (typeof source !== 'object' || source === null) {
      this.noteAnswer(recordType, rootOf(path)).fields.add(coordinate);
      return;
    }
    if (model === null && idOf((source as Record<string, unknown>).id) === null && typeof (source as Record<string, unknown>).patientId !== 'string') {
      // An answer computed for the request (a preflight, an eligibility, their parts), not a row:
      // it is about the patient its operation was asked about, if any (`about`).
      let seen = this.byRow.get(source);
      if (seen === undefined || seen.recordType !== recordType) {
        seen = { recordType, noted: this.noteAnswer(recordType, rootOf(path)) };
        this.byRow.set(source, seen);
      }
      seen.noted.fields.add(coordinate);
      return;
    }
    let seen = this.byRow.get(source);
    if (seen === undefined || seen.recordType !== recordType) {
      seen = { recordType, noted: this.noteRow(recordType, model, source as Record<string, unknown>) };
      this.byRow.set(source, seen);
    }
    seen.noted.fields.add(coordinate);
  }

  /** The entry of the record a row is, or is part of. */
  private noteRow(recordType: string, model: ModelName | null, row: Record<string, unknown>): Noted {
    const part = model ? partsOfRecords.get(model) : undefined;
    const recordId = part ? idOf(row[part.column]) : null;
    if (part && recordId !== null) {
      return this.noteRecord(part.record, recordId, model, row, false);
    }
    return this.noteRecord(recordType, idOf(row.id) ?? '-', model, row, true);
  }

  private noteRecord(recordType: string, recordId: string, model: ModelName | null, row: Record<string, unknown>, whole: boolean): Noted {
    const key = `${recordType}:${recordId}`;
    let noted = this.records.get(key);
    if (!noted) {
      noted = { entry: { action: 'READ', recordType, recordId, fields: [] }, fields: new Set(), model, row, whole };
      this.records.set(key, noted);
    } else if (whole && !noted.whole) {
      // The record itself, read after one of its parts: its own row says whose it is.
      Object.assign(noted, { model, row, whole });
    } else {
      return noted;
    }
    if (whole && model) {
      this.part2?.remember(model, row);
    }
    return noted;
  }

  /** The entry of an answer of `recordType` under a root field of the operation. */
  private noteAnswer(recordType: string, root: string): Noted {
    const key = `${recordType}:-:${root}`;
    let noted = this.records.get(key);
    if (!noted) {
      noted = { entry: { action: 'READ', recordType, recordId: '-', fields: [] }, fields: new Set(), model: null, row: {}, whole: true, root };
      this.records.set(key, noted);
    }
    return noted;
  }

  /**
   * Says which patient a root field's answers are about: a read-only operation that takes a
   * patient as input (`preflight`, `scrub`, `eligibility`) calls it once it has found the patient
   * visible, and its events (the operation's, and those of every answer under it that is not a
   * row of its own) carry the patient, so the patient's disclosure report lists them.
   *
   * @param path - the resolver's `info.path`
   * @param patient - the patient (its id, and the program that registered it)
   */
  about(path: Path, patient: RecordOwner): void {
    this.answersAbout.set(rootOf(path), patient);
  }

  private readonly answersAbout = new Map<string, RecordOwner>();

  /** Notes a field the caller was refused. */
  denied(coordinate: string): void {
    const key = `denied:${coordinate}`;
    if (!this.records.has(key)) {
      this.records.set(key, {
        entry: { action: 'DENIED', recordType: coordinate.split('.')[0] ?? '-', recordId: '-', fields: [], outcome: 'DENIED' },
        fields: new Set([coordinate]),
        model: null,
        row: {},
        whole: true,
      });
    }
  }

  get size(): number {
    return this.records.size;
  }

  /**
   * The entries to write, each with its patient and Part 2 status.
   *
   * @param ctx - the request context (owners and consents are looked up through it)
   */
  async entries(ctx: Context): Promise<AuditEntry[]> {
    const entries: AuditEntry[] = [];
    const pending: Array<Promise<void>> = [];
    for (const noted of this.records.values()) {
      // Most rows say whose they are, or their parent read before them does, and need no consent
      // to be read: those are settled here, and only the rest wait for a lookup.
      // An answer about a patient is the patient's record as far as Part 2 goes: disclosed on the
      // basis the patient is.
      const about = noted.root === undefined ? undefined : this.answersAbout.get(noted.root);
      const known = about ?? knownOwnerOfNoted(ctx, noted.entry.recordType, noted.model, noted.row);
      if (known !== undefined) {
        // settledAccessToOwner tells a row of no program itself (null); without a viewer there is
        // no access to tell.
        const settled = ctx.viewer ? ctx.part2.settledAccessToOwner(known) : null;
        if (settled !== undefined) {
          entries.push(completed(noted, known, settled));
          continue;
        }
      }
      const index = entries.length;
      entries.push(noted.entry);
      pending.push(
        (async () => {
          // Unknown only for a row of a model whose owner a lookup finds (knownOwnerOfNoted).
          const owner = known ?? (noted.model ? await ctx.part2.ownerOf(noted.model, noted.row) : { patientId: null, programId: null });
          entries[index] = completed(noted, owner, ctx.viewer && owner.programId ? await ctx.part2.accessToOwner(owner) : null);
        })(),
      );
    }
    await Promise.all(pending);
    return entries;
  }
}

/** A noted record's entry, with its owner and its Part 2 access. */
function completed({ entry, fields }: Noted, owner: RecordOwner, part2: Part2Access | null): AuditEntry {
  return { ...entry, fields: [...fields], patientId: owner.patientId, part2: part2 !== null, consentId: part2?.consent?.id ?? null };
}

/** The owner of a noted row when it is known without a lookup (see `Part2Disclosures.knownOwnerOf`). */
function knownOwnerOfNoted(ctx: Context, recordType: string, model: ModelName | null, row: Record<string, unknown>): RecordOwner | undefined {
  const own: RecordOwner = {
    patientId: typeof row.patientId === 'string' ? row.patientId : recordType === 'Patient' ? idOf(row.id) : null,
    programId: typeof row.programId === 'string' ? row.programId : null,
  };
  if (own.patientId || !model || idOf(row.id) === null) {
    return own;
  }
  return ctx.part2.knownOwnerOf(model, row);
}

/**
 * Wraps the resolver of every audited field so that reading it is noted. Returns the schema it
 * was given (resolvers are replaced in place, once, before the server starts).
 *
 * @param schema - the schema, with every field tagged
 */
export function trackPatientDataReads(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) {
      continue;
    }
    const prismaModel = type.extensions?.pothosPrismaModel;
    const model = typeof prismaModel === 'string' && prismaModel in modelRules ? (prismaModel as ModelName) : null;
    for (const field of Object.values(type.getFields())) {
      if (!auditedClasses.has(accessClassOf(type, field))) {
        continue;
      }
      const resolve = field.resolve ?? defaultFieldResolver;
      const coordinate = `${type.name}.${field.name}`;
      const recordType = type.name;
      field.resolve = (source, args, context: Context, info) => {
        context.audit.read(recordType, model, source, coordinate, info.path);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

/** The actor of a request's audit events. */
export function auditActor(ctx: Context): AuditActor {
  return {
    subject: ctx.viewer?.subject ?? 'anonymous',
    role: ctx.viewer?.role ?? 'NONE',
    organizationId: ctx.viewer?.organizationId ?? null,
    purpose: ctx.viewer?.purpose ?? null,
    requestId: ctx.requestId,
    operationName: ctx.audit.operationName,
    operationHash: ctx.audit.operationHash,
  };
}

/** What `extensions.disclosureNotice` holds: the 42 CFR 2.32 statement and the consents relied on. */
export interface DisclosureNotice {
  text: string;
  consents: Array<Omit<ConsentReference, 'id'> & { id: string }>;
}

function withNotice(result: ExecutionResult, consents: Iterable<ConsentReference>): ExecutionResult {
  const list = [...consents].map((c) => ({ ...c, id: Buffer.from(`Part2Consent:${c.id}`).toString('base64') }));
  if (list.length === 0) {
    return result;
  }
  const notice: DisclosureNotice = { text: redisclosureNotice, consents: list };
  return { ...result, extensions: { ...result.extensions, disclosureNotice: notice } };
}

/**
 * Appends the request's read events when the operation is done; fails the response closed when
 * they cannot be written.
 *
 * @param db - the database: the events go through the connection of its driver adapter
 *   (src/db/driver.ts), unscoped: the audit chain is one for the installation
 * @param onFailure - told why an audit write failed (the logger; never patient data)
 */
export function useAuditTrail(db: Pick<Database, 'adapterFactory'>, onFailure: (requestId: string, error: unknown) => void): Plugin<Context> {
  const trail = new ReadTrailAppender(() => driverConnection(db.adapterFactory));
  // The operation's hash, per parsed document (Yoga reuses one per query text).
  const hashes = new WeakMap<DocumentNode, string>();
  const hashOf = (document: DocumentNode) => {
    let hash = hashes.get(document);
    if (hash === undefined) {
      hash = createHash('sha256').update(print(document)).digest('hex');
      hashes.set(document, hash);
    }
    return hash;
  };
  return {
    onExecute({ args }) {
      const ctx = args.contextValue;
      ctx.audit.operationName = getOperationAST(args.document, args.operationName)?.name?.value ?? null;
      return {
        async onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) {
            return;
          }
          try {
            if (ctx.audit.size > 0) {
              ctx.audit.operationHash = hashOf(args.document);
              const entries = await ctx.audit.entries(ctx);
              await trail.append(auditActor(ctx), entries);
            }
            if (ctx.part2.disclosed.size > 0) {
              setResult(withNotice(result, ctx.part2.disclosed.values()));
            }
          } catch (error) {
            onFailure(ctx.requestId, error);
            setResult({
              errors: [
                new GraphQLError('The request could not be audited, so no patient data is returned. Try again.', {
                  extensions: { code: 'AUDIT_UNAVAILABLE', http: { status: 503 } },
                }),
              ],
            });
          }
        },
      };
    },
  };
}
