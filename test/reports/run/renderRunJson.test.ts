import { describe, expect, it } from 'vitest';
import { renderRunJson } from '../../../reports/run/index.js';
import { sampleReport } from './report.js';

describe('renderRunJson', () => {
  it('prints exactly the shape of docs/scenarios.md, without the in-memory extras', () => {
    const parsed = JSON.parse(renderRunJson(sampleReport()));
    expect(Object.keys(parsed)).toEqual(['passed', 'failed', 'errors', 'scenarios']);
    for (const s of parsed.scenarios) {
      expect(Object.keys(s)).toEqual(['file', 'name', 'status', 'failures']);
      for (const f of s.failures) expect(Object.keys(f)).toEqual(['step', 'message']);
    }
    expect(parsed.scenarios[1].failures[0]).toEqual({ step: 3, message: 'claims.C1.status: expected withdrawn, got return_requested' });
    expect([parsed.passed, parsed.failed, parsed.errors]).toEqual([1, 1, 1]);
  });

  it('is byte-identical for the same report', () => {
    expect(renderRunJson(sampleReport())).toBe(renderRunJson(sampleReport()));
  });

  it('names the shard after the scenarios when the run is one share of a sharded run', () => {
    const parsed = JSON.parse(renderRunJson(sampleReport(), { index: 2, count: 3 }));
    expect(Object.keys(parsed)).toEqual(['passed', 'failed', 'errors', 'scenarios', 'shard']);
    expect(parsed.shard).toEqual({ index: 2, count: 3 });
  });
});
