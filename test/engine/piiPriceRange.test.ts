import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectPii } from '../../engine/index.js';
import { POSTAL_CODE } from '../../engine/pii.js';

/** R21's exception, as docs/rules.md states it beside R21: a price range is not a postal code. */
const rules = readFileSync('docs/rules.md', 'utf8');
const r21 = rules.slice(rules.indexOf('- **R21**'), rules.indexOf('## Invariants'));

describe('R21 the price-range exception, documented beside R21', () => {
  it('docs/rules.md quotes the pattern the engine uses', () => {
    const quoted = /The pattern \(`engine\/pii\.ts`, `POSTAL_CODE`\):\s*`([^`]+)`/.exec(r21)?.[1];
    expect(quoted).toBe(POSTAL_CODE.source);
  });

  it.each(['¥500-1500', '￥500-1500', '$500-1500', '500-1500円', '500-1500 円', '500-1500 yen', '500-1500 Yen', '500-1500JPY', '送料 500-1500円です'])(
    'a price range, not a postal code: %s',
    (text) => expect(detectPii(text)).toEqual([]),
  );

  it.each(['123-4567', '〒123-4567円', '¥ 500-1500', '500-1500 YEN', '500-1500ドル', '〒123-4567 and 500-1500円'])('a postal code: %s', (text) => {
    expect(detectPii(text)).toEqual(['postal_code']);
  });
});
