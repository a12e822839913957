import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AuditResult, ViolatingClaim } from '../../claimlog/AuditResult.js';
import { applyAllowList } from '../../claimlog/allow/applyAllowList.js';
import type { AllowEntry, AllowList } from '../../claimlog/allow/AllowList.js';
import { claimPatternMatches } from '../../claimlog/allow/claimPattern.js';
import { loadAllowList } from '../../claimlog/allow/loadAllowList.js';
import { ScenarioInputError } from '../../input/ScenarioInputError.js';
import { tempDirs } from '../tempDirs.js';

const dirs = tempDirs('claimsim-allow-');
afterAll(dirs.remove);

const RULES = ['R3', 'R10', 'R12', 'I3'];

function allowFile(text: string): string {
  const file = join(dirs.make(), 'allow.yaml');
  writeFileSync(file, text);
  return file;
}

/** The input error loading `text` gives: `file:line:column: what`. */
function loadError(text: string): string {
  const file = allowFile(text);
  try {
    loadAllowList(file, RULES);
  } catch (err) {
    expect(err).toBeInstanceOf(ScenarioInputError);
    return (err as Error).message.replace(file, 'allow.yaml');
  }
  throw new Error('loaded');
}

describe('claim patterns of --allow', () => {
  it('match the whole id: * any run (none too), ? one character, the rest itself', () => {
    expect(claimPatternMatches('C-2024-*', 'C-2024-0001')).toBe(true);
    expect(claimPatternMatches('C-2024-*', 'C-2024-')).toBe(true);
    expect(claimPatternMatches('C-2024-*', 'C-2023-0001')).toBe(false);
    expect(claimPatternMatches('C-2024-*', 'XC-2024-1')).toBe(false);
    expect(claimPatternMatches('C-10??', 'C-1001')).toBe(true);
    expect(claimPatternMatches('C-10??', 'C-100')).toBe(false);
    expect(claimPatternMatches('C-10??', 'C-10011')).toBe(false);
    expect(claimPatternMatches('C-1001', 'C-1001')).toBe(true);
    expect(claimPatternMatches('C-1001', 'c-1001')).toBe(false);
    expect(claimPatternMatches('*-1*1', 'C-1001')).toBe(true);
    expect(claimPatternMatches('*-1*2', 'C-1001')).toBe(false);
    // Regular-expression characters are themselves.
    expect(claimPatternMatches('C.1001', 'C-1001')).toBe(false);
    expect(claimPatternMatches('*', '')).toBe(true);
  });
});

describe('loadAllowList', () => {
  it('reads entries with their place in the file', () => {
    const file = allowFile(['- rule: R10', '  claims: "C-10*"', '  reason: the batch job was down on 2024-08-11 (OPS-12)', '  expires: 2024-12-31', '- { rule: I3, claims: C-1001, reason: same outage, expires: "2024-12-31" }', ''].join('\n'));
    expect(loadAllowList(file, RULES)).toEqual({
      file,
      entries: [
        { entry: 1, line: 1, rule: 'R10', claims: 'C-10*', reason: 'the batch job was down on 2024-08-11 (OPS-12)', expires: '2024-12-31' },
        { entry: 2, line: 5, rule: 'I3', claims: 'C-1001', reason: 'same outage', expires: '2024-12-31' },
      ],
    });
  });

  it('refuses an unknown rule id, a date that is not one, an unknown key, an empty reason and a file that is not a list, at file:line:column', () => {
    expect(loadError('- { rule: R10, claims: "*", reason: ok, expires: 2024-12-31 }\n- rule: R99\n  claims: "*"\n  reason: x\n  expires: 2024-12-31\n')).toMatch(/^allow\.yaml:2:9: rule: R99 is not a rule or invariant the audit judges \(one of R3, R10, R12, I3;/);
    expect(loadError('- rule: R10\n  claims: "*"\n  reason: x\n  expires: 2024-02-30\n')).toMatch(/^allow\.yaml:4:12: expires: is not a date YYYY-MM-DD/);
    expect(loadError('- rule: R10\n  claims: "*"\n  reason: x\n  expires: 2024-12-31\n  owner: me\n')).toMatch(/^allow\.yaml:5:3: unknown key owner/);
    expect(loadError('- rule: R10\n  claims: "*"\n  reason: "  "\n  expires: 2024-12-31\n')).toMatch(/^allow\.yaml:3:11: reason: is empty/);
    expect(loadError('rule: R10\n')).toMatch(/^allow\.yaml:1:1: the file is not a list of entries/);
  });
});

const entry = (n: number, rule: string, claims: string, expires: string): AllowEntry => ({ entry: n, line: n, rule, claims, reason: `reason ${n}`, expires });

function violating(claim: string, ...rules: string[]): ViolatingClaim {
  return { claim, rule: rules[0]!, file: 'log.ndjson', line: 2, message: `${rules[0]}: …`, violations: rules.map((rule) => ({ rule, reading: 'replay' as const, file: 'log.ndjson', line: 2, message: `${rule}: …` })) };
}

/** A result with these violating claims (and one that conforms). */
function resultOf(claims: readonly ViolatingClaim[]): AuditResult {
  const byRule: Record<string, number> = {};
  for (const c of claims) for (const r of new Set(c.violations.map((v) => v.rule))) byRule[r] = (byRule[r] ?? 0) + 1;
  return {
    format: 'claimsim-audit', version: 1, logs: ['log.ndjson'], policy: { source: 'default', timezone: 'Asia/Tokyo', value: {} }, toleranceMs: 0,
    period: { from: null, until: null }, lines: 10, records: 10, skippedLines: 0, unknownRecordTypes: {}, claims: claims.length + 1,
    verdicts: { conforms: 1, violates: claims.length, unknown: 0 }, openAtEnd: 0, toleranceUsed: 0, violationsByRule: byRule,
    findings: { duplicate: 0, out_of_order: 0, clock_regression: 0 }, violating: claims, unknown: [], findingExamples: [], skipped: [], limits: { listed: 1000 }, byWeek: {}, slowestTimers: [],
  };
}

const list = (...entries: AllowEntry[]): AllowList => ({ file: 'allow.yaml', entries });

describe('applyAllowList', () => {
  const result = resultOf([violating('C-1001', 'R10', 'I3'), violating('C-2001', 'R12')]);

  it('allows a claim every violation of which an entry in force matches; an entry expiring today is still in force', () => {
    const r = applyAllowList(result, list(entry(1, 'R10', 'C-1*', '2024-09-01'), entry(2, 'I3', 'C-1001', '2024-09-01')), '2024-09-01');
    expect(r.verdicts).toEqual({ conforms: 1, violates: 1, unknown: 0 });
    expect(r.violating.map((c) => c.claim)).toEqual(['C-2001']);
    expect(r.violationsByRule).toEqual({ R12: 1 });
    expect(r.allowed!.claims.map((c) => [c.claim, c.allowedBy.map((e) => e.entry)])).toEqual([['C-1001', [1, 2]]]);
    expect(r.allowed!.expired).toEqual([]);
    expect(r.allowed!.unused).toEqual([]);
  });

  it('an entry that expired yesterday allows nothing and is listed as expired', () => {
    const r = applyAllowList(result, list(entry(1, 'R10', 'C-1*', '2024-08-31'), entry(2, 'I3', 'C-1001', '2024-09-01')), '2024-09-01');
    expect(r.verdicts.violates).toBe(2);
    expect(r.allowed!.claims).toEqual([]);
    expect(r.allowed!.expired.map((e) => e.entry)).toEqual([1]);
    // Entry 2 matched a violation (I3 of C-1001), though not every one of the claim's: not unused.
    expect(r.allowed!.unused).toEqual([]);
  });

  it('a claim with a violation no entry matches stays violating; an entry that matches nothing is unused', () => {
    const r = applyAllowList(result, list(entry(1, 'R10', 'C-1001', '2030-01-01'), entry(2, 'R12', 'C-3*', '2030-01-01')), '2024-09-01');
    expect(r.violating.map((c) => c.claim)).toEqual(['C-1001', 'C-2001']);
    expect(r.allowed!.claims).toEqual([]);
    expect(r.allowed!.unused.map((e) => e.entry)).toEqual([2]);
    expect(r.violationsByRule).toEqual(result.violationsByRule);
  });
});
