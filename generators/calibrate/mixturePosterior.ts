/**
 * Per group, log Σ_k π_k·exp(ll_k) by log-sum-exp (`rows[g][k]`: group g under profile k), their
 * sum, and each group's posterior over the profiles. A group no profile of positive weight can
 * hold gets the uniform posterior and adds nothing to the sum.
 */
export function mixturePosterior(rows: readonly (readonly number[])[], weights: readonly number[]): { perGroup: number[]; total: number; posterior: number[][] } {
  const perGroup = new Array<number>(rows.length).fill(0);
  let total = 0;
  const posterior = rows.map((row, g) => {
    const terms = row.map((l, k) => (weights[k]! > 0 ? Math.log(weights[k]!) + l : Number.NEGATIVE_INFINITY));
    const top = Math.max(...terms);
    if (!Number.isFinite(top)) return weights.map(() => 1 / weights.length);
    const e = terms.map((t) => Math.exp(t - top));
    const s = e.reduce((a, b) => a + b, 0);
    perGroup[g] = top + Math.log(s);
    total += perGroup[g];
    return e.map((v) => v / s);
  });
  return { perGroup, total, posterior };
}

/**
 * The starting posteriors of an EM over K profiles: the groups ranked by `score` (highest first,
 * then by id), cut into K runs of equal size, each group 0.7 in its run's profile and the rest
 * shared by the others. Deterministic.
 */
export function rankedStart(score: readonly number[], ids: readonly string[], k: number): number[][] {
  const groups = score.length;
  const order = Array.from({ length: groups }, (_, g) => g).sort((a, b) => score[b]! - score[a]! || (ids[a]! < ids[b]! ? -1 : 1));
  const posterior = Array.from({ length: groups }, () => new Array<number>(k).fill(k > 1 ? 0.3 / (k - 1) : 1));
  order.forEach((g, rank) => {
    if (k > 1) posterior[g]![Math.min(k - 1, Math.floor((rank * k) / groups))] = 0.7;
  });
  return posterior;
}
