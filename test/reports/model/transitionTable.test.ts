import { describe, expect, it } from 'vitest';
import { FINAL_OUTCOMES } from '../../../generators/Summary.js';
import { transitionTable } from '../../../reports/model/TransitionTable.js';

const at = (o: (typeof FINAL_OUTCOMES)[number]) => FINAL_OUTCOMES.indexOf(o);

describe('transitionTable', () => {
  it('counts each claim once, at (baseline outcome, variant outcome)', () => {
    const baseline = Uint8Array.from([at('onHoldAtEnd'), at('onHoldAtEnd'), at('withdrawnByTimeout'), at('completedNormally')]);
    const variant = Uint8Array.from([at('withdrawnByTimeout'), at('onHoldAtEnd'), at('withdrawnByTimeout'), at('completedNormally')]);
    const t = transitionTable([{ baseline, variant }]);
    expect(t.claims).toBe(4);
    expect(t.changed).toBe(1);
    expect(t.counts[at('onHoldAtEnd')]![at('withdrawnByTimeout')]).toBe(1);
    expect(t.counts[at('onHoldAtEnd')]![at('onHoldAtEnd')]).toBe(1);
    expect(t.moves).toEqual([{ from: 'onHoldAtEnd', to: 'withdrawnByTimeout', claims: 1 }]);
    expect(t.counts.flat().reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('adds replications up and lists the biggest moves first', () => {
    const b = Uint8Array.from([0, 0, 1, 1, 1]);
    const v = Uint8Array.from([1, 0, 0, 0, 0]);
    const t = transitionTable([{ baseline: b, variant: v }, { baseline: b, variant: v }]);
    expect(t.claims).toBe(10);
    expect(t.moves.map((m) => [m.from, m.to, m.claims])).toEqual([
      [FINAL_OUTCOMES[1], FINAL_OUTCOMES[0], 6],
      [FINAL_OUTCOMES[0], FINAL_OUTCOMES[1], 2],
    ]);
  });

  it('refuses runs of different claims', () => {
    expect(() => transitionTable([{ baseline: new Uint8Array(3), variant: new Uint8Array(4) }])).toThrow(/same claims/);
    expect(() => transitionTable([{ baseline: Uint8Array.from([99]), variant: Uint8Array.from([0]) }])).toThrow(/unknown outcome/);
  });
});
