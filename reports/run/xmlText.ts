/** Characters XML 1.0 cannot carry at all (control characters other than tab, line feed, return). */
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text escaped for XML: markup characters as entities, characters XML cannot carry replaced.
 * In an attribute (the default) line breaks and tabs become character references too, so a
 * parser keeps them instead of normalising them to spaces.
 */
export function xmlText(text: string, attribute = true): string {
  const escaped = text.replace(INVALID, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (!attribute) return escaped.replace(/\r/g, '&#13;');
  return escaped.replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
