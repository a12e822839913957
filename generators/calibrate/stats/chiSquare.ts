import { normalQuantile } from './normal.js';

/** log Γ(x) (Lanczos, g = 7). */
export function logGamma(x: number): number {
  const g = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  x -= 1;
  let a = g[0]!;
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += g[i]! / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** The regularised upper incomplete gamma Q(s, x) (series below s + 1, continued fraction above). */
export function gammaQ(s: number, x: number): number {
  if (x <= 0) return 1;
  if (x < s + 1) {
    let sum = 1 / s;
    let term = sum;
    for (let n = 1; n < 1000; n++) {
      term *= x / (s + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-15) break;
    }
    return Math.max(0, 1 - Math.exp(-x + s * Math.log(x) - logGamma(s)) * sum);
  }
  let b = x + 1 - s;
  let c = 1e300;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - s);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < 1e-300) d = 1e-300;
    c = b + an / c;
    if (Math.abs(c) < 1e-300) c = 1e-300;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return Math.min(1, Math.exp(-x + s * Math.log(x) - logGamma(s)) * h);
}

/** P(χ²(df) ≥ x). */
export function chiSquareSurvival(x: number, df: number): number {
  return gammaQ(df / 2, x / 2);
}

/** The p-quantile of χ²(df) (Wilson–Hilferty, refined by Newton steps on the exact CDF). */
export function chiSquareQuantile(p: number, df: number): number {
  const z = normalQuantile(p);
  const h = 2 / (9 * df);
  let x = Math.max(1e-8, df * (1 - h + z * Math.sqrt(h)) ** 3);
  for (let i = 0; i < 20; i++) {
    const f = 1 - chiSquareSurvival(x, df) - p;
    const logDensity = (df / 2 - 1) * Math.log(x) - x / 2 - (df / 2) * Math.log(2) - logGamma(df / 2);
    const step = f / Math.exp(logDensity);
    if (!Number.isFinite(step)) break;
    x = Math.max(x / 10, x - step);
    if (Math.abs(step) < 1e-10 * x) break;
  }
  return x;
}
