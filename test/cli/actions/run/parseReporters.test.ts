import { describe, expect, it } from 'vitest';
import { parseReporters } from '../../../../cli/actions/run/parseReporters.js';

describe('--reporter NAME[:FILE] with --out', () => {
  it('defaults to pretty on standard output, and keeps the v1 form --reporter junit --out FILE', () => {
    expect(parseReporters([], undefined)).toEqual([{ name: 'pretty' }]);
    expect(parseReporters(['junit'], 'r.xml')).toEqual([{ name: 'junit', file: 'r.xml' }]);
  });

  it('writes several reports: each NAME:FILE to its file, the one without a file to --out or standard output', () => {
    expect(parseReporters(['pretty', 'junit:a/b.xml', 'json:c:d.json'], undefined)).toEqual([
      { name: 'pretty' },
      { name: 'junit', file: 'a/b.xml' },
      { name: 'json', file: 'c:d.json' },
    ]);
    expect(parseReporters(['pretty', 'junit:j.xml'], 'p.txt')).toEqual([{ name: 'pretty', file: 'p.txt' }, { name: 'junit', file: 'j.xml' }]);
  });

  it('refuses an unknown reporter, an empty file and two reports on one stream, naming the fix', () => {
    expect(() => parseReporters(['xml'], undefined)).toThrow('--reporter xml: no reporter "xml" (choose pretty, json or junit, each with :FILE to write a file)');
    expect(() => parseReporters(['junit:'], undefined)).toThrow('--reporter junit: names no file after the colon (write junit:FILE, or junit for standard output)');
    expect(() => parseReporters(['pretty', 'json'], undefined)).toThrow('--reporter pretty and json would both write to standard output: give all but one a file, such as --reporter json:FILE');
    expect(() => parseReporters(['pretty', 'json'], 'o.txt')).toThrow('would both write to o.txt');
  });
});
