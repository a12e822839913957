import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXIT } from '../../../cli/exit.js';
import { COMPLETE_ONES_ONLY, completionText, endInterrupted, renderReportFiles, watchInterruption } from '../../../cli/io/interruption.js';
import { buildScenarioReport } from '../../../reports/model/buildScenarioReport.js';
import { renderHtml, renderJson, renderMarkdown } from '../../../reports/index.js';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

describe('watchInterruption: the one way a command hears SIGINT and SIGTERM', () => {
  // The test runner's own handlers step aside while a signal is emitted in this process.
  let saved: Map<string, NodeJS.SignalsListener[]>;
  beforeEach(() => {
    saved = new Map(SIGNALS.map((s) => [s, process.listeners(s) as NodeJS.SignalsListener[]]));
    for (const s of SIGNALS) process.removeAllListeners(s);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    for (const s of SIGNALS) {
      process.removeAllListeners(s);
      for (const l of saved.get(s)!) process.on(s, l);
    }
  });

  it.each([
    ['SIGINT', EXIT.interrupted],
    ['SIGTERM', EXIT.terminated],
  ] as const)('after %s: stopped, the signal named, status %i (the shell’s 128 + signal number)', (signal, status) => {
    const i = watchInterruption();
    expect([i.stopped(), i.signal(), i.status()]).toEqual([false, null, EXIT.ok]);
    process.emit(signal);
    expect([i.stopped(), i.signal(), i.status()]).toEqual([true, signal, status]);
    i.dispose();
  });

  it('tells a subscriber once, at the first signal, and at once one that subscribes after it', () => {
    const i = watchInterruption();
    const early = vi.fn();
    const left = vi.fn();
    i.onStop(early);
    const leave = i.onStop(left);
    leave();
    vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    process.emit('SIGTERM');
    process.emit('SIGINT');
    expect(early).toHaveBeenCalledTimes(1);
    expect(left).not.toHaveBeenCalled();
    const late = vi.fn();
    i.onStop(late);
    expect(late).toHaveBeenCalledTimes(1);
    i.dispose();
  });

  it('ends the process at once with its status at a second signal', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const i = watchInterruption();
    process.emit('SIGINT');
    expect(exit).not.toHaveBeenCalled();
    process.emit('SIGTERM');
    expect(exit).toHaveBeenCalledWith(EXIT.terminated);
    i.dispose();
  });

  it('stops listening when disposed (twice is once)', () => {
    const i = watchInterruption();
    expect(SIGNALS.map((s) => process.listenerCount(s))).toEqual([1, 1]);
    i.dispose();
    i.dispose();
    expect(SIGNALS.map((s) => process.listenerCount(s))).toEqual([0, 0]);
  });
});

describe('a report of an interrupted run says what was complete, in every format', () => {
  it('names the complete and the incomplete units, long runs as ranges', () => {
    expect(completionText([{ unit: 'replications', total: 5, complete: [1, 2] }])).toBe('2 of 5 replications complete (1, 2); not run to the end: 3–5');
    expect(completionText([{ unit: 'grid points', total: 12, complete: [1, 2, 3, 4, 6] }])).toBe('5 of 12 grid points complete (1–4, 6); not run to the end: 5, 7–12');
    expect(completionText([{ unit: 'replications', total: 2, complete: [] }, { unit: 'scenario files', total: 1, complete: [1] }])).toBe(
      '0 of 2 replications complete; not run to the end: 1, 2; 1 of 1 scenario files complete (1)',
    );
  });

  const report = buildScenarioReport({ passed: 1, failed: 0, errors: 0, scenarios: [{ file: 'a.yaml', name: 'a', status: 'passed', failures: [] }] as never });
  const completions = [{ unit: 'scenario files', total: 3, complete: [1] }];
  const headline = 'partial (interrupted): 1 of 3 scenario files complete (1); not run to the end: 2, 3';

  it('adds "partial" and the split to the JSON, a line under the Markdown title and a banner under the HTML header, by the renderers', async () => {
    const files = await renderReportFiles(report, { completions });
    expect(JSON.parse(files.json)).toEqual({ ...JSON.parse(renderJson(report)), partial: true, interrupted: [{ unit: 'scenario files', total: 3, complete: [1], notComplete: [2, 3] }] });
    const plainMarkdown = renderMarkdown(report).split('\n');
    expect(files.markdown.split('\n')).toEqual([plainMarkdown[0], '', `**${headline}**: ${COMPLETE_ONES_ONLY}`, ...plainMarkdown.slice(1)]);
    expect(files.html).toContain(`</header><div class="verdict bad"><strong>${headline}</strong>: ${COMPLETE_ONES_ONLY}</div>\n`);
    expect(files.html.replace(/<div class="verdict bad"><strong>partial[^]*?<\/div>/, '')).toBe((await renderHtml(report)).html);
  });

  it('says what a report of summaries holds instead, when told', async () => {
    const files = await renderReportFiles(report, { completions, detail: 'its figures include what the unfinished ones ran.' });
    expect(files.markdown).toContain(`**${headline}**: its figures include what the unfinished ones ran.`);
    expect(files.html).toContain(`<strong>${headline}</strong>: its figures include what the unfinished ones ran.</div>`);
  });

  it('leaves a report of a run not interrupted as the renderers write it, byte for byte', async () => {
    const files = await renderReportFiles(report, null);
    expect([files.json, files.markdown, files.html]).toEqual([renderJson(report), renderMarkdown(report), (await renderHtml(report)).html]);
  });

  it('ends a compare or sweep: a shard writes no part, no complete unit writes nothing, else the report; the status is the signal’s', async () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const write = vi.fn(async () => EXIT.ok);
      const completion = { unit: 'replications', total: 3, complete: [1] };
      expect(await endInterrupted({ status: EXIT.terminated, completion, sharded: true, out: 'o' }, write)).toBe(EXIT.terminated);
      expect(await endInterrupted({ status: EXIT.interrupted, completion: { ...completion, complete: [] }, sharded: false, out: 'o' }, write)).toBe(EXIT.interrupted);
      expect(write).not.toHaveBeenCalled();
      expect(await endInterrupted({ status: EXIT.interrupted, completion, sharded: false, out: 'o' }, write)).toBe(EXIT.interrupted);
      expect(write).toHaveBeenCalledTimes(1);
      expect(err.mock.calls.map((c) => String(c[0]))).toEqual([
        expect.stringContaining("a shard's part holds all of its share, so none was written"),
        'interrupted before any of the 3 replications was complete: nothing was written\n',
        expect.stringContaining('the report in o holds the complete ones ("partial": true)'),
      ]);
    } finally {
      err.mockRestore();
    }
  });
});
