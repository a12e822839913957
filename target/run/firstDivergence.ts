import type { ClaimEvent, Decision } from '../../engine/index.js';
import type { TargetReply } from '../protocol/messages.js';
import { eventToWire, instantToWire } from '../protocol/wire.js';

type Wire = Record<string, unknown>;

/**
 * How the target's answer differs from the rules' for the same input (null: it does not):
 * accepted where the rules refuse or the reverse, another refusal code or cooldown end, or
 * the first event that differs (its kind, or the fields that differ, expected then got).
 */
export function firstDivergence(expected: Decision | { readonly ok: true; readonly events: readonly ClaimEvent[] }, got: TargetReply): string | null {
  if (got.type !== 'ok' && got.type !== 'refused') return `the rules expected ${describeDecision(expected)}, the target answered ${got.type}`;
  if (!expected.ok) {
    if (got.type === 'ok') return `the rules expected ${describeDecision(expected)}, the target accepted it${got.events.length ? ` (${describeEvent(got.events[0] as Wire)}${got.events.length > 1 ? ', …' : ''})` : ''}`;
    const r = expected.refusal;
    if (r.code !== got.refusal.code) return `the rules expected ${r.code}, the target refused with ${got.refusal.code} (${got.refusal.message})`;
    const until = r.until === undefined ? undefined : instantToWire(r.until);
    if (until !== got.refusal.until) return `the rules expected ${r.code} until ${until ?? 'no instant'}, the target said until ${got.refusal.until ?? 'no instant'}`;
    return null;
  }
  if (got.type === 'refused') return `the rules expected it accepted${expected.events.length ? ` (${describeEvent(eventToWire(expected.events[0]!))})` : ''}, the target refused it with ${got.refusal.code} (${got.refusal.message})`;
  return diffEvents(expected.events.map(eventToWire), got.events as Wire[]);
}

/**
 * The first event that differs between the rules' events and the target's, said in one line.
 * Events of different claims at one instant may come in either order (docs/target-protocol.md,
 * Events); a claim's own events, and the instants, keep theirs.
 */
export function diffEvents(wantAsSent: readonly Wire[], gotAsSent: readonly Wire[]): string | null {
  const want = byInstantThenClaim(wantAsSent);
  const got = byInstantThenClaim(gotAsSent);
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    const w = want[i];
    const g = got[i];
    const n = `event ${i + 1}`;
    if (w === undefined) return `the rules expected no ${n}, the target reported ${describeEvent(g!)}`;
    if (g === undefined) return `the rules expected ${n} ${describeEvent(w)}, the target reported none`;
    if (w['kind'] !== g['kind'] || w['claim'] !== g['claim']) return `the rules expected ${n} ${describeEvent(w)}, the target reported ${describeEvent(g)}`;
    const fields = [...new Set([...Object.keys(w), ...Object.keys(g)])].filter((k) => JSON.stringify(w[k]) !== JSON.stringify(g[k]));
    if (fields.length) return `${n} ${describeEvent(w)}: ${fields.map((k) => `${k} expected ${show(w[k])}, the target said ${show(g[k])}`).join('; ')}`;
  }
  return null;
}

/** Each run of events at one instant ordered by claim, stably: a claim's own events keep their order. */
function byInstantThenClaim(events: readonly Wire[]): Wire[] {
  const out: Wire[] = [];
  for (let i = 0; i < events.length; ) {
    let j = i + 1;
    while (j < events.length && events[j]!['at'] === events[i]!['at']) j++;
    const run = events.slice(i, j);
    if (run.length > 1) run.sort((a, b) => (claimKey(a) < claimKey(b) ? -1 : claimKey(a) > claimKey(b) ? 1 : 0));
    out.push(...run);
    i = j;
  }
  return out;
}

function claimKey(e: Wire): string {
  return typeof e['claim'] === 'string' ? e['claim'] : '';
}

function describeDecision(d: { readonly ok: boolean; readonly refusal?: { readonly code: string } }): string {
  return d.ok ? 'it accepted' : `it refused with ${d.refusal!.code}`;
}

function describeEvent(e: Wire): string {
  return `${String(e['kind'])}${e['claim'] !== undefined ? ` ${String(e['claim'])}` : ''} at ${String(e['at'])}`;
}

function show(v: unknown): string {
  return v === undefined ? 'nothing' : JSON.stringify(v);
}
