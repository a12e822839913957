import { describe, expect, it } from 'vitest';
import { parseCount, parseFault, parseSeed, parseShard } from '../../../generators/index.js';

describe('command-line run options', () => {
  it('accept what they document', () => {
    expect(parseSeed('0')).toEqual({ ok: true, value: 0 });
    expect(parseSeed('4294967295')).toEqual({ ok: true, value: 4294967295 });
    expect(parseCount('--claims', '1e6')).toEqual({ ok: true, value: 1_000_000 });
    expect(parseCount('--claims', '20_000')).toEqual({ ok: true, value: 20_000 });
    expect(parseShard('2/4')).toEqual({ ok: true, value: { index: 2, count: 4 } });
    expect(parseFault('lapse-ignored')).toEqual({ ok: true, value: 'lapse-ignored' });
  });

  it('refuse the rest with one line naming the option and the fix', () => {
    expect(parseSeed('-1')).toEqual({ ok: false, message: '--seed must be a whole number from 0 to 4294967295, got "-1"' });
    expect(parseSeed('4294967296').ok).toBe(false);
    expect(parseSeed('1.5').ok).toBe(false);
    expect(parseCount('--workers', '0', 64)).toEqual({ ok: false, message: '--workers must be a whole number from 1 to 64, got "0" (such as 1000 or 1e6)' });
    expect(parseCount('--workers', '65', 64).ok).toBe(false);
    expect(parseCount('--claims', 'many').ok).toBe(false);
    for (const s of ['0/3', '4/3', '1/0', '1', 'a/b']) expect(parseShard(s).ok, s).toBe(false);
    const fault = parseFault('nope');
    expect(fault.ok).toBe(false);
    expect(!fault.ok && fault.message).toMatch(/^--inject-fault must be one of deadline-one-day-short, rejection-cooldown-unenforced, timer-fires-early, lapse-ignored, kept-deadline-retimed, got "nope"$/);
  });
});
