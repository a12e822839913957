import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../cli/exit.js';
import { failureOf } from '../../cli/failureOf.js';

const dir = mkdtempSync(join(tmpdir(), 'claimsim-failure-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The error Node itself throws for this file-system call. */
function thrownBy(action: () => void): unknown {
  try {
    action();
  } catch (err) {
    return err;
  }
  throw new Error('expected the call to throw');
}

describe('an error no command turned into its own status', () => {
  it('is bad input (exit 2) when the tool cannot write where it was pointed, naming the path in one line', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const f = failureOf(thrownBy(() => mkdirSync(join(file, 'out'), { recursive: true })), false);
    expect(f.status).toBe(EXIT.input);
    expect(f.message).toBe(`claimsim: cannot mkdir ${join(file, 'out')}: a part of the path is a file, not a folder (ENOTDIR; check the path, e.g. the --out folder)`);
    expect(f.message).not.toContain('\n');
  });

  it('is an internal error (exit 3, apart from bad input) for anything else, with the stack only when asked for', () => {
    const bug = new Error('the clock cannot move backwards (from 10 to 5)');
    const quiet = failureOf(bug, false);
    expect(quiet.status).toBe(EXIT.internal);
    expect(EXIT.internal).not.toBe(EXIT.input);
    expect(quiet.message).toMatch(/^claimsim: internal error: the clock cannot move backwards \(from 10 to 5\) \(a fault in claimsim, not in the input; run again with CLAIMSIM_DEBUG=1/);
    expect(quiet.message).not.toContain('\n');
    expect(failureOf(bug, true).message).toContain(bug.stack!);
  });

  it('treats a file-system code without a system call, or a thrown non-error, as internal', () => {
    expect(failureOf(Object.assign(new Error('odd'), { code: 'ENOENT' }), false).status).toBe(EXIT.internal);
    expect(failureOf('a string', false)).toMatchObject({ status: EXIT.internal, message: expect.stringMatching(/^claimsim: internal error: a string /) });
  });
});
