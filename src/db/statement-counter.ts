// Counts the SQL statements Prisma sends through a driver adapter: the tests' N+1 checks and the
// benchmark's "statements per request" read it. It wraps the adapter, so it sees every statement,
// raw or generated, inside transactions or not.

import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';

/** The statements seen since the last reset. */
export class StatementCounter {
  statements: string[] = [];

  get count(): number {
    return this.statements.length;
  }

  reset(): void {
    this.statements = [];
  }

  record(query: SqlQuery): void {
    this.statements.push(query.sql);
  }
}

function countingQueryable<T extends SqlDriverAdapter | Transaction>(inner: T, counter: StatementCounter): T {
  return new Proxy(inner, {
    get(target, property, receiver) {
      if (property === 'queryRaw' || property === 'executeRaw') {
        return (query: SqlQuery) => {
          counter.record(query);
          return target[property](query);
        };
      }
      if (property === 'startTransaction' && 'startTransaction' in target) {
        return async (...args: Parameters<SqlDriverAdapter['startTransaction']>) =>
          countingQueryable(await target.startTransaction(...args), counter);
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** An adapter factory whose connections record every statement in `counter`. */
export function countingAdapterFactory<F extends SqlDriverAdapterFactory>(inner: F, counter: StatementCounter): F {
  return new Proxy(inner, {
    get(target, property, receiver) {
      if (property === 'connect') {
        return async () => countingQueryable(await target.connect(), counter);
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
