import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPolicy } from '../../engine/index.js';
import type { AuditResult } from '../../claimlog/AuditResult.js';
import { auditLogs } from '../../claimlog/auditLogs.js';
import { mergeAuditResults } from '../../claimlog/mergeAuditResults.js';
import { auditShare } from '../../claimlog/shard/auditShare.js';
import { shardOfKey as claimShard } from '../../input/Shard.js';
import { tempDirs } from '../tempDirs.js';

const dirs = tempDirs('claimsim-shard-audit-');
afterAll(dirs.remove);

const options = {
  toleranceMs: 0,
  headerPolicy: (p: Record<string, unknown>) => {
    const r = checkPolicy(p);
    if (!r.ok) throw new Error('bad header policy');
    return r.policy;
  },
};

async function shardsOf(logs: readonly string[], n: number): Promise<{ whole: AuditResult; merged: AuditResult; mismatches: number }> {
  const whole = await auditLogs(logs, options);
  const shares = [];
  for (let i = 1; i <= n; i++) shares.push(await auditShare(logs, options, { index: i, count: n }));
  return { whole, merged: mergeAuditResults(shares.map((s) => s.result)), mismatches: shares.reduce((k, s) => k + s.clockMismatches, 0) };
}

describe('claimShard', () => {
  it('puts a claim in one shard from 1 to n, the same every time, and spreads ids over the shards', () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `C-${2024_00000 + i}`);
    for (const n of [1, 2, 3, 7]) {
      const counts = new Array<number>(n + 1).fill(0);
      for (const id of ids) {
        const s = claimShard(id, n);
        expect(s).toBe(claimShard(id, n));
        expect(s >= 1 && s <= n).toBe(true);
        counts[s]!++;
      }
      for (let s = 1; s <= n; s++) expect(counts[s]).toBeGreaterThan(ids.length / n / 2);
    }
  });
});

describe('auditShare and mergeAuditResults', () => {
  it('on a log without a header the shards take the whole log\'s period and end, a shard with no claim of its own too', async () => {
    const log = join(dirs.make(), 'headerless.ndjson');
    writeFileSync(log, readFileSync('examples/logs/missing-auto-withdrawal.ndjson', 'utf8').split('\n').slice(1).join('\n'));
    for (const n of [1, 2, 5]) {
      const { whole, merged, mismatches } = await shardsOf([log], n);
      expect(whole.period.until).not.toBeNull();
      expect(merged, `${n} shards`).toEqual(whole);
      expect(mismatches).toBe(0);
    }
  });

  it('several logs read as one (late headers skipped, unreadable lines) merge to the whole audit but for clock regressions, which the shards say they cannot hold equal', async () => {
    const logs = ['examples/logs/missing-auto-withdrawal.ndjson', 'examples/logs/invalid-lines.ndjson', 'examples/logs/late-batch.ndjson'];
    const { whole, merged, mismatches } = await shardsOf(logs, 2);
    const { findings: wf, findingExamples: we, ...wRest } = whole;
    const { findings: mf, findingExamples: me, ...mRest } = merged;
    expect(mRest).toEqual(wRest);
    expect(mf.duplicate).toBe(wf.duplicate);
    expect(mf.out_of_order).toBe(wf.out_of_order);
    expect(me.filter((f) => f.class !== 'clock_regression')).toEqual(we.filter((f) => f.class !== 'clock_regression'));
    expect(whole.skippedLines).toBeGreaterThan(0);
    expect(mismatches).toBeGreaterThan(0);
  });

  it('refuses to merge shards that read the logs differently', async () => {
    const a = await auditShare(['examples/logs/late-batch.ndjson'], options, { index: 1, count: 2 });
    const b = await auditShare(['examples/logs/late-batch.ndjson'], { ...options, toleranceMs: 60_000 }, { index: 2, count: 2 });
    expect(() => mergeAuditResults([a.result, b.result])).toThrow(/toleranceMs differs/);
  });
});
