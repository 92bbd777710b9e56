// The small-cell rule of the aggregates analysts read: a de-identification rule, beside the
// others (deidentify.ts), applied by the analytics reports.

/** Counts from 1 to this many are withheld from analysts (the CMS cell-size convention). */
export const smallCellLimit = 10;

/** A cell of an aggregate as an analyst may see it. */
export type ShownCell<T extends { count: number }> = Omit<T, 'count'> & { count: number | null; suppressed: boolean };

/**
 * Small-cell suppression for the aggregates analysts read (counts of 1 to 10 could single a
 * patient out): such a cell's count reads null, and so do the other figures of the cell
 * (`figures`, such as sums of charges). When exactly one cell is withheld, the next smallest is
 * withheld too, so that a total or the other cells cannot give it back. Zero is shown.
 *
 * @param cells - the aggregate's cells, each with its count
 * @param figures - other fields of a cell computed from the same patients (withheld alike)
 */
export function suppressSmallCells<T extends { count: number }>(cells: readonly T[], figures: ReadonlyArray<keyof T> = []): Array<ShownCell<T>> {
  const withheld = new Set(cells.map((c, i) => (c.count > 0 && c.count <= smallCellLimit ? i : -1)).filter((i) => i >= 0));
  if (withheld.size === 1) {
    const next = cells
      .map((c, i) => ({ count: c.count, i }))
      .filter(({ count, i }) => count > 0 && !withheld.has(i))
      .sort((a, b) => a.count - b.count)[0];
    if (next) {
      withheld.add(next.i);
    }
  }
  return cells.map((cell, i) => {
    if (!withheld.has(i)) {
      return { ...cell, suppressed: false };
    }
    const hidden = Object.fromEntries(figures.map((f) => [f, null]));
    return { ...cell, ...hidden, count: null, suppressed: true };
  });
}
