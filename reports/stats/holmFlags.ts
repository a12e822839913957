/**
 * Holm's step-down procedure (Holm 1979): the p-values sorted from the smallest, the i-th of m
 * (from 0) is flagged while p ≤ α / (m − i); the first that is not stops it. At most α of the
 * comparisons with no true difference anywhere flag any of the family (family-wise error).
 * A null entry is not in the family and is not flagged (null back). Returns per entry whether
 * it is flagged, and its Holm-adjusted p-value (max over the steps to it of (m − i)·p, ≤ 1).
 */
export function holmFlags(pValues: readonly (number | null)[], alpha = 0.05): { readonly flagged: (boolean | null)[]; readonly adjusted: (number | null)[] } {
  const family = pValues.flatMap((p, i) => (p === null ? [] : [{ p, i }])).sort((x, y) => x.p - y.p || x.i - y.i);
  const flagged: (boolean | null)[] = pValues.map((p) => (p === null ? null : false));
  const adjusted: (number | null)[] = pValues.map(() => null);
  const m = family.length;
  let running = 0;
  let open = true;
  family.forEach(({ p, i }, k) => {
    running = Math.max(running, Math.min(1, (m - k) * p));
    adjusted[i] = running;
    open = open && p <= alpha / (m - k);
    flagged[i] = open;
  });
  return { flagged, adjusted };
}
