/** The longest tolerance: a timer a day late is what an audit is for, and a day would make 00:00 ambiguous. */
export const MAX_TOLERANCE_MS = 24 * 3_600_000 - 1;

const UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** A duration such as `15m`, `90s`, `2h`, `1h30m` or `0`, in milliseconds; or why it is not one. */
export function parseDuration(text: string): { ok: true; ms: number } | { ok: false; problem: string } {
  const t = text.trim();
  if (t === '0') return { ok: true, ms: 0 };
  const parts = [...t.matchAll(/(\d+)(ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== t) return { ok: false, problem: `${text} is not a duration (write it as 15m, 90s, 2h or 1h30m)` };
  const ms = parts.reduce((sum, p) => sum + Number(p[1]) * UNITS[p[2]!]!, 0);
  if (ms > MAX_TOLERANCE_MS) return { ok: false, problem: `${text} is a day or more (a tolerance is for a batch job's lag: at most 23h59m)` };
  return { ok: true, ms };
}
