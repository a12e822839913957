import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { answerLine } from './answerLine.js';
import type { EngineTarget } from './EngineTarget.js';

/**
 * The protocol over NDJSON: one request a line on `input`, one reply a line on `output`, in
 * order. Resolves when `input` ends (the client closed it) or `stop` is called.
 */
export function serveStdio(target: EngineTarget, input: Readable, output: Writable): { done: Promise<void>; stop: () => void } {
  const lines = createInterface({ input, crlfDelay: Infinity });
  lines.on('line', (line) => {
    if (line.trim() === '') return;
    output.write(`${answerLine(target, line)}\n`);
  });
  const done = new Promise<void>((resolve) => lines.once('close', resolve));
  return { done, stop: () => lines.close() };
}
