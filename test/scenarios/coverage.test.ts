import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../scenarios/index.js';
import { yamlFilesUnder } from './libraryFiles.js';

// Coverage cannot silently drop: every rule and refusal code of rules.md is named by some library scenario.
const rules = readFileSync('docs/rules.md', 'utf8');
const ruleIds = [...new Set([...rules.matchAll(/\*\*(R\d+)\*\*/g)].map((m) => m[1]!))];
const refusalSection = rules.slice(rules.indexOf('## Refusal codes'));
const refusalCodes = [...new Set([...refusalSection.matchAll(/`([A-Z][A-Z_]+)`/g)].map((m) => m[1]!))];

const tags = new Set(yamlFilesUnder('scenarios/library').flatMap((f) => loadScenarioFile(f).tags));

describe('library coverage of docs/rules.md', () => {
  it('reads R1-R21 and the refusal codes from rules.md', () => {
    expect(ruleIds).toEqual(Array.from({ length: 21 }, (_, i) => `R${i + 1}`));
    expect(refusalCodes).toContain('COOLDOWN_ACTIVE');
    expect(refusalCodes.length).toBeGreaterThanOrEqual(14);
  });

  it.each(ruleIds)('some scenario is tagged %s', (id) => {
    expect(tags.has(id)).toBe(true);
  });

  it.each(refusalCodes)('some scenario is tagged %s', (code) => {
    expect(tags.has(code)).toBe(true);
  });
});
