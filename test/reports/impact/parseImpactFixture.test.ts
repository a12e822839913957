import { describe, expect, it } from 'vitest';
import { formatChangeRange, parseChangeRange } from '../../../reports/impact/ChangeRange.js';
import { parseImpactFixture } from '../../../reports/impact/parseImpactFixture.js';

const FIXTURE = `# the 10-day window
variant: { responseWindowDays: 10 }
replications: 2
seed: 7
expect:
  withdrawnByTimeout: { change: "+2%..+6%" }
  onHoldAtEnd: { relative: "-30%..-5%" }
`;

describe('parseChangeRange', () => {
  it('reads signed percent ranges as fractions', () => {
    expect(parseChangeRange('+2%..+6%')).toEqual({ low: 0.02, high: 0.06 });
    expect(parseChangeRange('-1.5% .. 0%')).toEqual({ low: -0.015, high: 0 });
  });

  it('refuses what is not a range, or a range upside down', () => {
    for (const bad of ['2..6', '+6%..+2%', '+2%', 'x%..y%']) expect(parseChangeRange(bad)).toBeNull();
  });

  it('writes back what it reads', () => {
    expect(formatChangeRange({ low: -0.021, high: 0.059 })).toBe('-2.1%..+5.9%');
    expect(parseChangeRange(formatChangeRange({ low: -0.021, high: 0.059 }))).toEqual({ low: -0.021, high: 0.059 });
  });
});

describe('parseImpactFixture', () => {
  it('reads the variant, the run settings and the expected impacts', () => {
    const f = parseImpactFixture(FIXTURE, 'f.yaml');
    expect(f.variant).toEqual({ overrides: { responseWindowDays: 10 } });
    expect(f).toMatchObject({ replications: 2, seed: 7, baseline: undefined });
    expect(f.expect).toEqual([
      { outcome: 'withdrawnByTimeout', change: { low: 0.02, high: 0.06 } },
      { outcome: 'onHoldAtEnd', relative: { low: -0.3, high: -0.05 } },
    ]);
  });

  it('takes a policy file path for the variant', () => {
    expect(parseImpactFixture('variant: ten.yaml\nexpect: { lapsed: { change: "0%..0%" } }\n', 'f.yaml').variant).toEqual({ file: 'ten.yaml' });
  });

  it.each([
    ['variant: { responseWindowDay: 10 }\nexpect: { lapsed: { change: "0%..1%" } }\n', 'f.yaml:1:12: unknown policy key "responseWindowDay" (did you mean "responseWindowDays"?)'],
    ['variant: { responseWindowDays: 0 }\nexpect: { lapsed: { change: "0%..1%" } }\n', 'f.yaml:1:12: responseWindowDays must be a whole number from 1 to 3650, got 0'],
    ['expect:\n  withdrawnByTimeOut: { change: "+2%..+6%" }\n', 'f.yaml:2:3: unknown outcome "withdrawnByTimeOut"'],
    ['expect:\n  lapsed: { change: "+6%..+2%" }\n', 'f.yaml:2:21: lapsed.change must be a range'],
    ['expect:\n  lapsed: { delta: "+1%..+2%" }\n', 'f.yaml:2:13: unknown key "delta" (change or relative)'],
    ['variant: {}\n', 'f.yaml:1:1: missing `expect:`'],
    ['replications: 0\nexpect: { lapsed: { change: "0%..1%" } }\n', 'f.yaml:1:15: replications must be a whole number ≥ 1'],
    ['expect: [\n', 'f.yaml:2:1: not valid YAML'],
  ])('points at the line and column of what is wrong: %#', (text, message) => {
    expect(() => parseImpactFixture(text, 'f.yaml')).toThrow(message);
  });
});
