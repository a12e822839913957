import { describe, expect, it } from 'vitest';
import { type AnyCommand, DEFAULT_POLICY, decide } from '../../engine/index.js';
import { accept, advance, cancel, memo, openClaim, placeOrder, reRequest, reject, request, support } from './support/commands.js';
import { tokyo } from './support/localTime.js';
import { snapshotOf } from './support/snapshotOf.js';
import { claimOpenedAt, given } from './support/spec.js';

const T0 = tokyo.at('2021-07-20T09:00');
const T1 = tokyo.at('2021-07-21T09:00');
const commands: AnyCommand[] = [
  placeOrder('O2'), openClaim('cancel', { claim: 'C2' }), advance('returning'), request(), reRequest(), accept(), reject(), cancel(),
  memo('seller'), support(), { kind: 'ExpireWithdrawal', claim: 'C1', request: 1 },
];

describe('decide', () => {
  it.each(commands.map((c) => [c.kind, c] as const))('%s reads the state without changing it, and decides the same twice', (_kind, command) => {
    const g = given([...claimOpenedAt(T0), [T1, request()]]);
    const before = snapshotOf(g.engine.view);
    const first = decide(g.engine.view, command, T1, DEFAULT_POLICY);
    const second = decide(g.engine.view, command, T1, DEFAULT_POLICY);
    expect(snapshotOf(g.engine.view)).toEqual(before);
    expect(second).toEqual(first);
  });

  it('dates every event it decides at `now`', () => {
    const g = given(claimOpenedAt(T0));
    const d = decide(g.engine.view, request(), T1, DEFAULT_POLICY);
    expect(d.ok && d.events.every((e) => e.at === T1)).toBe(true);
  });

  it('throws on a command kind it does not know (a bug, not a refusal)', () => {
    const g = given(claimOpenedAt(T0));
    expect(() => decide(g.engine.view, { kind: 'Teleport' } as unknown as AnyCommand, T1, DEFAULT_POLICY)).toThrow(/unknown command/);
  });
});
