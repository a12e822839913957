import { describe, expect, it } from 'vitest';
import { AUTO_WORKERS_FROM, chooseWorkers, maxWorkers, taskWorkers } from '../../../../cli/actions/shared/chooseWorkers.js';

describe('--workers auto', () => {
  it('stays on one thread below the size where a second one pays, and uses the cores from there on', () => {
    expect(chooseWorkers('auto', AUTO_WORKERS_FROM - 1, 2, false)).toEqual({ ok: true, value: 1 });
    expect(chooseWorkers('auto', AUTO_WORKERS_FROM, 2, false)).toEqual({ ok: true, value: 2 });
    expect(chooseWorkers('AUTO', 1_000_000, 4, false)).toEqual({ ok: true, value: 4 });
  });

  it('takes at most 8 threads however many cores there are, and at least one', () => {
    expect(chooseWorkers('auto', 1_000_000, 32, false)).toEqual({ ok: true, value: 8 });
    expect(chooseWorkers('auto', 1_000_000, 0, false)).toEqual({ ok: true, value: 1 });
  });

  it('uses one thread when the events are streamed (one engine writes them in order)', () => {
    expect(chooseWorkers('auto', 1_000_000, 2, true)).toEqual({ ok: true, value: 1 });
  });

  it('keeps an explicit number as given, and names auto when the text is neither', () => {
    expect(chooseWorkers('3', 10, 2, false)).toEqual({ ok: true, value: 3 });
    expect(chooseWorkers('2', 1_000_000, 2, true)).toEqual({ ok: true, value: 2 });
    const bad = chooseWorkers('many', 10, 2, false);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toBe('--workers must be auto or a whole number from 1 to 64, got "many"');
    expect(chooseWorkers('65', 10, 2, false).ok).toBe(false);
  });
});

describe('taskWorkers: a pool of population runs (compare, sweep, all)', () => {
  const tasks = (n: number, claims = 1000) => Array.from({ length: n }, () => ({ population: { claims }, claims }));

  it('takes up to the cores, and 2 on a one-core machine', () => {
    expect(taskWorkers('2', tasks(4), 2)).toEqual({ ok: true, value: 2 });
    expect(taskWorkers('2', tasks(4), 1)).toEqual({ ok: true, value: 2 });
  });

  it('refuses more than the cores, saying how many it could use', () => {
    const r = taskWorkers('64', tasks(4), 2);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('at most 2');
  });

  it('maxWorkers: the cores (at least 2), and one per 100 claims of a run', () => {
    expect(maxWorkers(8)).toBe(8);
    expect(maxWorkers(1)).toBe(2);
    expect(maxWorkers(8, 250)).toBe(3);
    expect(maxWorkers(8, 50)).toBe(1);
  });
});
