import { describe, expect, it } from 'vitest';
import { runInProcess } from '../runInProcess.js';

describe('claimsim serve', () => {
  it('refuses an unknown fault or mutant, both at once, and a port out of range (exit 2, one line)', async () => {
    const fault = await runInProcess(['serve', '--inject-fault', 'no-such-fault']);
    expect(fault.status).toBe(2);
    expect(fault.stderr).toMatch(/--inject-fault no-such-fault: no such fault \(one of deadline-one-day-short, /);
    const mutant = await runInProcess(['serve', '--mutant', 'window-one-week-short']);
    expect(mutant.status).toBe(2);
    expect(mutant.stderr).toMatch(/--mutant window-one-week-short: no such rule mutant \(one of .*window-one-day-short/);
    const both = await runInProcess(['serve', '--inject-fault', 'deadline-one-day-short', '--mutant', 'window-one-day-short']);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('give one of them');
    const port = await runInProcess(['serve', '--http', '70000']);
    expect(port.status).toBe(2);
    expect(port.stderr).toContain('--http 70000: not a port from 0 to 65535');
  });
});
