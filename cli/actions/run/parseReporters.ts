import { InputError } from '../../exit.js';
import { refuseSharedOutputs } from '../../io/refuseOutputOverInput.js';

export const REPORTERS = ['pretty', 'json', 'junit'] as const;
export type ReporterName = (typeof REPORTERS)[number];

/** One reporter of a run and where it writes (no file: standard output). */
export interface ReporterTarget {
  readonly name: ReporterName;
  readonly file?: string;
}

/**
 * `--reporter NAME[:FILE]` (repeatable) with `--out FILE`: each reporter and where it writes.
 * A reporter given without a file writes to `--out` (the v1 form, `--reporter junit --out
 * FILE`), or else to standard output; at most one may. No reporter: pretty. Two reporters
 * given one file (by name, through a link, or by --out) are refused: one would overwrite the other.
 */
export function parseReporters(specs: readonly string[], out: string | undefined): ReporterTarget[] {
  const targets = (specs.length > 0 ? specs : ['pretty']).map((spec): ReporterTarget => {
    const colon = spec.indexOf(':');
    const name = colon < 0 ? spec : spec.slice(0, colon);
    const file = colon < 0 ? undefined : spec.slice(colon + 1);
    if (!(REPORTERS as readonly string[]).includes(name)) throw new InputError(`--reporter ${spec}: no reporter "${name}" (choose pretty, json or junit, each with :FILE to write a file)`);
    if (file === '') throw new InputError(`--reporter ${spec} names no file after the colon (write ${name}:FILE, or ${name} for standard output)`);
    return { name: name as ReporterName, ...(file !== undefined ? { file } : {}) };
  });
  const unnamed = targets.filter((t) => t.file === undefined);
  if (unnamed.length > 1) {
    throw new InputError(`--reporter ${unnamed.map((t) => t.name).join(' and ')} would both write to ${out ?? 'standard output'}: give all but one a file, such as --reporter ${unnamed[1]!.name}:FILE`);
  }
  refuseSharedOutputs(
    targets.flatMap((t) => (t.file !== undefined ? [{ what: `--reporter ${t.name}:FILE`, path: t.file }] : out !== undefined ? [{ what: `--out (the ${t.name} report)`, path: out }] : [])),
  );
  return targets.map((t) => (t.file === undefined && out !== undefined ? { ...t, file: out } : t));
}
