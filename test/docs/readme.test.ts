import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/commands/runCli.js';
import { runInProcess } from '../cli/runInProcess.js';
import { firstDifference, quotedOutputs } from './readmeOutputs.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'claimsim-readme-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Where each command writes when no --out is given (its --help says the same). */
const DEFAULT_OUT: Readonly<Record<string, string>> = { all: 'out', simulate: 'out/simulate', compare: 'out/compare', sweep: 'out/sweep', explore: 'out/explore' };

/**
 * The arguments of a README command, its outputs moved under `scratch` (so the run never writes
 * into the checkout, and two examples never write over each other).
 */
function argsOf(command: string): string[] {
  const words = command === 'npm start' ? ['all'] : command.replace(/^npx claimsim /, '').split(/\s+/);
  const args = words.map((w, i) => (w.startsWith('out/') || (words[i - 1] === '--out' && w === 'out') ? join(scratch, w) : w));
  const name = args[0] as string;
  if (!args.includes('--out') && DEFAULT_OUT[name] !== undefined) args.push('--out', join(scratch, DEFAULT_OUT[name]));
  return args;
}

/** A stream's lines as the README shows them: the scratch folder left out. */
const linesOf = (text: string): string[] => (text === '' ? [] : text.replaceAll(`${scratch}/`, '').trimEnd().split('\n').map((l) => l.trimEnd()));

describe('README.md: every quoted output is what its command prints', () => {
  const outputs = quotedOutputs(README);

  it('quotes the outputs of npm start, run, simulate, merge, compare, sweep, explore and audit', () => {
    expect(outputs.map((o) => o.command.replace(/^npx claimsim (\w+).*/, '$1'))).toEqual(['npm start', 'run', 'simulate', 'merge', 'compare', 'sweep', 'explore', 'audit']);
  });

  for (const quoted of outputs) {
    it(`README.md:${quoted.line}: ${quoted.command}`, async () => {
      for (const step of quoted.setup) {
        const r = await runInProcess(argsOf(step));
        expect(r.status, `${step}: ${r.stderr}`).toBe(0);
      }
      const r = await runInProcess(argsOf(quoted.command));
      // The README quotes standard output, or both streams with standard error first where it
      // shows what goes there (the `all` header, `simulate`'s seed line).
      const both = [...linesOf(r.stderr), ...linesOf(r.stdout)];
      const difference = firstDifference(quoted.lines, both) && firstDifference(quoted.lines, linesOf(r.stdout));
      expect(difference, both.join('\n')).toBeNull();
    });
  }
});
