import { CLAIM_TYPES, STATUSES_BY_TYPE, isTerminal } from '../../engine/index.js';
import type { CardBuilder } from './Card.js';
import { count } from './Card.js';
import type { ClaimFacts } from './ClaimFacts.js';
import type { ClaimLog } from './ClaimHistory.js';
import { wilson } from './stats/wilson.js';
import { Z95 } from './stats/normal.js';

const r6 = (x: number): number => +x.toPrecision(6);

/**
 * The claims' traffic: how many claims over what arrival window (the population spreads them
 * evenly, one uniform instant per slot), the mix of claim types and each type's initial
 * status mix (shares of the training claims, Wilson intervals).
 */
export function fitTraffic(log: ClaimLog, train: readonly ClaimFacts[], card: CardBuilder): Record<string, unknown> {
  const n = log.claims.length;
  const start = log.start;
  const last = log.claims.reduce((m, c) => Math.max(m, c.openedAt), start);
  // Stratified arrivals: the last claim lands on average half a slot before the window's end.
  const arrivals = Math.min(log.end - start, Math.max(1, Math.round((last - start) * (n / Math.max(0.5, n - 0.5)))));
  card.parameter('claims', n, n - Z95 * Math.sqrt(n), n + Z95 * Math.sqrt(n), 'count', `${count(n)} claims opened in the log (Poisson interval: a like period brings this many give or take)`);
  const claimMix: Record<string, number> = {};
  const byType = new Map<string, number>();
  for (const f of train) byType.set(f.type, (byType.get(f.type) ?? 0) + 1);
  for (const t of CLAIM_TYPES) {
    const k = byType.get(t) ?? 0;
    if (k === 0) continue;
    const ci = wilson(k, train.length);
    claimMix[t] = r6(k / train.length);
    card.parameter(`claimMix.${t}`, k / train.length, ci.low, ci.high, 'weight', `${count(k)} of ${count(train.length)} training claims (weights are shares)`);
  }
  const initialStatus: Record<string, Record<string, number>> = {};
  for (const t of CLAIM_TYPES) {
    const mine = train.filter((f) => f.type === t);
    const statuses = STATUSES_BY_TYPE[t].filter((s) => !isTerminal(s));
    const counts = statuses.map((s) => mine.filter((f) => f.status === s).length);
    if (mine.length === 0 || counts.filter((k) => k > 0).length < 2) continue;
    initialStatus[t] = {};
    statuses.forEach((s, i) => {
      const k = counts[i]!;
      if (k === 0) return;
      const ci = wilson(k, mine.length);
      initialStatus[t]![s] = r6(k / mine.length);
      card.parameter(`initialStatus.${t}.${s}`, k / mine.length, ci.low, ci.high, 'weight', `${count(k)} of ${count(mine.length)} training ${t} claims opened in ${s}`);
    });
  }
  return {
    horizon: { start: startText(log), length: `${Math.max(1, log.end - start)}ms`, arrivals: `${arrivals}ms` },
    sellers: Math.max(1, log.sellers),
    buyers: Math.max(1, log.buyers),
    claims: n,
    claimMix,
    initialStatus,
  };
}

/** The log's start as the population's horizon.start, to the millisecond, with its offset. */
function startText(log: ClaimLog): string {
  const s = log.start;
  const offsetMin = Math.round(log.calendar.offsetAt(s) / 60_000);
  const local = new Date(s + offsetMin * 60_000).toISOString().slice(0, 23);
  const sign = offsetMin < 0 ? '-' : '+';
  const a = Math.abs(offsetMin);
  return `${local}${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}
