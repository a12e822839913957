import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPopulationFile } from '../../generators/loadPopulation.js';

// README's worked example takes its third column from a population calibrated from a log that
// ships with it: the population must load as simulate loads it, and its card must name that log.
describe('examples/calibrated/marketplace.yaml', () => {
  const population = loadPopulationFile('examples/calibrated/marketplace.yaml');

  it('loads as a population whose card names the shipped log by its hash', () => {
    const card = population.calibration;
    expect(card).toBeDefined();
    const bytes = readFileSync('examples/logs/marketplace.ndjson.gz');
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(card!.source.files.map((f) => f.sha256)).toEqual([sha]);
    expect(card!.source.claims).toBe(19_530);
  });

  it('keeps what the log cannot identify as assumptions, and chose the deadline-relative timing', () => {
    const card = population.calibration!;
    expect(card.unidentified.length).toBeGreaterThan(0);
    const timing = card.choices.find((c) => c.what.startsWith('buyer answer timing'));
    expect(timing?.chosen).toBe('fractionOfWindow');
  });
});
