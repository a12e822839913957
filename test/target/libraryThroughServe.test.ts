import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunReport, runScenarioPaths } from '../../scenarios/index.js';
import { liveChildren } from '../../target/adapter/ChildTransport.js';
import { TargetSuite } from '../../target/run/TargetSuite.js';

const LIBRARY = 'scenarios/library';
const verdicts = (r: RunReport) => r.scenarios.map((s) => ({ file: s.file, status: s.status, failures: s.failures }));

/** The whole library through `claimsim serve`, one server per transport reused across scenarios by reset, against the in-process run. */
describe('the scenario library through claimsim serve gives the verdicts it gives in process', () => {
  const inProcess = runScenarioPaths([LIBRARY]);

  it('over NDJSON on a child process\'s standard input and output', async () => {
    const suite = await TargetSuite.open(`'${process.execPath}' cli/claimsim.js serve`, { timeoutMs: 60_000 });
    try {
      const report = await suite.runPaths([LIBRARY]);
      expect(verdicts(report)).toEqual(verdicts(inProcess));
      expect(report.passed).toBe(inProcess.passed);
      expect({ skipped: suite.skipped, unknown: suite.unknown, divergences: suite.divergences }).toEqual({ skipped: [], unknown: [], divergences: [] });
      // The target's events are the engine's, event for event.
      expect(report.scenarios.map((s) => s.log)).toEqual(inProcess.scenarios.map((s) => s.log));
    } finally {
      await suite.close();
    }
    expect(liveChildren()).toBe(0);
  });

  describe('over HTTP', () => {
    let server: ChildProcess;
    let url: string;
    beforeAll(async () => {
      server = spawn(process.execPath, ['cli/claimsim.js', 'serve', '--http', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
      url = await new Promise<string>((resolve, reject) => {
        createInterface({ input: server.stdout! }).once('line', resolve);
        server.once('exit', (code) => reject(new Error(`serve --http exited with ${code}`)));
      });
    });
    afterAll(() => {
      if (server.exitCode === null) server.kill('SIGKILL');
    });

    it('prints its URL, serves the library with the same verdicts, and ends cleanly on SIGTERM', async () => {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/message$/);
      const suite = await TargetSuite.open(url, { timeoutMs: 60_000 });
      try {
        const report = await suite.runPaths([LIBRARY]);
        expect(verdicts(report)).toEqual(verdicts(inProcess));
        expect(suite.divergences).toEqual([]);
      } finally {
        await suite.close();
      }
      const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      expect(await exited).toBe(0);
    });
  });
});
