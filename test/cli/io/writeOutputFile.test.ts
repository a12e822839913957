import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeOutputs } from '../../../cli/io/writeOutputs.js';
import { InputError } from '../../../cli/exit.js';
import { writeOutputFile } from '../../../cli/io/writeOutputFile.js';
import { tempDirs } from '../../tempDirs.js';

const temp = tempDirs('claimsim-write-');
afterAll(temp.remove);

function errorOf(write: () => unknown): Error {
  try {
    write();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected the write to fail');
}

describe('writers name the path and the reason', () => {
  it('a full device (/dev/full): the path and "no space left", an input error', () => {
    const err = errorOf(() => writeOutputFile('/dev/full', 'x'));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe('claimsim: cannot write /dev/full: no space left on the device (ENOSPC; check the path, e.g. the --out folder)');
  });

  it('a report folder under a file: the path of the file it could not write', () => {
    const file = join(temp.make(), 'plain');
    writeFileSync(file, 'x');
    const err = errorOf(() => writeOutputs(join(file, 'out'), { 'compare.json': '{}' }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(`claimsim: cannot write ${join(file, 'out', 'compare.json')}: a part of the path is a file, not a folder (ENOTDIR; check the path, e.g. the --out folder)`);
  });

  it('writes the files, folders made, and returns their paths', () => {
    const dir = join(temp.make(), 'a', 'b');
    const paths = writeOutputs(dir, { 'r.json': '{}\n' });
    expect(readFileSync(paths['r.json']!, 'utf8')).toBe('{}\n');
  });
});
