import type { Summary } from '../../generators/Summary.js';
import type { CounterName } from './SimulationReport.js';

/** A summary's value of one counter (re-requests: R11; cooldown refusals: R12/R15; delayed: R18; PII warnings: R21). */
export function counterOf(s: Summary, name: CounterName): number {
  switch (name) {
    case 'requests':
      return s.requests;
    case 'reRequests':
      return reRequestCount(s);
    case 'cooldownRefusals':
      return s.cooldownRefusals;
    case 'delayedClaims':
      return s.delayedClaims;
    case 'piiWarnings':
      return s.piiWarnings;
    case 'escalatedToSupport':
      return s.escalatedToSupport;
    case 'memos':
      return s.memos;
    case 'events':
      return s.events;
    default: {
      const unreachable: never = name;
      throw new Error(`unknown counter ${String(unreachable)}`);
    }
  }
}

/** R11: re-requests made, from the claims-by-re-requests histogram. */
export function reRequestCount(s: Summary): number {
  let n = 0;
  for (const [k, claims] of Object.entries(s.reRequests)) n += Number(k) * claims;
  return n;
}
