import type { DataPath } from '../../input/SourceMap.js';
import type { Plain } from '../../input/toPlain.js';
import { ScenarioShape } from './scenarioShape.js';

interface Def {
  readonly type: string;
  readonly shape?: Record<string, { _zod: { def: Def } }>;
  readonly element?: { _zod: { def: Def } };
  readonly valueType?: { _zod: { def: Def } };
  readonly innerType?: { _zod: { def: Def } };
  readonly options?: readonly { _zod: { def: Def } }[];
  readonly values?: readonly unknown[];
}

function unwrap(def: Def): Def {
  while ((def.type === 'optional' || def.type === 'nullable') && def.innerType) def = def.innerType._zod.def;
  return def;
}

/** For a union of actions, the option whose `do` literal matches the data (or the one without `do`). */
function pick(def: Def, value: Plain | undefined): Def | undefined {
  const name = value !== null && typeof value === 'object' && !Array.isArray(value) ? value['do'] : undefined;
  return def.options?.map((o) => o._zod.def).find((o) => {
    const d = o.shape?.['do'];
    const lit = d ? unwrap(d._zod.def) : undefined;
    return lit?.type === 'literal' ? lit.values?.includes(name) : name === undefined;
  });
}

/** The keys the schema allows in the map at `path` of `data` (for "unknown key" messages). */
export function allowedKeys(data: Plain, path: DataPath): readonly string[] {
  let def: Def | undefined = ScenarioShape._zod.def as unknown as Def;
  let value: Plain | undefined = data;
  const resolve = (): void => {
    def = def && unwrap(def);
    if (def?.type === 'union') def = pick(def, value);
  };
  resolve();
  for (const p of path) {
    if (!def) return [];
    if (def.type === 'object') def = def.shape?.[String(p)]?._zod.def;
    else if (def.type === 'array') def = def.element?._zod.def;
    else if (def.type === 'record') def = def.valueType?._zod.def;
    else return [];
    value = value !== null && typeof value === 'object' ? (value as Record<string, Plain>)[p as string] : undefined;
    resolve();
  }
  return def?.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}
