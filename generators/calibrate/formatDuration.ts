const UNITS: readonly [string, number][] = [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1000], ['ms', 1]];

/** Milliseconds as a population duration: `1d2h3m4s5ms` (whole ms), `0` for none. */
export function formatDuration(ms: number): string {
  let rest = Math.max(0, Math.round(ms));
  if (rest === 0) return '0ms';
  let text = '';
  for (const [unit, size] of UNITS) {
    const k = Math.floor(rest / size);
    if (k > 0) {
      text += `${k}${unit}`;
      rest -= k * size;
    }
  }
  return text;
}
