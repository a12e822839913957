import { describe, expect, it } from 'vitest';
import { renderJson } from '../../../reports/run/index.js';
import { sampleReport } from './report.js';

describe('renderJson', () => {
  it('prints exactly the shape of docs/scenarios.md, without the in-memory extras', () => {
    const parsed = JSON.parse(renderJson(sampleReport()));
    expect(Object.keys(parsed)).toEqual(['passed', 'failed', 'errors', 'scenarios']);
    for (const s of parsed.scenarios) {
      expect(Object.keys(s)).toEqual(['file', 'name', 'status', 'failures']);
      for (const f of s.failures) expect(Object.keys(f)).toEqual(['step', 'message']);
    }
    expect(parsed.scenarios[1].failures[0]).toEqual({ step: 3, message: 'claims.C1.status: expected withdrawn, got return_requested' });
    expect([parsed.passed, parsed.failed, parsed.errors]).toEqual([1, 1, 1]);
  });

  it('is byte-identical for the same report', () => {
    expect(renderJson(sampleReport())).toBe(renderJson(sampleReport()));
  });
});
