// Benchmark server 2, the raw baseline: a plain node:http handler running hand-written SQL with
// node-postgres (two prepared statements: the page of claims with their payer and rendering
// provider, then the lines of those claims) and returning the JSON Parity returns for the same
// page, global IDs included. It checks no token and writes no audit: the near-physical limit of
// this stack (Node, pg, PostgreSQL) for this page. Started by bench/run.ts.

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { benchOrganizationId } from '../dataset.ts';
import { required, serveChild } from './protocol.ts';

const claimsSql = `
SELECT c.id, c.status, c."claimType", c."serviceFrom"::text AS "serviceFrom", c."serviceTo"::text AS "serviceTo",
       c."totalCharge"::text AS "totalCharge", c."submittedAt",
       p.id AS "payerId", p.name AS "payerName", p."payerCode", p.kind AS "payerKind",
       r.id AS "providerId", r."firstName", r."lastName", r.npi, r."licensureType"
  FROM "Claim" c
  JOIN "Payer" p ON p.id = c."payerId"
  LEFT JOIN "Provider" r ON r.id = c."renderingProviderId"
 WHERE c."organizationId" = $1
 ORDER BY c."serviceFrom" DESC, c.id ASC
 LIMIT $2`;

const linesSql = `
SELECT id, "claimId", "lineNumber", "serviceDate"::text AS "serviceDate", "procedureCode", modifiers, units,
       "chargeAmount"::text AS "chargeAmount", "placeOfService"
  FROM "ClaimLine"
 WHERE "claimId" = ANY($1::uuid[])
 ORDER BY "claimId", "lineNumber"`;

interface ClaimRow {
  id: string;
  status: string;
  claimType: string;
  serviceFrom: string;
  serviceTo: string;
  totalCharge: string;
  submittedAt: Date | null;
  payerId: string;
  payerName: string;
  payerCode: string;
  payerKind: string;
  providerId: string | null;
  firstName: string | null;
  lastName: string | null;
  npi: string | null;
  licensureType: string | null;
}

interface LineRow {
  id: string;
  claimId: string;
  lineNumber: number;
  serviceDate: string;
  procedureCode: string;
  modifiers: string[];
  units: number;
  chargeAmount: string;
  placeOfService: string | null;
}

/** Relay global ID, as Parity encodes it. */
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

serveChild(async () => {
  const pool = new pg.Pool({ connectionString: required('BENCH_DATABASE_URL'), max: 10 });
  let statements = 0;
  let requests = 0;
  const query = <R extends pg.QueryResultRow>(name: string, text: string, values: unknown[]) => {
    statements += 1;
    return pool.query<R>({ name, text, values });
  };

  async function page(first: number): Promise<string> {
    const claims = (await query<ClaimRow>('bench-claims', claimsSql, [benchOrganizationId, first + 1])).rows;
    const hasNextPage = claims.length > first;
    const shown = claims.slice(0, first);
    const lines = shown.length
      ? (await query<LineRow>('bench-lines', linesSql, [shown.map((c) => c.id)])).rows
      : [];
    const linesOf = new Map<string, object[]>();
    for (const l of lines) {
      let list = linesOf.get(l.claimId);
      if (!list) {
        list = [];
        linesOf.set(l.claimId, list);
      }
      list.push({
        id: globalId('ClaimLine', l.id),
        lineNumber: l.lineNumber,
        serviceDate: l.serviceDate,
        procedureCode: l.procedureCode,
        modifiers: l.modifiers,
        units: l.units,
        chargeAmount: l.chargeAmount,
        placeOfService: l.placeOfService,
      });
    }
    const edges = shown.map((c) => ({
      node: {
        id: globalId('Claim', c.id),
        status: c.status,
        claimType: c.claimType,
        serviceFrom: c.serviceFrom,
        serviceTo: c.serviceTo,
        totalCharge: c.totalCharge,
        submittedAt: c.submittedAt ? c.submittedAt.toISOString() : null,
        payer: { id: globalId('Payer', c.payerId), name: c.payerName, payerCode: c.payerCode, kind: c.payerKind },
        renderingProvider: c.providerId
          ? { id: globalId('Provider', c.providerId), displayName: `${c.lastName}, ${c.firstName}`, npi: c.npi, licensureType: c.licensureType }
          : null,
        lines: linesOf.get(c.id) ?? [],
      },
    }));
    return JSON.stringify({ data: { claims: { edges, pageInfo: { hasNextPage } } } });
  }

  const http = createServer((req, res) => {
    requests += 1;
    if (req.method !== 'POST' || req.url !== '/graphql') {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let first = 50;
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables?: { first?: unknown } };
        if (typeof body.variables?.first === 'number') {
          first = Math.min(100, Math.max(1, Math.floor(body.variables.first)));
        }
      } catch {
        res.writeHead(400).end();
        return;
      }
      page(first).then(
        (json) => {
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
          res.end(json);
        },
        (error: unknown) => {
          console.error(error);
          res.writeHead(500).end();
        },
      );
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    headers: {},
    statements: () => statements,
    requests: () => requests,
    close: async () => {
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
      await pool.end();
    },
  };
});
