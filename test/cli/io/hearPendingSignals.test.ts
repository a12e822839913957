import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hearPendingSignals } from '../../../cli/io/interruption.js';
import { signalledAfter } from '../commands/signalledAfter.js';
import { ROOT } from '../commands/runCli.js';

const dir = mkdtempSync(join(tmpdir(), 'claimsim-pending-signal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Busy, synchronous work, as reading and validating a large input file is. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin
  }
}

describe('a signal that arrives while the thread is busy loading', () => {
  it('is heard by hearPendingSignals, not later (the mechanism, in this process)', async () => {
    let heard = 0;
    const listener = (): void => {
      heard++;
    };
    // SIGUSR2 stands for SIGTERM: this process (a test fork) must not be told to end.
    process.on('SIGUSR2', listener);
    try {
      process.kill(process.pid, 'SIGUSR2');
      busy(20);
      // Handlers run on the event loop only: nothing yet, however long the work.
      expect(heard).toBe(0);
      await hearPendingSignals();
      expect(heard).toBe(1);
    } finally {
      process.off('SIGUSR2', listener);
    }
  });

  it('SIGTERM while simulate loads a large population file: exit 143, one line, nothing written', async () => {
    // About 1 MiB of profiles: seconds of synchronous reading and validation, so the signal,
    // sent when the binary starts, comes in while the file is still loading or before; either
    // way it must be heard before simulate claims --out. (Heard after, it would be taken for a
    // stop of the run, which writes a partial summary: the case the mechanism test above rules out.)
    const small = readFileSync(join(ROOT, 'generators/populations/small.yaml'), 'utf8');
    const head = small.slice(0, small.indexOf('buyerProfiles:'));
    const rows: string[] = [];
    for (let n = 0; head.length + rows.length * 110 < 1_000_000; n++) {
      rows.push(`  - { name: b${n}, weight: 1, accept: { probability: 0.5, delay: { uniform: [1h, 2d] } }, silent: 0.5 }`);
    }
    const population = join(dir, 'large.yaml');
    writeFileSync(population, `${head}buyerProfiles:\n${rows.join('\n')}\n`);
    const out = join(dir, 'out');
    const r = await signalledAfter(['simulate', '--population', population, '--claims', '10', '--out', out], 'claimsim: started', 'SIGTERM', 'debug');
    expect(r.signal).toBeNull();
    expect(r.status).toBe(143);
    expect(r.stderr).toContain('claimsim: terminated (SIGTERM); stopping at once');
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });
});
