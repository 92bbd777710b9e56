// Reference data every installation needs beside its own records: the shipped ICD-10-CM
// behavioral-health code set (a complete CMS release can be loaded over it with
// `npm run codes:icd10 -- <file>`).

import { loadShippedIcd10Codes } from '../domain/codes/icd10.ts';
import type { PrismaClient } from './client.ts';

/** Loads the shipped code sets into a database that has none yet; returns the codes added. */
export async function ensureReferenceData(prisma: PrismaClient): Promise<number> {
  if ((await prisma.icd10Code.count()) > 0) {
    return 0;
  }
  return (await loadShippedIcd10Codes(prisma)).inserted;
}
