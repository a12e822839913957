/** What choosing the idlest reads of a claim: its last instant, and whether it is finished. */
interface Idle {
  readonly lastAt: number;
  readonly closedAt: number | null;
}

const byLastAt = (a: Idle, b: Idle): number => a.lastAt - b.lastAt;

/**
 * The `n` idlest open claims (not finished), the oldest last record first, then in the map's
 * order: the first `n` of all of them sorted so, without sorting them all (the instants alone
 * are sorted, natively, to find the n-th; then only the `n` chosen are sorted).
 */
export function idlestClaims<C extends Idle>(claims: ReadonlyMap<string, C>, n: number): C[] {
  const idle: C[] = [];
  for (const c of claims.values()) if (c.closedAt === null) idle.push(c);
  if (n >= idle.length) return idle.sort(byLastAt);
  if (n <= 0) return [];
  const instants = new Float64Array(idle.length);
  for (let i = 0; i < idle.length; i++) instants[i] = idle[i]!.lastAt;
  const nth = instants.sort()[n - 1]!;
  let ties = n;
  for (const c of idle) if (c.lastAt < nth) ties--;
  const chosen: C[] = [];
  for (const c of idle) {
    if (c.lastAt < nth) chosen.push(c);
    else if (c.lastAt === nth && ties > 0) {
      chosen.push(c);
      ties--;
    }
  }
  return chosen.sort(byLastAt);
}
