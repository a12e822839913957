import type { Policy } from '../Policy.js';
import type { ClaimEvent, Decision } from '../types.js';
import type { Decide } from './Feature.js';

/** The decision with each event mapped (null drops it); a refusal is kept as it is. */
export function mapEvents(d: Decision, f: (e: ClaimEvent) => ClaimEvent | null): Decision {
  if (!d.ok) return d;
  const events: ClaimEvent[] = [];
  for (const e of d.events) {
    const m = f(e);
    if (m) events.push(m);
  }
  return { ok: true, events };
}

/** The rules, with the events of every decision mapped. */
export function withEvents(f: (e: ClaimEvent, policy: Policy) => ClaimEvent | null): (base: Decide) => Decide {
  return (base) => (state, cmd, now, policy) => mapEvents(base(state, cmd, now, policy), (e) => f(e, policy));
}
