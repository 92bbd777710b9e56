// 42 CFR Part 2 disclosures of one request: for a row the caller can see, whose Part 2 record it
// is (the patient and program), on what basis the caller sees it (the program's own staff, or a
// consent on file), and under which consent. Row visibility itself is decided below, by the
// scoped client (src/auth/scope.ts); this module answers the questions asked after a row is
// visible: which details a consent's scope leaves out (typed redaction), which notice goes with
// the response (42 CFR 2.32), and what the audit trail records (the consent relied on).

import DataLoader from 'dataloader';
import type { PrismaClient } from '../db/client.ts';
import type { ConsentScope } from '../generated/prisma/client.ts';
import { getDatamodel } from '../generated/pothos-types.ts';
import { consentCovering, detailScopes, modelRules, type AccessRules, type ModelName } from './scope.ts';

/** The written statement 42 CFR 2.32(a)(1) requires with each disclosure made with consent. */
export const redisclosureNotice =
  'This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2). ' +
  'These rules prohibit you from using or disclosing this record, or testimony that describes the information ' +
  'contained in this record, in any civil, criminal, administrative, or legislative proceedings by any Federal, ' +
  'State, or local authority, against the patient, unless authorized by the consent of the patient, except as ' +
  'provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, ' +
  'the Federal rules prohibit you from making any other use or disclosure of this record unless at least one of ' +
  'the following applies: (i) Further use or disclosure is expressly permitted by the written consent of the ' +
  'individual whose information is being disclosed in this record or as otherwise permitted by 42 CFR part 2. ' +
  '(ii) You are a covered entity or business associate and have received the record for treatment, payment, or ' +
  'health care operations, or (iii) You have received the record from a covered entity or business associate as ' +
  'permitted by 45 CFR part 164, subparts A and E. A general authorization for the release of medical or other ' +
  'information is NOT sufficient to meet the required elements of written consent to further use or redisclose ' +
  'the record (see 42 CFR 2.31).';

/** The patient and program a row's Part 2 status comes from. */
export interface RecordOwner {
  patientId: string | null;
  programId: string | null;
}

/** The consent a disclosure relies on (42 CFR 2.32(b): the notice carries its scope). */
export interface ConsentReference {
  id: string;
  scope: ConsentScope;
  purposes: string[];
  recipientName: string;
}

export type DisclosureBasis = 'PROGRAM_STAFF' | 'CONSENT';

/** How one visible Part 2 record reaches the caller. */
export interface Part2Access {
  owner: RecordOwner;
  basis: DisclosureBasis;
  /** The consent relied on, when the basis is a consent. */
  consent: ConsentReference | null;
  /** Whether diagnoses and service details are covered (staff, or a consent's scope). */
  details: boolean;
}

type Row = Record<string, unknown>;

/** The to-one path from a model to the model carrying its Part 2 provenance, if any. */
export function ownerPath(model: ModelName): string[] | null {
  const rule = modelRules[model];
  if (rule.part2) {
    return [];
  }
  const parent = rule.parents?.[0];
  if (!parent) {
    return null;
  }
  const rest = ownerPath(parent.model);
  return rest === null ? null : [parent.relation, ...rest];
}

/** `ownerPath` of every model, worked out once. */
const ownerPaths: ReadonlyMap<ModelName, string[] | null> = new Map(
  (Object.keys(modelRules) as ModelName[]).map((model) => [model, ownerPath(model)]),
);

function carrierModel(model: ModelName): ModelName {
  const rule = modelRules[model];
  return rule.part2 || !rule.parents?.[0] ? model : carrierModel(rule.parents[0].model);
}

function ownerFromCarrier(model: ModelName, row: Row): RecordOwner {
  const self = modelRules[model].part2?.patient === 'self';
  const patientId = self ? row.id : row.patientId;
  return {
    patientId: typeof patientId === 'string' ? patientId : null,
    programId: typeof row.programId === 'string' ? row.programId : null,
  };
}

function selectFor(path: string[]): Row {
  if (path.length === 0) {
    return { id: true, patientId: true, programId: true };
  }
  const [head, ...rest] = path as [string, ...string[]];
  return { [head]: { select: selectFor(rest) } };
}

function follow(row: Row | null | undefined, path: string[]): Row | null {
  let current: Row | null | undefined = row;
  for (const step of path) {
    current = current?.[step] as Row | null | undefined;
  }
  return current ?? null;
}

/**
 * The column of a row naming the parent its owner comes from (the first step of `ownerPath`):
 * ClaimLine.claimId names a Claim. One-column keys only.
 */
const parentKeys: ReadonlyMap<ModelName, { column: string; model: ModelName }> = (() => {
  const models = getDatamodel().datamodel.models as unknown as Record<string, { fields: ReadonlyArray<{ name: string; relationFromFields?: readonly string[] }> }>;
  const keys = new Map<ModelName, { column: string; model: ModelName }>();
  for (const [name, rule] of Object.entries(modelRules) as Array<[ModelName, (typeof modelRules)[ModelName]]>) {
    const parent = rule.part2 ? undefined : rule.parents?.[0];
    const from = parent ? models[name]?.fields.find((f) => f.name === parent.relation)?.relationFromFields : undefined;
    if (parent && from?.length === 1 && from[0]) {
      keys.set(name, { column: from[0], model: parent.model });
    }
  }
  return keys;
})();

/** The column of a row of `model` naming the parent its owner comes from, if any (see `parentKeys`). */
export function parentKeyColumn(model: ModelName): string | null {
  return parentKeys.get(model)?.column ?? null;
}

/**
 * Part 2 questions of one request. Created per request; every lookup is batched and cached for
 * the request only, so a revoked consent takes effect from the next request.
 */
export class Part2Disclosures {
  private readonly owners = new Map<ModelName, DataLoader<string, RecordOwner>>();
  /** Owners of rows this request has read whole (a claim, before its lines), by model and id. */
  private readonly known = new Map<string, RecordOwner>();
  private readonly consents: DataLoader<string, ConsentReference | null>;
  /** Consents relied on by this response, by id. */
  readonly disclosed = new Map<string, ConsentReference>();

  /**
   * @param prisma - the base client: lookups concern rows the caller can already see
   * @param access - the request's access rules
   * @param loaded - the same rules once they are loaded (null before): what lets an access be
   *   told without waiting (`settledAccessToOwner`)
   */
  constructor(
    private readonly prisma: PrismaClient,
    private readonly access: () => Promise<AccessRules>,
    private readonly loaded: () => AccessRules | null = () => null,
  ) {
    this.consents = new DataLoader(async (keys) => {
      const rules = await this.access();
      const pairs = keys.map((k) => k.split(':') as [string, string]);
      const rows = await this.prisma.part2Consent.findMany({
        where: {
          OR: pairs.map(([patientId, programId]) => ({ patientId, ...consentCovering(rules, programId) })),
        },
        orderBy: [{ signedOn: 'desc' }, { id: 'asc' }],
        select: { id: true, patientId: true, programId: true, scope: true, purposes: true, recipientName: true },
      });
      return pairs.map(([patientId, programId]) => {
        const covering = rows.filter((r) => r.patientId === patientId && r.programId === programId);
        // The widest consent wins: one covering details before one for billing only.
        const best = covering.find((r) => (detailScopes as readonly string[]).includes(r.scope)) ?? covering[0];
        return best ? { id: best.id, scope: best.scope, purposes: [...best.purposes], recipientName: best.recipientName } : null;
      });
    });
  }

  /**
   * Notes a row read in this request (the audit trail sees every row a resolver reads): when it
   * carries its own Part 2 provenance (a claim with its patientId and programId), its children
   * read later in the request (its lines) take their owner from it without a lookup.
   */
  remember(model: ModelName, row: Row): void {
    if (modelRules[model].part2 && 'programId' in row && typeof row.id === 'string' && !this.known.has(`${model}:${row.id}`)) {
      this.known.set(`${model}:${row.id}`, ownerFromCarrier(model, row));
    }
  }

  /**
   * The owner of a row of `model` when it is known without a lookup: from the row itself, or from
   * its parent read earlier in the request (`remember`); undefined when only a lookup can tell.
   */
  knownOwnerOf(model: ModelName, row: Row): RecordOwner | undefined {
    const path = ownerPaths.get(model) ?? null;
    if (path === null) {
      return { patientId: null, programId: null };
    }
    if (path.length === 0 && 'programId' in row) {
      return ownerFromCarrier(model, row);
    }
    const parentKey = path.length === 1 ? parentKeys.get(model) : undefined;
    const parentId = parentKey ? row[parentKey.column] : undefined;
    return parentKey && typeof parentId === 'string' ? this.known.get(`${parentKey.model}:${parentId}`) : undefined;
  }

  /** The owner (patient, program) of a row of `model`, from the row itself or its parents. */
  async ownerOf(model: ModelName, row: Row): Promise<RecordOwner> {
    const known = this.knownOwnerOf(model, row);
    if (known) {
      return known;
    }
    const path = ownerPaths.get(model) ?? null;
    const id = row.id;
    if (path === null || typeof id !== 'string') {
      return { patientId: null, programId: null };
    }
    let loader = this.owners.get(model);
    if (!loader) {
      const carrier = carrierModel(model);
      loader = new DataLoader(async (ids) => {
        // Prisma's delegates are keyed by the model name with a lower-case first letter; the
        // generated client has no index signature for that.
        const delegate = (this.prisma as unknown as Record<string, { findMany(args: Row): Promise<Row[]> }>)[
          model.charAt(0).toLowerCase() + model.slice(1)
        ];
        if (!delegate) {
          throw new Error(`no Prisma delegate for ${model}`);
        }
        const rows = await delegate.findMany({ where: { id: { in: [...ids] } }, select: { id: true, ...selectFor(path) } });
        const byId = new Map(rows.map((r) => [r.id as string, r]));
        return ids.map((rowId) => {
          const found = follow(byId.get(rowId), path);
          return found ? ownerFromCarrier(carrier, found) : { patientId: null, programId: null };
        });
      });
      this.owners.set(model, loader);
    }
    return loader.load(id);
  }

  /**
   * `accessToOwner` when it can be told without waiting: the owner is of no program, or the
   * request's access rules are loaded and say its program is not a Part 2 program or one the
   * caller is on the staff of. Undefined when only a consent can tell, or the rules are not
   * loaded yet. (By the time a page's fields resolve, its rows were read through the scoped
   * client, which loaded the rules.)
   */
  settledAccessToOwner(owner: RecordOwner): Part2Access | null | undefined {
    if (!owner.programId) {
      return null;
    }
    const rules = this.loaded();
    return rules === null ? undefined : accessWithoutConsent(owner, owner.programId, rules);
  }

  /**
   * How a visible row of `model` reaches the caller, or null when it is not a Part 2 record.
   *
   * @param model - the row's model
   * @param row - the row (its own columns; the owner is looked up when they do not say)
   */
  async accessTo(model: ModelName, row: Row): Promise<Part2Access | null> {
    const owner = await this.ownerOf(model, row);
    return this.accessToOwner(owner);
  }

  /** As `accessTo`, for an owner already known. */
  async accessToOwner(owner: RecordOwner): Promise<Part2Access | null> {
    if (!owner.programId) {
      return null;
    }
    const rules = await this.access();
    const withoutConsent = accessWithoutConsent(owner, owner.programId, rules);
    if (withoutConsent !== undefined) {
      return withoutConsent;
    }
    const consent = owner.patientId ? await this.consents.load(`${owner.patientId}:${owner.programId}`) : null;
    if (consent) {
      this.disclosed.set(consent.id, consent);
    }
    return {
      owner,
      basis: 'CONSENT',
      consent,
      details: consent !== null && (detailScopes as readonly string[]).includes(consent.scope),
    };
  }
}

/**
 * Access to a record of a program that needs no consent: none (not a Part 2 program), or as the
 * program's staff; undefined when the caller may see it only under a consent.
 */
function accessWithoutConsent(owner: RecordOwner, programId: string, rules: AccessRules): Part2Access | null | undefined {
  if (!rules.programs.part2.includes(programId)) {
    return null;
  }
  if (rules.programs.visible.includes(programId)) {
    return { owner, basis: 'PROGRAM_STAFF', consent: null, details: true };
  }
  return undefined;
}
