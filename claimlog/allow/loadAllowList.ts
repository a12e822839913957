import { z } from 'zod';
import { parseYaml } from '../../input/parseYaml.js';
import { readSource } from '../../input/readSource.js';
import { parseIsoDate } from '../parseIsoInstant.js';
import type { AllowEntry, AllowList } from './AllowList.js';

/** The most entries an --allow file may hold. */
export const MAX_ALLOW_ENTRIES = 10_000;
/** The longest claim pattern, and the longest reason, in characters. */
export const MAX_PATTERN_CHARS = 200;
export const MAX_REASON_CHARS = 2_000;

const DOCS = 'see docs/claim-log.md, Accepted deviations';

const AllowEntrySchema = z.strictObject({
  rule: z.string().min(1),
  claims: z.string().min(1, 'is empty (a claim id, or a glob such as C-2024-*)').max(MAX_PATTERN_CHARS),
  reason: z.string().trim().min(1, 'is empty (say why the deviation is accepted)').max(MAX_REASON_CHARS),
  expires: z.string().refine((t) => parseIsoDate(t) !== null, 'is not a date YYYY-MM-DD (the last day the entry is in force, such as 2024-12-31; quote it or not)'),
});

/** An --allow file: a list of accepted deviations. */
export const AllowFileSchema = z.array(AllowEntrySchema).max(MAX_ALLOW_ENTRIES);

/**
 * Reads and checks an --allow file (docs/claim-log.md, Accepted deviations) through the one
 * reader: a YAML list of `{rule, claims, reason, expires}`. `rules` are the ids an entry may
 * name (the rules and invariants the audit judges); anything wrong is a ScenarioInputError at
 * file:line:column, as for every other YAML input.
 */
export function loadAllowList(path: string, rules: readonly string[]): AllowList {
  const { data, map } = parseYaml(readSource(path), path, 'write a list of entries with rule:, claims:, reason: and expires:');
  const r = AllowFileSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const unknownKey = issue.code === 'unrecognized_keys';
    const at = unknownKey ? [...issue.path, issue.keys[0]!] : issue.path;
    const key = at.length > 1 ? String(at[at.length - 1]) : '';
    const what = unknownKey
      ? `unknown key ${issue.keys[0]} (an entry has rule, claims, reason and expires; ${DOCS})`
      : at.length === 0
        ? `${issue.code === 'too_big' ? `more than ${MAX_ALLOW_ENTRIES.toLocaleString('en-US')} entries` : 'the file is not a list of entries'} (${DOCS})`
        : `${key ? `${key}: ` : ''}${issue.message} (${DOCS})`;
    throw map.error(at, what, unknownKey);
  }
  const entries: AllowEntry[] = r.data.map((e, i) => {
    if (!rules.includes(e.rule)) throw map.error([i, 'rule'], `rule: ${e.rule} is not a rule or invariant the audit judges (one of ${rules.join(', ')}; ${DOCS})`);
    return { entry: i + 1, line: map.lineOf([i]), rule: e.rule, claims: e.claims, reason: e.reason, expires: e.expires };
  });
  return { file: path, entries };
}
