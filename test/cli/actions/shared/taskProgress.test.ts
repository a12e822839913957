import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { taskProgress } from '../../../../cli/actions/shared/taskProgress.js';

/** A stream that records what is written, posing as a terminal or not. */
function streamOf(isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  const s = new PassThrough();
  const chunks: string[] = [];
  s.on('data', (c: Buffer) => chunks.push(c.toString()));
  Object.assign(s, { isTTY, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { stream: s as unknown as NodeJS.WriteStream, text: () => chunks.join('') };
}

describe('taskProgress: population runs on a terminal', () => {
  it('shows runs done out of the total under its label on a terminal', async () => {
    const { stream, text } = streamOf(true);
    const p = taskProgress('compare', stream);
    p.onDone(1, 4);
    p.onDone(4, 4);
    p.stop();
    await new Promise((r) => setImmediate(r));
    expect(text()).toContain('compare [');
    expect(text()).toMatch(/\d\/4 runs/);
  });

  it('writes nothing where standard error is not a terminal (CI logs, files)', async () => {
    const { stream, text } = streamOf(false);
    const p = taskProgress('sweep', stream);
    p.onDone(1, 2);
    p.onDone(2, 2);
    p.stop();
    await new Promise((r) => setImmediate(r));
    expect(text()).toBe('');
  });
});
