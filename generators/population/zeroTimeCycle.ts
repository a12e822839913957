import type { LifecycleStatus } from '../../engine/index.js';
import type { DistributionSpec } from '../random/DistributionSpec.js';

/** True when a duration distribution can only ever give 0 ms. */
function alwaysZero(d: DistributionSpec): boolean {
  if ('constant' in d) return d.constant === 0;
  if ('uniform' in d) return d.uniform[0] === 0 && d.uniform[1] === 0;
  if ('exponential' in d) return false;
  if ('logNormal' in d) return d.logNormal.median === 0;
  return d.empirical.every((r) => ('value' in r ? r.value === 0 : r.from === 0 && r.to === 0));
}

/** A lifecycle as the cycle check needs it: per status, its delay and the statuses it may move to. */
export type LifecycleGraph = Readonly<Record<string, { readonly after: DistributionSpec; readonly next: readonly { readonly value: string; readonly weight: number }[] }>>;

/**
 * A cycle of lifecycle steps that all take no time (`returning` → `return_on_hold` →
 * `returning` with `after: 0`): a claim on it would move forever at one instant, so the run
 * would never end. Returns the statuses of the first such cycle, in order, or null.
 */
export function zeroTimeCycle(lifecycle: LifecycleGraph): LifecycleStatus[] | null {
  const instant = new Set(Object.keys(lifecycle).filter((s) => alwaysZero(lifecycle[s]!.after)));
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (s: string): string[] | null => {
    const at = onPath.indexOf(s);
    if (at >= 0) return [...onPath.slice(at), s];
    if (done.has(s) || !instant.has(s)) return null;
    onPath.push(s);
    for (const { value, weight } of lifecycle[s]!.next) {
      if (weight <= 0) continue;
      const cycle = visit(value);
      if (cycle) return cycle;
    }
    onPath.pop();
    done.add(s);
    return null;
  };
  for (const s of instant) {
    const cycle = visit(s);
    if (cycle) return cycle as LifecycleStatus[];
  }
  return null;
}
