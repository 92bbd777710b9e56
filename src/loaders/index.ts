// Per-request batch loaders for computed fields: each turns a page's worth of lookups into a
// fixed number of queries. Created fresh for every request (in the context), never shared
// between callers.

import DataLoader from 'dataloader';
import type { PrismaClient } from '../db/client.ts';
import { evaluate, type PolicyRegistry } from '../policy/engine.ts';
import type { ClaimSnapshot, EvaluationResult } from '../policy/types.ts';
import { loadClaimSnapshots } from './claim-snapshots.ts';

export interface Loaders {
  /** Units billed against each authorization (sum of claim-line units). */
  authorizationUnitsUsed: DataLoader<string, number>;
  /** Each claim's snapshot (what its payer's policy judges), or null when not visible. */
  claimSnapshot: DataLoader<string, ClaimSnapshot | null>;
  /** Each claim judged by its payer's policy in force on its first date of service, as of today. */
  claimJudgement: DataLoader<string, EvaluationResult | null>;
}

/**
 * @param prisma - the request's scoped client: loaders see only what the caller may see
 * @param policies - the payer policy plugins
 * @param today - the day claims are judged on
 */
export function createLoaders(prisma: PrismaClient, policies: PolicyRegistry, today: string): Loaders {
  const claimSnapshot = new DataLoader<string, ClaimSnapshot | null>(async (ids) => {
    const snapshots = await loadClaimSnapshots(prisma, ids);
    return ids.map((id) => snapshots.get(id) ?? null);
  });
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
    claimSnapshot,
    claimJudgement: new DataLoader(async (ids) => {
      const snapshots = await claimSnapshot.loadMany(ids);
      return snapshots.map((snapshot) => {
        if (snapshot === null || snapshot instanceof Error) {
          return snapshot;
        }
        return evaluate(policies, snapshot, { today });
      });
    }),
  };
}
