// Per-request batch loaders for computed fields: each turns a page's worth of lookups into one
// query. Created fresh for every request (in the context), never shared between callers.

import DataLoader from 'dataloader';
import type { PrismaClient } from '../db/client.ts';

export interface Loaders {
  /** Units billed against each authorization (sum of claim-line units). */
  authorizationUnitsUsed: DataLoader<string, number>;
}

/**
 * @param prisma - the request's scoped client: loaders see only what the caller may see
 */
export function createLoaders(prisma: PrismaClient): Loaders {
  return {
    authorizationUnitsUsed: new DataLoader(async (ids) => {
      const rows = await prisma.claimLine.groupBy({
        by: ['authorizationId'],
        where: { authorizationId: { in: [...ids] } },
        _sum: { units: true },
      });
      const used = new Map(rows.map((r) => [r.authorizationId, r._sum.units ?? 0]));
      return ids.map((id) => used.get(id) ?? 0);
    }),
  };
}
