import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');

/** Runs the `claimsim` binary from the package root (with `env` added to the environment); its exit status and output. */
export function runCli(args: readonly string[], env: Readonly<Record<string, string>> = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['cli/claimsim.js', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 600_000, env: { ...process.env, ...env } });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
