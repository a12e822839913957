import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from './runCli.js';

/** Runs the binary into `head -n 1`, which closes the pipe after one line; claimsim's exit status and its stderr. */
function intoHead(args: readonly string[]): { status: number | null; stderr: string } {
  const r = spawnSync('bash', ['-c', `"${process.execPath}" cli/claimsim.js ${args.join(' ')} | head -n 1 > /dev/null; exit \${PIPESTATUS[0]}`], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 600_000,
  });
  return { status: r.status, stderr: r.stderr };
}

describe('a reader that stops early (claimsim … | head)', () => {
  it('ends the command quietly, with its own exit status and no EPIPE stack trace', () => {
    // --help is written at once; the run is more than a pipe holds (64 KiB), so writing goes on after the reader has gone.
    for (const args of [['sweep', '--help'], ['run', ...Array<string>(10).fill('scenarios/library')]]) {
      const r = intoHead(args);
      expect(r.stderr, args[0]).toBe('');
      expect(r.status, args[0]).toBe(0);
    }
  });
});
