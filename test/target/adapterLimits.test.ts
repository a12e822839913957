import { describe, expect, it } from 'vitest';
import { liveChildren } from '../../target/adapter/ChildTransport.js';
import { TargetError } from '../../target/adapter/TargetError.js';
import { TargetSuite } from '../../target/run/TargetSuite.js';

const FAKE = 'test/target/fixtures/fakeTarget.mjs';
const SCENARIO = 'scenarios/library/manual/s1-silence-withdraws-on-8-5.yaml';
const fake = (mode: string): string => `'${process.execPath}' ${FAKE} ${mode}`;

/** The scenario through a fake target in `mode`: the report, the suite's counts, and no child left. */
async function throughFake(mode: string, options = {}) {
  const suite = await TargetSuite.open(fake(mode), { timeoutMs: 400, ...options });
  try {
    const report = await suite.runPaths([SCENARIO]);
    return { report, suite, messages: report.scenarios.flatMap((s) => s.failures.map((f) => `step ${f.step}: ${f.message}`)) };
  } finally {
    await suite.close();
    expect(liveChildren()).toBe(0);
  }
}

describe('the adapter\'s limits, each a clear error naming the message and the step, the child reaped', () => {
  it('a target that never answers a command: unknown after the timeout, never a pass', async () => {
    const { report, suite, messages } = await throughFake('silent');
    expect(report.failed).toBe(1);
    expect(suite.unknown).toHaveLength(1);
    expect(messages[0]).toMatch(/^step 0: unknown: no reply to command setup PlaceOrder \(setup of scenarios\/library\/manual\/s1-silence-withdraws-on-8-5\.yaml\) within 400 ms \(counted as unknown\)$/);
    expect(suite.broken).toBeNull();
  });

  it('a target that answers unknown: reported as unknown with its reason', async () => {
    const { report, suite, messages } = await throughFake('unknown');
    expect(report.passed).toBe(0);
    expect(suite.unknown[0]).toContain('the claim service timed out writing to its database');
    expect(messages[0]).toContain('unknown: the target answered unknown');
  });

  it('a reply that is not JSON', async () => {
    const { suite, messages } = await throughFake('garbage');
    expect(suite.broken).toBeInstanceOf(TargetError);
    expect(messages[0]).toMatch(/a reply that is not JSON \("<html>502 Bad Gateway<\/html>"\), in reply to command setup PlaceOrder \(setup of scenarios\/library\/manual\/s1/);
    expect(suite.summary()).toContain('the scenarios after it did not run');
  });

  it('a reply over the size cap ends the session', async () => {
    const { suite, messages } = await throughFake('oversized', { maxReplyBytes: 1024 });
    expect(suite.broken).toBeInstanceOf(TargetError);
    expect(messages[0]).toMatch(/a reply of more than 1024 bytes .*, at command setup PlaceOrder \(setup of /);
  });

  it('a reply of the wrong type for the message', async () => {
    const { messages } = await throughFake('wrong-type');
    expect(messages[0]).toMatch(/a reply out of protocol \(type "answer"; .*\), in reply to command setup PlaceOrder/);
  });

  it('a child that exits early', async () => {
    const { suite, messages } = await throughFake('exits');
    expect(suite.broken).toBeInstanceOf(TargetError);
    expect(messages[0]).toMatch(/the target exited with status 3; its last words: fake target: giving up, at command setup PlaceOrder \(setup of /);
  });

  it('a target of another protocol version, or a command that does not start, is refused at hello', async () => {
    await expect(TargetSuite.open(fake('old-protocol'), { timeoutMs: 2000 })).rejects.toThrow(/it speaks protocol 99, claimsim speaks 1/);
    await expect(TargetSuite.open('no-such-target-command-x', { timeoutMs: 2000 })).rejects.toThrow(/the target could not be started: ENOENT, at hello \(setup\)/);
    await expect(TargetSuite.open("'unclosed", { timeoutMs: 2000 })).rejects.toThrow(/an unclosed ' at character 1/);
    expect(liveChildren()).toBe(0);
  });

  it('a scenario needing what the target lacks is skipped with the reason, counted apart', async () => {
    const suite = await TargetSuite.open(fake('no-memos'), { timeoutMs: 2000 });
    try {
      const report = await suite.runPaths(['scenarios/library/memos']);
      expect(report.scenarios).toHaveLength(0);
      expect(suite.skipped.length).toBeGreaterThan(0);
      expect(suite.skipped[0]!.reason).toMatch(/^the target lacks .*memos/);
      expect(suite.summary()).toMatch(new RegExp(`0 scenarios ran, ${suite.skipped.length} skipped`));
    } finally {
      await suite.close();
    }
  });
});
