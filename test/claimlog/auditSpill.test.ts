import { appendFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, makePolicy } from '../../engine/index.js';
import type { AuditResult } from '../../claimlog/AuditResult.js';
import { Auditor, FINISHED_HORIZON_MS } from '../../claimlog/Auditor.js';
import { auditLogs } from '../../claimlog/auditLogs.js';
import { parseDuration } from '../../claimlog/parseDuration.js';
import { parseLogLine } from '../../claimlog/parseLogLine.js';
import { SpillBuckets } from '../../claimlog/spill/SpillBuckets.js';
import { tempDirs } from '../tempDirs.js';
import { runInProcess } from '../cli/runInProcess.js';

const dirs = tempDirs('claimsim-audit-spill-test-');
afterAll(dirs.remove);

/** The audit of `logs` held in memory, and again spilling whenever more than `maxHeld` claims are held: the spill folders it made. */
async function both(logs: string[], maxHeld: number, tolerance = '0s'): Promise<{ held: AuditResult; spilled: AuditResult; folders: string[] }> {
  const t = parseDuration(tolerance);
  if (!t.ok) throw new Error(t.problem);
  const base = { toleranceMs: t.ms, headerPolicy: (p: Record<string, unknown>) => makePolicy(p) };
  const folders: string[] = [];
  const held = await auditLogs(logs, { ...base, onSpillFolder: (d) => folders.push(d) });
  expect(folders).toEqual([]);
  const spilled = await auditLogs(logs, { ...base, maxHeld, onSpillFolder: (d) => folders.push(d) });
  return { held, spilled, folders };
}

describe('the audit spilling idle claims to bucket files gives the result it gives in memory', () => {
  it.each([
    ['duplicated-record.ndjson', '0s'],
    ['out-of-order.ndjson', '0s'],
    ['late-batch.ndjson', '2h'],
    ['invalid-lines.ndjson', '0s'],
    ['missing-auto-withdrawal.ndjson', '0s'],
    ['rerequest-inside-cooldown.ndjson', '0s'],
  ])('examples/logs/%s (tolerance %s), holding none (every idle claim spilled)', async (name, tolerance) => {
    const { held, spilled, folders } = await both([`examples/logs/${name}`], 0, tolerance);
    expect(folders.length).toBe(1);
    expect(spilled).toEqual(held);
    expect(existsSync(folders[0]!)).toBe(false);
  });

  it.each(['small.yaml', 'deadline-aware.yaml'])('a simulated log of generators/populations/%s (findings, violations and unknown claims alike)', async (population) => {
    const dir = dirs.make();
    const log = join(dir, 'run.ndjson');
    const r = await runInProcess(['simulate', '-p', `generators/populations/${population}`, '--claims', '120', '--seed', '7', '--quiet', '--out', join(dir, 'out'), '--log', log]);
    expect(r.status).toBe(0);
    for (const maxHeld of [0, 25]) {
      const { held, spilled, folders } = await both([log, 'examples/logs/duplicated-record.ndjson'], maxHeld);
      expect(folders.length).toBe(1);
      expect(held.claims).toBeGreaterThan(maxHeld);
      expect(spilled).toEqual(held);
      expect(existsSync(folders[0]!)).toBe(false);
    }
  });

  it('a spilled claim that finishes later, is judged, remembered, forgotten and named again, as in memory', () => {
    const HOUR = 3_600_000;
    const STEP = 600_000;
    const start = Date.UTC(2024, 3, 1);
    const iso = (t: number) => new Date(t).toISOString();
    const run = (maxHeld: number | undefined, spillReadBytes?: number): { result: AuditResult; spilled: number } => {
      const a = new Auditor({
        defaultPolicy: DEFAULT_POLICY,
        tolerance: 0,
        files: ['log.ndjson'],
        headerPolicy: (p) => makePolicy(p),
        ...(maxHeld !== undefined ? { maxHeld } : {}),
        ...(spillReadBytes !== undefined ? { spillReadBytes } : {}),
      });
      let line = 0;
      const feed = (r: object) => a.line(0, ++line, parseLogLine(JSON.stringify(r)));
      const n = 2000;
      for (let i = 0; i < n; i++) {
        const t = start + i * STEP;
        feed({ type: 'claim_opened', claim: `C${i}`, at: iso(t), order: `O-${i}`, seller: 'S', buyer: 'B', claimType: 'return' });
        feed({ type: 'withdrawal_requested', claim: `C${i}`, at: iso(t + 1000), message: 'please withdraw' });
        // Most claims finish 5 hours later (long after they were spilled), in batches judged as the log goes; every 7th never does.
        if (i >= 30 && (i - 30) % 7 !== 0) feed({ type: 'withdrawal_accepted', claim: `C${i - 30}`, at: iso(t + 2000) });
        // A record read twice, one out of order, one a line whose clock goes back, and an unreadable line, of idle claims.
        if (i % 50 === 49) feed({ type: 'withdrawal_requested', claim: `C${i - 20}`, at: iso(start + (i - 20) * STEP + 1000), message: 'please withdraw' });
        if (i % 60 === 59) feed({ type: 'support_contacted', claim: `C${i - 25}`, at: iso(start + (i - 25) * STEP + 500) });
        if (i % 80 === 79) a.line(0, ++line, { kind: 'problem', problem: 'not JSON', claim: `C${i - 10}` });
      }
      const end = start + n * STEP;
      // After the end: a record of a claim finished and remembered (R3), support on another, one forgotten past the horizon, and one never seen.
      feed({ type: 'status_changed', claim: `C${n - 600}`, at: iso(end + HOUR), to: 'returning' });
      feed({ type: 'support_contacted', claim: `C${n - 601}`, at: iso(end + HOUR + 1) });
      feed({ type: 'withdrawal_accepted', claim: `C${n - 602}`, at: iso(end + 2 * HOUR) });
      feed({ type: 'withdrawal_accepted', claim: `C${n - 602}`, at: iso(end + 2 * HOUR) });
      feed({ type: 'status_changed', claim: 'C5', at: iso(end + FINISHED_HORIZON_MS + 3 * HOUR), to: 'returning' });
      feed({ type: 'status_changed', claim: 'C1', at: iso(end + FINISHED_HORIZON_MS + 3 * HOUR), to: 'returning' });
      feed({ type: 'claim_opened', claim: 'NEW', at: iso(end + FINISHED_HORIZON_MS + 4 * HOUR), order: 'O-N', seller: 'S', buyer: 'B', claimType: 'return' });
      return { result: a.finish(['log.ndjson']), spilled: a.spilledClaims };
    };
    const held = run(undefined);
    const spilled = run(8);
    expect(held.spilled).toBe(0);
    expect(spilled.spilled).toBeGreaterThan(1500);
    expect(held.result.violationsByRule['R3']).toBeGreaterThan(0);
    expect(held.result.verdicts.violates + held.result.verdicts.unknown).toBeGreaterThan(0);
    expect(held.result.findings.duplicate + held.result.findings.out_of_order).toBeGreaterThan(0);
    expect(spilled.result).toEqual(held.result);
    // Buckets read back a part at a time (each bucket here is about 20 kB: split into parts of about 2 kB) give the same result.
    expect(run(8, 2048).result).toEqual(held.result);
  });
});

describe('a spill bucket larger than its read size is read back in parts', () => {
  it('each claim wholly in one part, its entries in the order appended, every entry once', () => {
    const spill = new SpillBuckets(2, 4096);
    try {
      const appended = new Map<string, number[]>();
      for (let i = 0; i < 3000; i++) {
        const claim = `C${(i * 7919) % 450}`;
        spill.append(claim, JSON.stringify({ c: claim, n: i, text: 'é'.repeat(i % 5) }));
        appended.set(claim, [...(appended.get(claim) ?? []), i]);
      }
      const seen = new Map<string, { part: string; n: number[] }>();
      let parts = 0;
      for (let b = 0; b < spill.count; b++) {
        for (const part of spill.readParts(b)) {
          const name = `${b}/${parts++}`;
          for (const e of part.map((line) => JSON.parse(line) as { c: string; n: number; text: string })) {
            const s = seen.get(e.c) ?? { part: name, n: [] };
            expect(s.part).toBe(name);
            expect(e.text).toBe('é'.repeat(e.n % 5));
            s.n.push(e.n);
            seen.set(e.c, s);
          }
        }
      }
      expect(parts).toBeGreaterThan(4);
      expect(new Map([...seen].map(([c, s]) => [c, s.n]))).toEqual(appended);
      expect(readdirSync(spill.dir)).toEqual([]);
    } finally {
      spill.remove();
    }
  });

  it('a line without its part key stops the split with a message naming the spill, not a loop past the line', () => {
    const spill = new SpillBuckets(1, 4096);
    try {
      for (let i = 0; i < 3000; i++) spill.append(`C${i % 450}`, JSON.stringify({ n: i }));
      appendFileSync(join(spill.dir, 'bucket-000.ndjson'), 'nokeyhere\n');
      expect(() => [...spill.readParts(0)]).toThrow(/the audit's spill .*bucket-000\.ndjson has a line without its part key/);
    } finally {
      spill.remove();
    }
  });

  it('split as bytes across the reader chunks: lines cut at a chunk end, a line longer than a chunk, text and tail written apart', () => {
    const spill = new SpillBuckets(1, 256 * 1024);
    try {
      const appended: string[] = [];
      for (let i = 0; i < 4000; i++) {
        // Lengths that fall across the 1 MiB chunks at every offset; one line of 1.5 MiB.
        const text = i === 1234 ? 'x'.repeat(1_500_000) : `${'é😀'.repeat(i % 7)}${'y'.repeat((i * 37) % 900)}`;
        const claim = `C${(i * 7919) % 450}`;
        spill.append(claim, `${claim} ${i} `, text);
        appended.push(`${claim} ${i} ${text}`);
      }
      const back: string[] = [];
      let parts = 0;
      for (const part of spill.readParts(0)) {
        parts++;
        const claims = new Set(part.map((line) => line.slice(0, line.indexOf(' '))));
        for (const c of claims) expect(back.some((line) => line.startsWith(`${c} `))).toBe(false);
        back.push(...part);
      }
      expect(parts).toBeGreaterThan(4);
      // Every entry once, each claim's in the order appended.
      const byClaim = (lines: string[]): Map<string, string[]> => {
        const m = new Map<string, string[]>();
        for (const line of lines) m.set(line.slice(0, line.indexOf(' ')), [...(m.get(line.slice(0, line.indexOf(' '))) ?? []), line]);
        return m;
      };
      expect(back.length).toBe(appended.length);
      expect(byClaim(back)).toEqual(byClaim(appended));
    } finally {
      spill.remove();
    }
  });
});
