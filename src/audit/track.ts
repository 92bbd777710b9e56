// Audit of reads: the resolvers of patient-data fields (access classes in `auditedClasses`) note
// each record and field a request discloses; when the operation finishes, one batch of events
// is appended before the response leaves. If the batch cannot be written, the response carries
// no data (no unaudited disclosure).

import { createHash } from 'node:crypto';
import {
  defaultFieldResolver,
  GraphQLError,
  getOperationAST,
  isIntrospectionType,
  isObjectType,
  print,
  type GraphQLSchema,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { accessClassOf } from '../auth/permissions.ts';
import type { Context } from '../context.ts';
import type { PrismaClient } from '../db/client.ts';
import { auditedClasses } from '../graphql/access.ts';
import { writeAuditEvents, type AuditActor, type AuditEntry } from './log.ts';

interface Noted {
  entry: AuditEntry;
  fields: Set<string>;
  programId: string | null;
}

/** Collects what one request reads; one per request, in the context. */
export class AuditCollector {
  private readonly records = new Map<string, Noted>();
  operationName: string | null = null;
  operationHash: string | null = null;

  /** Notes that `coordinate` of a record was read. */
  read(recordType: string, source: unknown, coordinate: string): void {
    const row = (source ?? {}) as { id?: unknown; patientId?: unknown; programId?: unknown };
    const recordId = typeof row.id === 'string' || typeof row.id === 'bigint' ? String(row.id) : '-';
    const key = `${recordType}:${recordId}`;
    let noted = this.records.get(key);
    if (!noted) {
      const patientId =
        typeof row.patientId === 'string' ? row.patientId : recordType === 'Patient' && recordId !== '-' ? recordId : null;
      noted = {
        entry: { action: 'READ', recordType, recordId, patientId, fields: [] },
        fields: new Set(),
        programId: typeof row.programId === 'string' ? row.programId : null,
      };
      this.records.set(key, noted);
    }
    noted.fields.add(coordinate);
  }

  /** Notes a field the caller was refused. */
  denied(coordinate: string): void {
    const key = `denied:${coordinate}`;
    if (!this.records.has(key)) {
      this.records.set(key, {
        entry: { action: 'DENIED', recordType: coordinate.split('.')[0] ?? '-', recordId: '-', fields: [], outcome: 'DENIED' },
        fields: new Set([coordinate]),
        programId: null,
      });
    }
  }

  get size(): number {
    return this.records.size;
  }

  /** The entries to write; `isPart2` tells which programs are 42 CFR Part 2 programs. */
  entries(isPart2: (programId: string) => boolean): AuditEntry[] {
    return [...this.records.values()].map(({ entry, fields, programId }) => ({
      ...entry,
      fields: [...fields],
      part2: programId !== null && isPart2(programId),
    }));
  }
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
    for (const field of Object.values(type.getFields())) {
      if (!auditedClasses.has(accessClassOf(type, field))) {
        continue;
      }
      const resolve = field.resolve ?? defaultFieldResolver;
      const coordinate = `${type.name}.${field.name}`;
      const recordType = type.name;
      field.resolve = (source, args, context: Context, info) => {
        context.audit.read(recordType, source, coordinate);
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

/**
 * Appends the request's read events when the operation is done; fails the response closed when
 * they cannot be written.
 *
 * @param prisma - the base (unscoped) client: the audit chain is one for the installation
 */
export function useAuditTrail(prisma: PrismaClient): Plugin<Context> {
  return {
    onExecute({ args }) {
      const ctx = args.contextValue;
      ctx.audit.operationName = getOperationAST(args.document, args.operationName)?.name?.value ?? null;
      return {
        async onExecuteDone({ result, setResult }) {
          if (ctx.audit.size === 0 || Symbol.asyncIterator in result) {
            return;
          }
          try {
            ctx.audit.operationHash = createHash('sha256').update(print(args.document)).digest('hex');
            const part2 = ctx.viewer ? new Set((await ctx.access()).programs.part2) : new Set<string>();
            await writeAuditEvents(prisma, auditActor(ctx), ctx.audit.entries((id) => part2.has(id)));
          } catch (error) {
            console.error(`audit write failed for request ${ctx.requestId}:`, error);
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
