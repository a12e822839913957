// The test protocol of claimsim (docs/target-protocol.md, version 1) in front of the service:
// hello, reset, advance (the test clock), command and query, instants as ISO 8601 UTC.
import { BUGS, ClaimService } from './claimService.js';

const INSTANT_FIELDS = ['at', 'orderedAt', 'shippedAt', 'receivedAt', 'delayedFrom', 'timeoutAt', 'cooldownUntil', 'until'];

/** What this service implements: scenarios that need more (search, reminders, PII checks, dated policy changes) are skipped. */
export const CAPABILITIES = {
  rules: ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11', 'R12', 'R13', 'R14', 'R15', 'R16', 'R17', 'R18', 'R20'],
  policyKeys: ['timezone', 'responseWindowDays', 'rejectionCooldownDays', 'cancellationCooldownDays', 'delayThresholdDays', 'maxReRequests', 'autoWithdrawOnTimeout', 'eligibleStatuses', 'requireMessage'],
  reminders: false,
  datedChanges: false,
  memos: true,
  search: false,
};

const toWire = (record) => Object.fromEntries(Object.entries(record).map(([k, v]) => [k, INSTANT_FIELDS.includes(k) && typeof v === 'number' ? new Date(v).toISOString() : v]));
const fromWire = (record) => Object.fromEntries(Object.entries(record).map(([k, v]) => [k, INSTANT_FIELDS.includes(k) && typeof v === 'string' ? Date.parse(v) : v]));

export class ProtocolSession {
  constructor(bug) {
    if (bug !== null && !(bug in BUGS)) throw new Error(`unknown bug ${bug} (known: ${Object.keys(BUGS).join(', ')})`);
    this.service = new ClaimService({ bug });
    this.name = bug === null ? 'example claim service' : `example claim service with bug ${bug}`;
    this.started = false;
  }

  /** One request, its reply. */
  handle(req) {
    const id = typeof req?.id === 'number' ? req.id : null;
    const s = this.service;
    const ok = (events) => ({ id, type: 'ok', now: new Date(s.now).toISOString(), events: events.map(toWire) });
    switch (req?.type) {
      case 'hello':
        if (req.protocol !== 1) return { id, type: 'error', message: `protocol ${req.protocol} is not spoken here; this service speaks protocol 1` };
        return { id, type: 'hello', protocol: 1, name: this.name, capabilities: CAPABILITIES };
      case 'reset':
        s.reset(req.policy ?? {}, Date.parse(req.start));
        this.started = true;
        return ok([]);
      case 'advance': {
        if (!this.started) return { id, type: 'error', message: 'send reset first' };
        const to = Date.parse(req.to);
        if (!(to >= s.now)) return { id, type: 'error', message: `advance: ${req.to} is before the test clock` };
        return ok(s.advanceClock(to));
      }
      case 'command': {
        if (!this.started) return { id, type: 'error', message: 'send reset first' };
        const result = s.execute(fromWire(req.command ?? {}));
        if (Array.isArray(result)) return ok(result);
        if (result.code === 'UNSUPPORTED') return { id, type: 'error', message: result.message };
        return { id, type: 'refused', now: new Date(s.now).toISOString(), refusal: toWire({ ...result }) };
      }
      case 'query':
        return { id, type: 'answer', ...this.query(req) };
      default:
        return { id, type: 'error', message: `unknown request type ${JSON.stringify(req?.type)}` };
    }
  }

  query(req) {
    const s = this.service;
    const ids = req.ids ?? [];
    switch (req.query) {
      case 'claims':
        return { claims: Object.fromEntries(ids.map((c) => { const v = s.claimView(c); return [c, v && toWire(v)]; })) };
      case 'board':
        return { board: s.board() };
      case 'buyers':
        return { buyers: Object.fromEntries(ids.map((b) => [b, { pendingWithdrawals: s.pending(b), unansweredMemos: s.unansweredMemos('buyer', b) }])) };
      case 'sellers':
        return { sellers: Object.fromEntries(ids.map((x) => [x, { unansweredMemos: s.unansweredMemos('seller', x) }])) };
      default:
        return {};
    }
  }
}
