/** R21: personal data that must not travel in memos, withdrawal messages or rejection reasons. */

export type PiiKind = 'email' | 'phone' | 'postal_code' | 'card_number';

/**
 * R21, Japanese postal codes: 〒123-4567 (and 〒1234567) always; a bare 123-4567 unless it is a
 * price range, with a currency sign just before it (¥500-1500, ￥, $) or a currency just after
 * it (500-1500円, 500-1500 yen, Yen, JPY). docs/rules.md quotes this pattern beside R21.
 */
export const POSTAL_CODE = /〒\s?\d{3}-?\d{4}|(?<![\d\-¥￥$])\d{3}-\d{4}(?![\d-]|\s?(?:円|[Yy]en|JPY))/g;

const PATTERNS: readonly (readonly [PiiKind, RegExp])[] = [
  ['email', /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g],
  // Card-like runs of 13-19 digits: unbroken, or grouped as cards are printed (4-4-4-4[-3],
  // 4-6-4/5), so that an order number next to a date is not one.
  ['card_number', /(?<!\d)(?:\d{13,19}|\d{4}[ -]\d{6}[ -]\d{4,5}|\d{4}(?:[ -]\d{4}){2}[ -]\d{1,4}(?:[ -]\d{1,3})?)(?!\d)/g],
  // International: +81 / +1 and other country codes, at least 8 digits in all (not "+1000円").
  ['phone', /\+(?=(?:[\s\-()]*\d){8})\d{1,3}[\s-]?\(?\d{1,4}\)?(?:[\s-]?\d{2,4}){1,4}/g],
  // Japanese (10 or 11 digits, so not a date like 08-04-2021): 090-1234-5678, 03-1234-5678,
  // 0120-123-456, mobiles also with spaces, and without separators.
  ['phone', /(?<![\d-])(?=(?:\d-?){10,11}(?![\d-]))0\d{1,4}-\d{1,4}-\d{3,4}(?![\d-])|(?<!\d)0[5789]0 \d{4} \d{4}(?!\d)|(?<!\d)0[5789]0\d{8}(?!\d)|(?<!\d)0\d{9}(?!\d)/g],
  ['postal_code', POSTAL_CODE],
];

/** The kinds of personal data found in `text`, in a fixed order, without repeats. */
export function detectPii(text: string): PiiKind[] {
  // Most messages have no digit and no @: skip the regexes entirely.
  if (!/[\d@〒]/.test(text)) return [];
  const found: PiiKind[] = [];
  let rest = text;
  for (const [kind, re] of PATTERNS) {
    re.lastIndex = 0;
    if (!re.test(rest)) continue;
    if (!found.includes(kind)) found.push(kind);
    // What one kind matched is not looked at again (a US phone's "555-0123" is no postal code).
    rest = rest.replace(re, ' ');
  }
  return found;
}
