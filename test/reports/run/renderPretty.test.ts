import { describe, expect, it } from 'vitest';
import { renderPretty } from '../../../reports/run/index.js';
import { sampleReport } from './report.js';

describe('renderPretty', () => {
  it('writes one line per scenario and explains each failure under it', () => {
    const lines = renderPretty(sampleReport(), { color: false }).split('\n');
    expect(lines[0]).toBe('PASS  lib/a.yaml — Silence <withdraws> & "times out"');
    expect(lines[1]).toBe("FAIL  lib/sub/b.yaml — Buyer's reject");
    expect(lines[2]).toBe('    step 3: claims.C1.status: expected withdrawn, got return_requested');
    expect(lines[4]).toBe('ERROR bad.yaml (not a valid scenario)');
    expect(lines[5]).toBe('    bad.yaml:3:5: unknown key "x" in the scenario (remove it)');
    expect(lines.at(-2)).toBe('1 passed, 1 failed, 1 error');
  });

  it('colours only when asked', () => {
    expect(renderPretty(sampleReport(), { color: false })).not.toContain('\u001b[');
    const coloured = renderPretty(sampleReport(), { color: true });
    expect(coloured).toContain('\u001b[32mPASS \u001b[0m');
    expect(coloured).toContain('\u001b[31mFAIL \u001b[0m');
  });
});
