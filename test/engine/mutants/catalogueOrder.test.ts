import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FAULT_NAMES } from '../../../engine/index.js';
import { FEATURES } from '../../../engine/features/index.js';
import type { RuleMutant } from '../../../engine/features/Feature.js';
import { RULE_MUTANTS } from '../../../engine/mutants/index.js';
import { catalogueOf } from '../../../engine/mutants/ruleMutants.js';

/**
 * The catalogue's names, in its order: `claimsim mutate` prints them so, the audit's kill matrix
 * rows them so, and docs/mutation.md tables them. A mutant moved between files keeps its place;
 * a new one is added here on purpose.
 */
const CATALOGUE = [
  'request-by-anyone',
  'ineligible-before-not-seller',
  'answer-by-anyone',
  'no-open-request-before-not-buyer',
  'claim-opened-by-anyone',
  'support-by-anyone',
  'memo-sender-unchecked',
  'window-one-day-short',
  'window-one-day-long',
  're-request-deadline-from-the-day-after',
  'kept-deadline-retimed',
  'retimed-deadline-kept',
  'timer-one-ms-late',
  'timeout-outcome-flipped',
  'deadline-counted-in-utc',
  'receipt-date-ignored',
  'delay-threshold-one-day-short',
  'delay-threshold-one-day-long',
  'rejection-cooldown-ignored',
  'rejection-cooldown-one-day-short',
  'rejection-cooldown-ends-a-millisecond-late',
  'cancellation-cooldown-ignored',
  'cancellation-cooldown-one-day-long',
  'cancellation-cooldown-uses-rejection-days',
  'cooldowns-do-not-add-up',
  'kept-cooldown-recomputed',
  'recomputed-cooldown-kept',
  're-request-limit-off-by-one',
  'request-message-not-required',
  're-request-message-not-required',
  'rejection-reason-not-required',
  'rejection-category-lost',
  'message-check-before-cooldown',
  'empty-memo-accepted',
  'pii-ignored-under-block',
  'memo-pii-unchecked',
  'pii-ignored-under-warn',
  'returning-not-eligible',
  'return-on-hold-eligible',
  'ineligible-refusal-without-support',
  'exchange-reshipping-eligible',
  'support-refused-on-closed-claims',
  'request-on-hold-taken-as-re-request',
  'buyer-counter-counts-on-hold',
  'timeout-keeps-buyer-counter',
  'accept-taken-as-rejection',
  'cancel-refused-on-hold',
  'lapse-ignored',
  'lapse-on-eligible-move',
  'opened-status-counted-as-first',
  'export-drops-claim-reason',
  'memo-counted-for-the-wrong-party',
  'reminder-a-day-late',
  'reminder-to-an-answered-request',
  'cooldown-end-notice-when-stale',
];

describe('the rule mutant catalogue\'s order', () => {
  it('names its mutants in the order users see them', () => {
    expect(RULE_MUTANTS.map((m) => m.name)).toEqual(CATALOGUE);
  });

  it('is tabled in that order in docs/mutation.md', () => {
    const doc = readFileSync(new URL('../../../docs/mutation.md', import.meta.url), 'utf8');
    const rows = [...doc.matchAll(/^\| `([a-z0-9-]+)` \| R\d/gm)].map((m) => m[1]!).filter((name) => CATALOGUE.includes(name));
    expect(rows.slice(0, CATALOGUE.length)).toEqual(CATALOGUE);
  });

  it('holds exactly the mutants the features register, each once (engine/features/<feature>/mutants.ts)', () => {
    const registered = FEATURES.flatMap((f) => (f.mutants ?? []).map((m) => m.name));
    expect([...registered].sort()).toEqual([...CATALOGUE].sort());
  });

  it('places the named mutants first, then the others in the features\' order; a name twice or an unknown name is a bug', () => {
    const m = (name: string): RuleMutant => ({ name, rules: ['R1'], description: name, suggestedScenario: name, mutate: (base) => base });
    const [a, b, c, d] = [m('a'), m('b'), m('c'), m('d')];
    expect(catalogueOf([a, b, c, d], ['c', 'a']).map((x) => x.name)).toEqual(['c', 'a', 'b', 'd']);
    expect(() => catalogueOf([a, b, m('a')], [])).toThrow(/two rule mutants are named a/);
    expect(() => catalogueOf([a], ['a', 'gone'])).toThrow(/names gone, which no feature registers/);
  });

  it('is documented beside the faults of --inject-fault, whose names shared with a mutant are one bug each', () => {
    const doc = readFileSync(new URL('../../../docs/mutation.md', import.meta.url), 'utf8');
    for (const f of FAULT_NAMES) expect(doc).toMatch(new RegExp(`^\\| \`${f}\` \\| R\\d+a? \\|`, 'm'));
    expect(FAULT_NAMES.filter((f) => CATALOGUE.includes(f))).toEqual(['lapse-ignored', 'kept-deadline-retimed']);
    for (const f of ['lapse-ignored', 'kept-deadline-retimed']) expect(doc).toMatch(new RegExp(`^\\| \`${f}\` \\|.*\\| the same bug \\|$`, 'm'));
  });
});
