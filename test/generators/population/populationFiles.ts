import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { PopulationInputError } from '../../../generators/loadPopulation.js';

/** A new folder with these files in it (name → text). */
export function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimsim-population-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** The one-line message of the population input error `load` throws (fails when it throws none). */
export function errorOf(load: () => unknown): string {
  try {
    load();
  } catch (err) {
    expect(err).toBeInstanceOf(PopulationInputError);
    expect((err as Error).message).not.toContain('\n');
    return (err as Error).message;
  }
  throw new Error('expected an input error');
}
