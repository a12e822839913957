import { isScalar, parseDocument } from 'yaml';
import type { ChangeRange } from './ChangeRange.js';
import { formatChangeRange } from './ChangeRange.js';
import type { ImpactResult } from './checkImpacts.js';

/** Width kept around an estimate that has no interval (one replication without per-claim pairs). */
const NO_INTERVAL_SLACK = 0.005;

/**
 * The fixture's text with every expected range replaced by the current result's 95% interval,
 * rounded outward to 0.1%: a later run fails only when an impact moves beyond its noise.
 * Comments, key order and everything else in the file are kept.
 */
export function updateImpactFixture(text: string, results: readonly ImpactResult[]): string {
  const doc = parseDocument(text, { schema: 'core' });
  for (const r of results) {
    const range = newRange(r);
    if (!range) continue;
    const path = ['expect', r.outcome, r.kind];
    const node = doc.getIn(path, true);
    const value = formatChangeRange(range);
    if (isScalar(node)) node.value = value;
    else doc.setIn(path, value);
  }
  return doc.toString();
}

function newRange(r: ImpactResult): ChangeRange | null {
  const i = r.interval;
  if (!i) return null;
  const [low, high] = i.method === 'none' ? [i.estimate - NO_INTERVAL_SLACK, i.estimate + NO_INTERVAL_SLACK] : [Math.min(i.low, i.estimate), Math.max(i.high, i.estimate)];
  // Outward to 0.1% (a thousandth); the epsilon keeps an exact 0.021 from becoming 0.022.
  return { low: Math.floor(low * 1000 + 1e-9) / 1000, high: Math.ceil(high * 1000 - 1e-9) / 1000 };
}
