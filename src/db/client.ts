import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { DatabaseConfig } from '../config.ts';
import { PrismaClient } from '../generated/prisma/client.ts';

export type { PrismaClient };

/** An open database: the Prisma client, and the adapter factory the schema engine needs. */
export interface Database {
  kind: DatabaseConfig['kind'];
  prisma: PrismaClient;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

/**
 * Opens the configured database: embedded PGlite in a data folder, or PostgreSQL through
 * node-postgres. Both speak PostgreSQL, so one schema and one migration history serve both.
 *
 * @param config - which database, from loadConfig()
 */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.kind === 'postgres') {
    const adapterFactory = new PrismaPg({ connectionString: config.url });
    const prisma = new PrismaClient({ adapter: adapterFactory });
    return {
      kind: 'postgres',
      prisma,
      adapterFactory,
      close: () => prisma.$disconnect(),
    };
  }
  if (!config.dataDir.startsWith('memory://')) {
    await mkdir(config.dataDir, { recursive: true });
  }
  const pglite = await PGlite.create(config.dataDir);
  return fromPGlite(pglite);
}

/**
 * Wraps an already-open PGlite instance (tests use in-memory ones).
 *
 * @param pglite - the PGlite database
 */
export function fromPGlite(pglite: PGlite): Database {
  const adapterFactory = new PrismaPGlite(pglite);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  return {
    kind: 'pglite',
    prisma,
    adapterFactory,
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
