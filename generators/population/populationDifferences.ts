import type { Plain } from '../../input/toPlain.js';
import { isNamedList } from './namedItems.js';

/** A value of the population file that differs between two arms, as the files write it, its map keys sorted (null: absent). */
export interface PopulationChange {
  /** Keys and profile names, dot-separated, as `--set` takes them: `buyerProfiles.firm.weight`. */
  readonly path: string;
  readonly baseline: Plain;
  readonly variant: Plain;
  /**
   * True when this is a list of profiles whose names come in another order (baseline and
   * variant: the names in order). The same profiles in another order behave alike in
   * distribution, but a claim draws a profile by its place in the list, so the same random
   * numbers give it another profile: claims no longer pair across the arms.
   */
  readonly order?: true;
}

/**
 * Labels, not behaviour: a different name or description changes no figure. Nor does the
 * file's seed: the replications' seeds come from the baseline (--seed), both arms alike.
 * Nor the calibration card: it says where the numbers come from, and the numbers themselves
 * are compared where they are written.
 */
const LABELS = new Set(['name', 'description', 'seed', 'calibration']);

/**
 * The values that differ between two populations' data (extends and --set applied), in the
 * baseline's order then the variant's: maps key by key, profiles by name, any other value whole.
 */
export function populationDifferences(baseline: Plain, variant: Plain, path: readonly string[] = []): PopulationChange[] {
  if (isMap(baseline) && isMap(variant)) {
    const keys = [...new Set([...Object.keys(baseline), ...Object.keys(variant)])].filter((k) => path.length > 0 || !LABELS.has(k));
    return keys.flatMap((k) => populationDifferences(baseline[k] ?? null, variant[k] ?? null, [...path, k]));
  }
  if (isNamedList(baseline) && isNamedList(variant)) {
    const names = [...new Set([...baseline.map((x) => x.name), ...variant.map((x) => x.name)])];
    const byName = (list: readonly { name: string }[], n: string): Plain => (list.find((x) => x.name === n) as Plain | undefined) ?? null;
    // The names both lists hold, in each list's order: another order is a change of its own.
    const shared = (list: readonly { name: string }[], other: readonly { name: string }[]) => list.map((x) => x.name).filter((n) => other.some((y) => y.name === n));
    const [orderA, orderB] = [shared(baseline, variant), shared(variant, baseline)];
    const order: PopulationChange[] = JSON.stringify(orderA) === JSON.stringify(orderB) ? [] : [{ path: path.join('.'), baseline: orderA, variant: orderB, order: true }];
    return [...order, ...names.flatMap((n) => populationDifferences(byName(baseline, n), byName(variant, n), [...path, n]))];
  }
  return JSON.stringify(baseline) === JSON.stringify(variant) ? [] : [{ path: path.join('.'), baseline: sortedKeys(baseline), variant: sortedKeys(variant) }];
}

/**
 * A map's keys in sorted order, at every depth: a value written only on one side reads the
 * same in a report made here and in one merged from parts (which store JSON with sorted keys).
 */
function sortedKeys(v: Plain): Plain {
  if (Array.isArray(v)) return v.map(sortedKeys);
  if (!isMap(v)) return v;
  return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortedKeys(v[k]!)]));
}

function isMap(v: Plain): v is { [key: string]: Plain } {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
