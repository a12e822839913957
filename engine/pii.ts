/** R21: personal data that must not travel in memos, withdrawal messages or rejection reasons. */

export type PiiKind = 'email' | 'phone' | 'postal_code' | 'card_number';

const PATTERNS: readonly (readonly [PiiKind, RegExp])[] = [
  ['email', /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/],
  // Card-like runs of 13-19 digits, optionally grouped by spaces or hyphens.
  ['card_number', /(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)/],
  // International: +81 / +1 and other country codes followed by 6-14 more digits.
  ['phone', /\+\d{1,3}[\s-]?\(?\d{1,4}\)?(?:[\s-]?\d{2,4}){1,4}/],
  // Japanese: 090-1234-5678, 03-1234-5678, 0120-123-456, and the same without hyphens.
  ['phone', /(?<![\d-])0\d{1,4}-\d{1,4}-\d{3,4}(?![\d-])|(?<!\d)0[5789]0\d{8}(?!\d)|(?<!\d)0\d{9}(?!\d)/],
  // Japanese postal codes: 〒123-4567, 123-4567 (and 〒1234567).
  ['postal_code', /〒\s?\d{3}-?\d{4}|(?<![\d-])\d{3}-\d{4}(?![\d-])/],
];

/** The kinds of personal data found in `text`, in a fixed order, without repeats. */
export function detectPii(text: string): PiiKind[] {
  // Most messages have no digit and no @: skip the regexes entirely.
  if (!/[\d@〒]/.test(text)) return [];
  const found: PiiKind[] = [];
  for (const [kind, re] of PATTERNS) {
    if (!found.includes(kind) && re.test(text)) found.push(kind);
  }
  return found;
}
