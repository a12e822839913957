/** The two-sample Kolmogorov–Smirnov statistic D of two sorted samples. */
export function ksStatistic(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < a.length && j < b.length) {
    const x = Math.min(a[i]!, b[j]!);
    while (i < a.length && a[i]! <= x) i++;
    while (j < b.length && b[j]! <= x) j++;
    d = Math.max(d, Math.abs(i / a.length - j / b.length));
  }
  return d;
}

/** The asymptotic p-value of D for samples of n and m (Kolmogorov's series with Stephens' correction). */
export function ksPValue(d: number, n: number, m: number): number {
  const ne = (n * m) / (n + m);
  const lambda = (Math.sqrt(ne) + 0.12 + 0.11 / Math.sqrt(ne)) * d;
  if (lambda < 0.2) return 1;
  let sum = 0;
  for (let k = 1; k <= 100; k++) {
    const term = 2 * (k % 2 === 1 ? 1 : -1) * Math.exp(-2 * k * k * lambda * lambda);
    sum += term;
    if (Math.abs(term) < 1e-12) break;
  }
  return Math.min(1, Math.max(0, sum));
}

/** The critical D at level 0.05 for samples of n and m (c(α) = 1.358). */
export function ksThreshold(n: number, m: number): number {
  return 1.358 * Math.sqrt((n + m) / (n * m));
}
