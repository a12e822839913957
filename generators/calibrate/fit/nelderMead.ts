/**
 * Maximises `f` from `start` by Nelder–Mead (a fixed number of steps at most, deterministic):
 * the fits' likelihoods are smooth and low-dimensional (one to three parameters).
 */
export function nelderMead(f: (x: readonly number[]) => number, start: readonly number[], step: readonly number[], maxSteps = 300): number[] {
  const n = start.length;
  const value = (x: readonly number[]): number => {
    const v = f(x);
    return Number.isFinite(v) ? v : Number.NEGATIVE_INFINITY;
  };
  let simplex = [start.slice()];
  for (let i = 0; i < n; i++) {
    const x = start.slice();
    x[i]! += step[i]!;
    simplex.push(x);
  }
  let values = simplex.map(value);
  for (let it = 0; it < maxSteps; it++) {
    const order = values.map((_, i) => i).sort((a, b) => values[b]! - values[a]!);
    simplex = order.map((i) => simplex[i]!);
    values = order.map((i) => values[i]!);
    const best = values[0]!;
    const worst = values[n]!;
    if (Number.isFinite(worst) && Math.abs(best - worst) <= 1e-9 * (1 + Math.abs(best))) break;
    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) centroid[k]! += simplex[i]![k]! / n;
    const toward = (t: number): number[] => centroid.map((c, k) => c + t * (simplex[n]![k]! - c));
    const r = toward(-1);
    const fr = value(r);
    if (fr > best) {
      const e = toward(-2);
      const fe = value(e);
      [simplex[n], values[n]] = fe > fr ? [e, fe] : [r, fr];
    } else if (fr > values[n - 1]!) {
      [simplex[n], values[n]] = [r, fr];
    } else {
      const c = fr > worst ? toward(-0.5) : toward(0.5);
      const fc = value(c);
      if (fc > Math.max(fr, worst)) [simplex[n], values[n]] = [c, fc];
      else {
        for (let i = 1; i <= n; i++) {
          simplex[i] = simplex[i]!.map((x, k) => simplex[0]![k]! + 0.5 * (x - simplex[0]![k]!));
          values[i] = value(simplex[i]!);
        }
      }
    }
  }
  let bestIndex = 0;
  for (let i = 1; i <= n; i++) if (values[i]! > values[bestIndex]!) bestIndex = i;
  return simplex[bestIndex]!;
}

/** The observed information's inverse diagonal at `x` (numerical Hessian of the log-likelihood): the parameters' variances. */
export function inverseHessianDiagonal(f: (x: readonly number[]) => number, x: readonly number[], h: readonly number[]): number[] {
  const n = x.length;
  const at = (d: readonly number[]): number => f(x.map((v, k) => v + d[k]!));
  const H: number[][] = [];
  const f0 = at(new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    H.push([]);
    for (let j = 0; j < n; j++) {
      const e = (a: number, b: number): number[] => x.map((_, k) => (k === i ? a * h[i]! : 0) + (k === j ? b * h[j]! : 0));
      H[i]![j] = i === j ? (at(e(1, 0)) - 2 * f0 + at(e(-1, 0))) / (h[i]! * h[i]!) : (at(e(1, 1)) - at(e(1, -1)) - at(e(-1, 1)) + at(e(-1, -1))) / (4 * h[i]! * h[j]!);
    }
  }
  if (n === 1) return [-1 / H[0]![0]!];
  // Two parameters at most are asked for; invert −H as 2 × 2.
  const a = -H[0]![0]!, b = -H[0]![1]!, d = -H[1]![1]!;
  const det = a * d - b * b;
  return [d / det, a / det];
}
