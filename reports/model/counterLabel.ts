import type { CounterName } from './SimulationReport.js';

const LABELS: Readonly<Record<CounterName, string>> = {
  requests: 'withdrawal requests (R6)',
  reRequests: 're-requests (R11)',
  cooldownRefusals: 'cooldown refusals (R12, R15)',
  delayedClaims: 'delayed claims (R18)',
  piiWarnings: 'PII warnings (R21)',
  escalatedToSupport: 'escalations to support (R3)',
  memos: 'memos (R20)',
  events: 'events',
};

/** The plain-language name of a counter, with the rule it counts. */
export function counterLabel(name: CounterName): string {
  return LABELS[name];
}
