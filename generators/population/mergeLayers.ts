import type { Plain } from '../../input/toPlain.js';
import { didYouMean } from '../../scenarios/schema/closest.js';
import { mergePopulationData } from './mergePopulationData.js';
import { isNamedList } from './namedItems.js';
import type { PopulationLayer } from './PopulationLayer.js';
import { PopulationInputError } from './PopulationInputError.js';

/** The lists of profiles a variant merges by name. */
export const PROFILE_LISTS = ['sellerProfiles', 'buyerProfiles'] as const;

/** The key that marks a variant's profile as one the extended file does not have. */
export const NEW_PROFILE = 'new';

type PlainMap = { [key: string]: Plain };
const isMap = (v: Plain | undefined): v is PlainMap => v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v);

/**
 * The layers of a population (the file it extends first) merged into one (mergePopulationData),
 * with the variant's profiles checked against the profiles they extend: a profile whose name
 * matches none of them is a typo unless it is marked `new: true`, and one marked new must not
 * match any. A variant's `new` marks are dropped once checked, so the merged data is what a
 * whole file would say; in the first file, which extends nothing, `new` is an unknown key.
 */
export function mergeLayers(layers: readonly PopulationLayer[]): Plain {
  let data = layers[0]!.data;
  for (const layer of layers.slice(1)) {
    refuseUnmatchedProfiles(layer, data);
    data = mergePopulationData(data, withoutNewMarks(layer.data));
  }
  return data;
}

function refuseUnmatchedProfiles(layer: PopulationLayer, base: Plain): void {
  if (!isMap(layer.data) || !isMap(base)) return;
  for (const list of PROFILE_LISTS) {
    const theirs = base[list];
    const ours = layer.data[list];
    if (!isNamedList(theirs) || !isNamedList(ours)) continue;
    const names = theirs.map((p) => p.name);
    ours.forEach((profile, i) => {
      const mark = (profile as PlainMap)[NEW_PROFILE];
      const error = (path: readonly PropertyKey[], what: string): PopulationInputError => {
        const e = layer.map.error([list, i, ...path], what, true);
        return new PopulationInputError(layer.file, e.line, e.column, what);
      };
      if (mark !== undefined && typeof mark !== 'boolean') throw error([NEW_PROFILE], `${list}[${i}].new must be true or false, got ${JSON.stringify(mark)} (write new: true on a profile the extended file does not have)`);
      const known = names.includes(profile.name);
      if (!known && mark !== true) {
        throw error(
          ['name'],
          `${list}: no profile "${profile.name}" in the population this file extends (${didYouMean(profile.name, names)}its profiles: ${names.join(', ')}; to add a profile, mark it new: true)`,
        );
      }
      if (known && mark === true) {
        throw error([NEW_PROFILE], `${list}: profile "${profile.name}" is marked new: true, but the population this file extends has one of that name (remove new: true to change that profile, or give the new one another name)`);
      }
    });
  }
}

/** The data with the profiles' boolean `new` marks removed (a non-boolean one is left for the schema to refuse). */
function withoutNewMarks(data: Plain): Plain {
  if (!isMap(data)) return data;
  const out: PlainMap = { ...data };
  for (const list of PROFILE_LISTS) {
    const profiles = out[list];
    if (!Array.isArray(profiles)) continue;
    out[list] = profiles.map((p) => {
      if (!isMap(p) || typeof p[NEW_PROFILE] !== 'boolean') return p;
      const { [NEW_PROFILE]: _mark, ...rest } = p;
      return rest;
    });
  }
  return out;
}
