import {
  type ClaimEvent,
  type Decide,
  Engine,
  checkPolicy,
  claimListRow,
  claimView,
  calendarFor,
  cooldownUntil,
  pendingWithdrawals,
  queryClaims,
  statusBoard,
  unansweredMemos,
} from '../../engine/index.js';
import { FULL_CAPABILITIES } from '../protocol/Capabilities.js';
import type { AnswerReply, ClaimAnswer, QueryRequest, TargetReply, TargetRequest } from '../protocol/messages.js';
import { PROTOCOL_VERSION } from '../protocol/protocolVersion.js';
import { commandFromWire, eventToWire, instantFromWire, instantToWire, refusalToWire } from '../protocol/wire.js';

/**
 * claimsim's engine behind the target protocol: one session at a time, a `reset` starting a
 * fresh engine. `makeDecide` gives the rules for each session (a fault or mutant is wrapped
 * afresh, since a mutant may remember what it decided within one run).
 */
export class EngineTarget {
  private engine: Engine | null = null;
  private emitted: ClaimEvent[] = [];

  constructor(
    private readonly makeDecide: () => Decide,
    private readonly name: string,
  ) {}

  handle(request: TargetRequest): TargetReply {
    const { id } = request;
    switch (request.type) {
      case 'hello':
        if (request.protocol !== PROTOCOL_VERSION) return { id, type: 'error', message: `protocol ${request.protocol} is not spoken here; this target speaks protocol ${PROTOCOL_VERSION}` };
        return { id, type: 'hello', protocol: PROTOCOL_VERSION, name: this.name, capabilities: { ...FULL_CAPABILITIES, rules: [...FULL_CAPABILITIES.rules], policyKeys: [...FULL_CAPABILITIES.policyKeys] } };
      case 'reset': {
        const start = instantFromWire(request.start)!;
        const checked = checkPolicy(request.policy);
        if (!checked.ok) return { id, type: 'error', message: `reset: the policy is not valid: ${checked.problems.map((p) => `${p.key} ${p.message}`).join('; ')}` };
        this.engine = new Engine({ policy: checked.policy, start, decide: this.makeDecide(), onEvents: (events) => this.emitted.push(...events) });
        return this.ok(id);
      }
      case 'advance': {
        const engine = this.engine;
        if (!engine) return notReset(id);
        const to = instantFromWire(request.to)!;
        if (to < engine.now) return { id, type: 'error', message: `advance: ${request.to} is before the test clock's ${instantToWire(engine.now)}; the clock only moves forward` };
        engine.advanceTo(to);
        return this.ok(id);
      }
      case 'command': {
        const engine = this.engine;
        if (!engine) return notReset(id);
        const command = commandFromWire(request.command);
        if (!command.ok) return { id, type: 'error', message: `command: ${command.field} is not an instant or date on the wire: ${JSON.stringify(command.got)}` };
        const decision = engine.execute(command.value);
        if (decision.ok) return this.ok(id);
        this.emitted = [];
        return { id, type: 'refused', now: instantToWire(engine.now), refusal: refusalToWire(decision.refusal) as never };
      }
      case 'query':
        return this.engine ? this.query(this.engine, request) : notReset(request.id);
      default: {
        const unreachable: never = request;
        throw new Error(`unknown request ${JSON.stringify(unreachable)}`);
      }
    }
  }

  /** `ok` with the events emitted since the last reply. */
  private ok(id: number): TargetReply {
    const events = this.emitted.map(eventToWire) as never;
    this.emitted = [];
    return { id, type: 'ok', now: instantToWire(this.engine!.now), events };
  }

  private query(engine: Engine, q: QueryRequest): TargetReply {
    const { view: state, now } = engine;
    const calendar = calendarFor(engine.policyAt(now).timezone);
    const ids = q.ids ?? [];
    const reply: { -readonly [K in keyof AnswerReply]: AnswerReply[K] } = { id: q.id, type: 'answer' };
    switch (q.query) {
      case 'claims':
        reply.claims = Object.fromEntries(
          ids.map((cid): [string, ClaimAnswer | null] => {
            const claim = state.claim(cid);
            if (!claim) return [cid, null];
            const v = claimView(claim, now, calendar);
            const cd = cooldownUntil(claim, now);
            return [cid, { ...v, cooldownUntil: cd === null ? null : instantToWire(cd), rejectionCategory: claim.rejection?.category ?? null }];
          }),
        );
        break;
      case 'board':
        reply.board = { ...statusBoard(state, now).counts };
        break;
      case 'buyers':
        reply.buyers = Object.fromEntries(ids.map((b) => [b, { pendingWithdrawals: pendingWithdrawals(state, b), unansweredMemos: unansweredMemos(state, 'buyer', b) }]));
        break;
      case 'sellers':
        reply.sellers = Object.fromEntries(ids.map((s) => [s, { unansweredMemos: unansweredMemos(state, 'seller', s) }]));
        break;
      case 'search': {
        const f = q.search ?? {};
        const period = f.period && {
          by: f.period.by,
          ...(f.period.from !== undefined ? { from: instantFromWire(f.period.from)! } : {}),
          ...(f.period.to !== undefined ? { to: instantFromWire(f.period.to)! } : {}),
        };
        const hits = queryClaims(state, { ...(f.type ? { type: f.type } : {}), ...(f.status ? { status: f.status } : {}), ...(f.withdrawal ? { withdrawal: f.withdrawal } : {}), ...(period ? { period } : {}) });
        reply.search = { found: hits.map((c) => c.id), rows: Object.fromEntries(hits.map((c) => [c.id, { ...claimListRow(state, c, calendar) }])) };
        break;
      }
      default: {
        const unreachable: never = q.query;
        throw new Error(`unknown query ${String(unreachable)}`);
      }
    }
    return reply;
  }
}

function notReset(id: number): TargetReply {
  return { id, type: 'error', message: 'no session yet: send reset {policy, start} first' };
}
