import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TimerLoopError, VirtualClock } from '../../engine/index.js';

/** Advances `clock` to t, recording (payload, now while firing) for each timer fired. */
function run<T>(clock: VirtualClock<T>, t: number, extra?: (payload: T, clock: VirtualClock<T>) => void): [T, number][] {
  const fired: [T, number][] = [];
  clock.advanceTo(t, (payload) => {
    fired.push([payload, clock.now]);
    extra?.(payload, clock);
  });
  return fired;
}

describe('VirtualClock order', () => {
  it('fires by due time, then by scheduling order at equal times', () => {
    const c = new VirtualClock<string>(0);
    c.schedule(10, 'a');
    c.schedule(5, 'b');
    c.schedule(10, 'c');
    c.schedule(5, 'd');
    c.schedule(7, 'e');
    expect(run(c, 20).map(([p]) => p)).toEqual(['b', 'd', 'e', 'a', 'c']);
  });

  it('hands back the number scheduled beside each payload, so one shared payload serves many timers', () => {
    const c = new VirtualClock<string>(0);
    const shared = 'driver';
    [30, 10, 20, 10].forEach((due, k) => c.schedule(due, shared, 1, 1000 + k));
    c.schedule(15, 'no number');
    const fired: [string, number, number][] = [];
    c.advanceTo(40, (payload, due, aux) => fired.push([payload, due, aux]));
    expect(fired).toEqual([
      [shared, 10, 1001],
      [shared, 10, 1003],
      ['no number', 15, 0],
      [shared, 20, 1002],
      [shared, 30, 1000],
    ]);
  });

  it('fires a lower priority first at equal times, whatever the scheduling order', () => {
    const c = new VirtualClock<string>(0);
    c.schedule(10, 'action-1', 1);
    c.schedule(10, 'deadline-1', 0);
    c.schedule(10, 'action-2', 1);
    c.schedule(10, 'deadline-2', 0);
    c.schedule(9, 'earlier action', 1);
    expect(run(c, 10).map(([p]) => p)).toEqual(['earlier action', 'deadline-1', 'deadline-2', 'action-1', 'action-2']);
  });

  it('any set of timers fires in (time, priority, sequence) order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 2 })), { maxLength: 200 }), (timers) => {
        const c = new VirtualClock<number>(0);
        timers.forEach(([due, priority], i) => c.schedule(due, i, priority));
        const expected = timers.map((t, i) => [...t, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]).map((t) => t[2]);
        expect(run(c, 50).map(([i]) => i)).toEqual(expected);
      }),
      { seed: 20210804, numRuns: 200 },
    );
  });
});

describe('VirtualClock time', () => {
  it('sets now to each timer’s due time while it fires, then to the target', () => {
    const c = new VirtualClock<string>(100);
    c.schedule(150, 'x');
    c.schedule(120, 'y');
    expect(run(c, 200)).toEqual([['y', 120], ['x', 150]]);
    expect(c.now).toBe(200);
  });

  it('fires a timer due exactly at the target, not one a millisecond later', () => {
    const c = new VirtualClock<string>(0);
    c.schedule(10, 'at');
    c.schedule(11, 'after');
    expect(run(c, 10).map(([p]) => p)).toEqual(['at']);
    expect(c.peek()).toBe(11);
  });

  it('refuses to move backwards', () => {
    const c = new VirtualClock<string>(100);
    expect(() => c.advanceTo(99, () => {})).toThrow(/cannot move backwards \(from 100 to 99\)/);
    expect(c.now).toBe(100);
  });

  it('may stay where it is, firing what is due now', () => {
    const c = new VirtualClock<string>(100);
    c.schedule(100, 'now');
    expect(run(c, 100)).toEqual([['now', 100]]);
  });

  it('refuses a timer in the past', () => {
    const c = new VirtualClock<string>(100);
    expect(() => c.schedule(99, 'late')).toThrow(/in the past/);
  });

  it('refuses a start that is not a finite instant', () => {
    expect(() => new VirtualClock(Number.NaN)).toThrow(/finite/);
  });

  it('returns how many timers fired', () => {
    const c = new VirtualClock<string>(0);
    c.schedule(1, 'a');
    c.schedule(2, 'b');
    c.schedule(7, 'c');
    expect(c.advanceTo(5, () => {})).toBe(2);
  });
});

describe('VirtualClock timers scheduled while firing', () => {
  it('fire in the same advance when due by the target, in order', () => {
    const c = new VirtualClock<string>(0);
    c.schedule(10, 'parent');
    c.schedule(30, 'later');
    const fired = run(c, 40, (p, clock) => {
      if (p === 'parent') {
        clock.schedule(20, 'child');
        clock.schedule(10, 'same-instant child');
        clock.schedule(50, 'beyond target');
      }
    });
    expect(fired).toEqual([['parent', 10], ['same-instant child', 10], ['child', 20], ['later', 30]]);
    expect(c.peek()).toBe(50);
    expect(c.size).toBe(1);
  });

  it('cannot be scheduled before the firing timer’s instant', () => {
    const c = new VirtualClock<string>(0);
    c.schedule(10, 'parent');
    expect(() => run(c, 20, (_p, clock) => clock.schedule(9, 'past'))).toThrow(/in the past/);
  });

  it('a runaway loop is stopped at maxFirings', () => {
    const c = new VirtualClock<string>(0);
    c.schedule(1, 'loop');
    const again = (): void => void c.schedule(c.now, 'loop');
    let thrown: unknown;
    try {
      c.advanceTo(10, again, 100);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(TimerLoopError);
    expect(thrown).toMatchObject({ message: expect.stringMatching(/more than 100 timers fired/), payload: 'loop', due: 1 });
  });

  it('exactly maxFirings timers are allowed', () => {
    const c = new VirtualClock<string>(0);
    for (let i = 1; i <= 3; i++) c.schedule(i, `t${i}`);
    expect(c.advanceTo(10, () => {}, 3)).toBe(3);
  });

  it('a firing timer cannot move the clock on (time would run backwards after it)', () => {
    const c = new VirtualClock<string>(0);
    c.schedule(1, 'eager');
    expect(() => c.advanceTo(5, () => c.advanceTo(10, () => {}))).toThrow(/cannot move on \(to 10\) while a timer due at 1 fires/);
  });

  it('a firing timer may advance to its own instant; the rest due then still fire once, in order', () => {
    const c = new VirtualClock<string>(0);
    c.schedule(1, 'a');
    c.schedule(1, 'b');
    const seen: string[] = [];
    c.advanceTo(5, (p) => {
      seen.push(p);
      expect(c.advanceTo(1, (q) => seen.push(`nested ${q}`))).toBe(0);
    });
    expect(seen).toEqual(['a', 'b']);
    expect(c.now).toBe(5);
  });

  it('the clock works again after a timer threw', () => {
    const c = new VirtualClock<string>(0);
    c.schedule(1, 'bad');
    c.schedule(2, 'good');
    expect(() => c.advanceTo(1, () => { throw new Error('boom'); })).toThrow('boom');
    expect(run(c, 3).map(([p]) => p)).toEqual(['good']);
  });
});


describe('VirtualClock day buckets', () => {
  // Timers due on the clock's grain (every midnight, by default) share one queue entry per
  // (due, priority); the order must be the one the heap alone gives.
  const DAY = 86_400_000;

  it('fires timers at one midnight in (priority, sequence) order, between the moves around it', () => {
    const c = new VirtualClock<string>(0);
    c.schedule(DAY, 'action-1', 1);
    c.schedule(DAY + 1, 'move just after');
    c.schedule(DAY, 'deadline-1', 0);
    c.schedule(DAY - 1, 'move just before', 1);
    c.schedule(DAY, 'action-2', 1);
    c.schedule(DAY, 'deadline-2', 0);
    expect(c.size).toBe(6);
    expect(run(c, 2 * DAY).map(([p]) => p)).toEqual(['move just before', 'deadline-1', 'deadline-2', 'action-1', 'action-2', 'move just after']);
    expect(c.size).toBe(0);
  });

  it('a timer scheduled at the midnight that is firing fires after those queued there, and a deadline before the actions left', () => {
    const c = new VirtualClock<string>(0);
    c.schedule(DAY, 'action-1', 1);
    c.schedule(DAY, 'action-2', 1);
    const fired = run(c, DAY, (p, clock) => {
      if (p === 'action-1') {
        clock.schedule(DAY, 'action-3', 1);
        clock.schedule(DAY, 'late deadline', 0);
      }
    });
    expect(fired.map(([p]) => p)).toEqual(['action-1', 'late deadline', 'action-2', 'action-3']);
  });

  it('a midnight emptied and scheduled again opens a new bucket', () => {
    const c = new VirtualClock<string>(0);
    c.schedule(DAY, 'first');
    expect(run(c, DAY).map(([p]) => p)).toEqual(['first']);
    c.schedule(DAY, 'again');
    c.schedule(2 * DAY, 'next day');
    expect(c.peek()).toBe(DAY);
    expect(run(c, 3 * DAY).map(([p]) => p)).toEqual(['again', 'next day']);
  });

  it('hands back each timer’s own number from a bucket', () => {
    const c = new VirtualClock<string>(0);
    [3, 1, 2].forEach((aux) => c.schedule(DAY, 'deadline', 0, aux));
    const auxes: number[] = [];
    c.advanceTo(DAY, (_p, _due, aux) => auxes.push(aux));
    expect(auxes).toEqual([3, 1, 2]);
  });

  it('stops a loop inside a bucket at maxFirings, naming the timer', () => {
    const c = new VirtualClock<string>(0);
    c.schedule(DAY, 'loop');
    expect(() => c.advanceTo(DAY, () => void c.schedule(DAY, 'loop'), 50)).toThrow(TimerLoopError);
  });

  it('refuses a grain that is not a positive whole number of milliseconds', () => {
    expect(() => new VirtualClock(0, 0)).toThrow(/grain/);
    expect(() => new VirtualClock(0, 1.5)).toThrow(/grain/);
  });

  it('any grain gives the order of (time, priority, sequence), timers scheduled while firing included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 10 })), { minLength: 20, maxLength: 150 }),
        (grain, timers) => {
          // Each timer is [due, priority, k]: when it fires, it schedules a child k ms later (k < 3: none) at priority (k mod 3).
          const order = (g: number): string[] => {
            const c = new VirtualClock<string>(0, g);
            timers.forEach(([due, priority], i) => c.schedule(due, `t${i}`, priority, i));
            const seen: string[] = [];
            c.advanceTo(60, (p, due, aux) => {
              seen.push(`${p}@${due}`);
              const k = p.startsWith('t') ? timers[aux]![2] : 0;
              if (k >= 3) c.schedule(due + k - 3, `child of ${p}`, k % 3, aux);
            });
            return seen;
          };
          // A grain too coarse for any due here puts every timer in the heap alone: the reference order.
          expect(order(grain)).toEqual(order(1_000_000_007));
        },
      ),
      { seed: 20261204, numRuns: 300 },
    );
  });
});
