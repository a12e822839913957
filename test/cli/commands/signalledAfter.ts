import { spawn } from 'node:child_process';
import { ROOT } from './runCli.js';

/** How a signalled claimsim ended. */
export interface Signalled {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the claimsim binary with the diagnostics at `level`, sends `signal` once standard error
 * holds `ready` (a line the run logs when it has reached the point under test, rather than
 * after a fixed sleep), and waits for the process to end.
 */
export function signalledAfter(args: readonly string[], ready: string, signal: 'SIGINT' | 'SIGTERM', level: 'info' | 'debug' = 'info'): Promise<Signalled> {
  const child = spawn(process.execPath, ['cli/claimsim.js', ...args], { cwd: ROOT, env: { ...process.env, CLAIMSIM_LOG: level } });
  let stdout = '';
  let stderr = '';
  let sent = false;
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr.on('data', (b: Buffer) => {
    stderr += b.toString();
    if (!sent && stderr.includes(ready)) {
      sent = true;
      child.kill(signal);
    }
  });
  return new Promise((resolve) => child.on('close', (status, sig) => resolve({ status, signal: sig, stdout, stderr })));
}
