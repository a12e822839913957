import type { CalibrationCard, CalibrationUnidentified } from '../../../generators/population/calibrationSchema.js';

/** An unidentified assumption a variant leans on, and what of the variant leans on it. */
export interface LeanedAssumption {
  readonly assumption: CalibrationUnidentified;
  /** The changed policy keys and population paths the assumption names. */
  readonly by: readonly string[];
}

/**
 * The card's unidentified assumptions a variant leans on: those naming a policy key the variant
 * changes, or a population path it changes (a `*` segment stands for any profile; a path
 * matches the named one, anything under it, or anything above it). In the card's order.
 */
export function assumptionsLeanedOn(card: CalibrationCard | undefined, policyKeys: readonly string[], populationPaths: readonly string[] = []): LeanedAssumption[] {
  if (!card) return [];
  return card.unidentified.flatMap((assumption) => {
    const keys = policyKeys.filter((k) => assumption.policyKeys.includes(k));
    const paths = populationPaths.filter((p) => (assumption.paths ?? []).some((named) => pathsMeet(p, named)));
    const by = [...keys, ...paths];
    return by.length > 0 ? [{ assumption, by }] : [];
  });
}

/**
 * The same place, or one under the other, segment by segment: `*` matches any one segment, and
 * a profile's index (`buyerProfiles.0`, as the card writes it) also matches a profile's name (as
 * a comparison's changes write it), so with several profiles it may flag one too many, never one too few.
 */
function pathsMeet(changed: string, named: string): boolean {
  const a = changed.split('.');
  const b = named.split('.');
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const profileIndex = i > 0 && PROFILE_LISTS.has(b[i - 1]!) && /^\d+$/.test(b[i]!) && !/^\d+$/.test(a[i]!);
    if (b[i] !== '*' && a[i] !== b[i] && !profileIndex) return false;
  }
  return true;
}

const PROFILE_LISTS = new Set(['sellerProfiles', 'buyerProfiles']);

/** What is written beside a result that leans on an assumption. */
export function leanText(l: LeanedAssumption): string {
  return `leans on an assumption the log cannot identify: ${l.assumption.what} (assumed: ${l.assumption.assumption}; changed here: ${l.by.join(', ')})`;
}

/** The assumptions either arm's card names, once each (by what they are). */
export function leansOfArms(cards: readonly (CalibrationCard | undefined)[], policyKeys: readonly string[], populationPaths: readonly string[] = []): LeanedAssumption[] {
  const seen = new Set<string>();
  return cards
    .flatMap((c) => assumptionsLeanedOn(c, policyKeys, populationPaths))
    .filter((l) => {
      const key = JSON.stringify([l.assumption.what, l.by]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
