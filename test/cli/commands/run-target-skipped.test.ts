import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { liveChildren } from '../../../target/adapter/ChildTransport.js';
import { tempDirs } from '../../tempDirs.js';
import { runInProcess } from '../runInProcess.js';

const dirs = tempDirs('claimsim-run-target-skipped-');
afterAll(dirs.remove);

const MEMOS = 'scenarios/library/memos';
const noMemos = `'${process.execPath}' test/target/fixtures/fakeTarget.mjs no-memos`;

describe('claimsim run --target: a scenario the target cannot run is reported as skipped', () => {
  it('JSON, JUnit and pretty count the skipped scenarios apart, each with the capability missing; the exit stays 0', async () => {
    const dir = dirs.make();
    const json = join(dir, 'scenarios.json');
    const junit = join(dir, 'scenarios.xml');
    const r = await runInProcess(['run', MEMOS, '--target', noMemos, '--reporter', 'pretty', '--reporter', `json:${json}`, '--reporter', `junit:${junit}`]);
    expect(r.status).toBe(0);

    const report = JSON.parse(readFileSync(json, 'utf8')) as { passed: number; failed: number; errors: number; skipped: number; scenarios: { file: string; status: string; reason?: string }[] };
    expect(report.skipped).toBeGreaterThan(0);
    expect(report.passed + report.failed + report.errors).toBe(0);
    expect(report.scenarios).toHaveLength(report.skipped);
    for (const s of report.scenarios) {
      expect(s.status).toBe('skipped');
      expect(s.file.startsWith(`${MEMOS}/`)).toBe(true);
      expect(s.reason).toMatch(/^the target lacks .*memos/);
    }

    const xml = readFileSync(junit, 'utf8');
    expect(xml).toContain(`<testsuites name="claimsim run" tests="${report.skipped}" failures="0" errors="0" skipped="${report.skipped}">`);
    expect(xml).toContain(`<testsuite name="${MEMOS}" tests="${report.skipped}" failures="0" errors="0" skipped="${report.skipped}">`);
    expect(xml.match(/<skipped message="the target lacks [^"]*memos[^"]*"\/>/g)).toHaveLength(report.skipped);

    expect(r.stdout).toContain(`0 passed, 0 failed, 0 errors, ${report.skipped} skipped`);
    expect(r.stdout.match(/^SKIP  scenarios\/library\/memos\/.* — /gm)).toHaveLength(report.skipped);
    expect(r.stdout).toMatch(/^ {4}the target lacks .*memos/m);
    expect(liveChildren()).toBe(0);
  });

  it('an in-process run has no skipped count in any reporter', async () => {
    const dir = dirs.make();
    const json = join(dir, 'scenarios.json');
    const junit = join(dir, 'scenarios.xml');
    const r = await runInProcess(['run', `${MEMOS}/R20-empty-memo.yaml`, '--reporter', 'pretty', '--reporter', `json:${json}`, '--reporter', `junit:${junit}`]);
    expect(r.status).toBe(0);
    expect(Object.keys(JSON.parse(readFileSync(json, 'utf8')) as object)).toEqual(['passed', 'failed', 'errors', 'scenarios']);
    expect(readFileSync(junit, 'utf8')).toMatch(/<testsuites name="claimsim run" tests="1" failures="0" errors="0">/);
    expect(r.stdout).toMatch(/1 passed, 0 failed, 0 errors\n$/);
  });
});
