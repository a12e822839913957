/**
 * Whether a claim id matches an --allow pattern: a glob over the whole id, `*` any run of
 * characters (none too), `?` exactly one, every other character itself (`C-2024-*`, `C-10??`).
 * Case-sensitive, as claim ids are. Linear backtracking on the last `*`: no pattern is slow.
 */
export function claimPatternMatches(pattern: string, claim: string): boolean {
  let p = 0;
  let c = 0;
  let star = -1;
  let resume = 0;
  while (c < claim.length) {
    if (p < pattern.length && (pattern[p] === '?' || (pattern[p] !== '*' && pattern[p] === claim[c]))) {
      p++;
      c++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      resume = c;
    } else if (star >= 0) {
      p = star + 1;
      c = ++resume;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}
