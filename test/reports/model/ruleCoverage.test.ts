import { describe, expect, it } from 'vitest';
import { REFUSAL_CODES } from '../../../engine/index.js';
import { RULE_IDS, addCoverageCounts, ruleCoverage } from '../../../reports/model/ruleCoverage.js';

describe('ruleCoverage', () => {
  it('an empty run exercises nothing and says so', () => {
    const c = ruleCoverage({});
    expect(c.rulesNeverHit).toEqual([...RULE_IDS]);
    expect(c.refusalsNeverHit).toEqual([...REFUSAL_CODES]);
  });

  it('credits a cooldown refusal to R12 and R15, and a rejection to R7, R9, R12', () => {
    const c = ruleCoverage({ refusals: { COOLDOWN_ACTIVE: 3 }, events: { WithdrawalRejected: 2 } });
    const hits = Object.fromEntries(c.rules.map((r) => [r.rule, r.hits]));
    expect(hits).toMatchObject({ R7: 2, R9: 2, R12: 5, R15: 3 });
    expect(c.rules.find((r) => r.rule === 'R12')!.via).toEqual([
      { source: 'WithdrawalRejected', count: 2 },
      { source: 'COOLDOWN_ACTIVE', count: 3 },
    ]);
    expect(c.refusals.find((r) => r.code === 'COOLDOWN_ACTIVE')!.hits).toBe(3);
    expect(c.rulesNeverHit).toContain('R13');
    expect(c.rulesNeverHit).not.toContain('R15');
  });

  it('a suite without cancels or cooldown refusals never exercises R15', () => {
    const c = ruleCoverage({ events: { WithdrawalRequested: 4, WithdrawalTimedOut: 1 } });
    expect(c.rulesNeverHit).toContain('R15');
    expect(c.rulesNeverHit).not.toContain('R10');
  });

  it('counts the extras that no event carries (re-requests, PII warnings, delays)', () => {
    const c = ruleCoverage({ extra: { R11: 2, R21: 1, R18: 4 } });
    expect(c.rules.find((r) => r.rule === 'R21')!.via).toEqual([{ source: 'PII warnings', count: 1 }]);
    expect(c.rulesNeverHit).not.toContain('R11');
  });

  it('adds up the counts of several runs', () => {
    const sum = addCoverageCounts([{ events: { MemoSent: 1 }, refusals: { NOT_SELLER: 1 } }, { events: { MemoSent: 2 }, extra: { R19: 5 } }]);
    expect(sum).toEqual({ events: { MemoSent: 3 }, refusals: { NOT_SELLER: 1 }, extra: { R19: 5 } });
  });
});
