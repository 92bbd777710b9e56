// Statements run on a connection of Prisma's driver adapter (node-postgres or PGlite), beside the
// Prisma client rather than through it. The client serializes a raw statement's parameters and
// converts every value of its result to the column's type, field by field: for the hundreds of
// rows a page's policy context reads (prior visits, units used of authorizations) and the
// hundreds of audit events it writes, that was more CPU than the driver's own work. Statements
// written for this path cast their parameters in SQL and read only text, integers, booleans and
// uuids, which the driver returns as they are.
//
// The connection is the one the client's own adapter factory gives, so it reaches the same
// database on the same pool (or the same PGlite), and a statement counter wrapped around the
// factory counts it like any other. It is outside any interactive transaction, as the client's
// raw statements already are (the scoped client sends them through the base client).

import type { ArgType, SqlDriverAdapter, SqlDriverAdapterFactory, SqlQueryable } from '@prisma/driver-adapter-utils';
import type { Prisma } from '../generated/prisma/client.ts';
import type { PrismaClient } from './client.ts';

const connections = new WeakMap<SqlDriverAdapterFactory, Promise<SqlDriverAdapter>>();

/**
 * The connection of the driver adapter for this factory: one per factory, opened on first use.
 * Its resources are the pool's (or PGlite's) and go when the database is closed.
 */
export function driverConnection(factory: SqlDriverAdapterFactory): Promise<SqlDriverAdapter> {
  let connection = connections.get(factory);
  if (connection === undefined) {
    connection = factory.connect();
    connections.set(factory, connection);
    connection.catch(() => connections.delete(factory));
  }
  return connection;
}

/**
 * Runs a statement built with `Prisma.sql`; the rows as objects keyed by column name. On the
 * driver, a value comes back as the driver reads it: write statements for either path (cast
 * integers with ::int, dates with to_char) so that both give the same rows.
 */
export type RawQuery = <T>(statement: Prisma.Sql) => Promise<T[]>;

/** Raw statements through the Prisma client (inside a transaction, pass the transaction). */
export function clientQuery(prisma: Pick<PrismaClient, '$queryRaw'>): RawQuery {
  return <T>(statement: Prisma.Sql) => prisma.$queryRaw<T[]>(statement);
}

// The statements cast every parameter in SQL, so the driver needs no type but a list's arity.
const scalar: ArgType = { scalarType: 'unknown', arity: 'scalar' };
const list: ArgType = { scalarType: 'unknown', arity: 'list' };

/** Raw statements on a connection of the driver adapter. */
export function driverQuery(connect: () => Promise<SqlQueryable>): RawQuery {
  return async <T>(statement: Prisma.Sql): Promise<T[]> => {
    const driver = await connect();
    const { columnNames, rows } = await driver.queryRaw({
      sql: statement.text,
      args: statement.values,
      argTypes: statement.values.map((value) => (Array.isArray(value) ? list : scalar)),
    });
    return rows.map((row) => {
      const record: Record<string, unknown> = {};
      for (let i = 0; i < columnNames.length; i += 1) {
        record[columnNames[i] as string] = row[i];
      }
      return record as T;
    });
  };
}
