import { type ClaimEvent, type Command, type Decide, type Decision, type Instant, type Policy, Engine } from '../../engine/index.js';
import { RULES_BY_EVENT, RULES_BY_REFUSAL, type RuleId } from '../model/ruleCoverage.js';
import type { ClaimTimeline, TimelineEntry } from '../model/ClaimTimeline.js';

/** A command to decide at an instant (a scenario's setup and steps, or a claim's recorded commands). */
export interface TimedCommand {
  readonly at: Instant;
  readonly command: Command;
}

/**
 * Decides the commands in order on a fresh engine (firing deadlines on the way, and up to
 * `end`), and keeps what is about `claim`: its order's placing, each command on it with the
 * rules' decision, and the events the clock produced (R10).
 */
export function traceClaim(o: { readonly policy: Policy; readonly start: Instant; readonly commands: readonly TimedCommand[]; readonly end: Instant; readonly claim: string; readonly decide?: Decide }): ClaimTimeline {
  const engine = new Engine({ policy: o.policy, start: o.start, ...(o.decide ? { decide: o.decide } : {}) });
  const entries: TimelineEntry[] = [];
  let deciding = false;
  engine.subscribe((events) => {
    if (deciding) return;
    const mine = events.filter((e) => about(e, o.claim));
    if (mine.length > 0) entries.push({ at: engine.now, command: null, events: mine, refusal: null, rules: rulesOf(mine) });
  });
  for (const { at, command } of o.commands) {
    const mine = command.kind === 'PlaceOrder' ? isOrderOf(command.order, o.claim, o.commands) : command.claim === o.claim;
    if (at > engine.now) engine.advanceTo(at);
    deciding = true;
    const d = engine.execute(command);
    deciding = false;
    if (mine) entries.push(entryOf(engine.now, command, d, o.claim));
  }
  engine.advanceTo(Math.max(o.end, engine.now));
  const c = engine.view.claim(o.claim);
  return {
    claim: o.claim,
    zone: o.policy.timezone,
    entries,
    end: c ? { at: engine.now, status: c.status, withdrawal: c.withdrawal, outcome: c.outcome } : null,
  };
}

function entryOf(at: Instant, command: Command, d: Decision, claim: string): TimelineEntry {
  if (!d.ok) return { at, command, events: [], refusal: d.refusal, rules: RULES_BY_REFUSAL[d.refusal.code] };
  const events = d.events.filter((e) => about(e, claim) || e.kind === 'OrderPlaced');
  return { at, command, events, refusal: null, rules: rulesOf(events) };
}

function about(e: ClaimEvent, claim: string): boolean {
  return e.kind !== 'OrderPlaced' && e.claim === claim;
}

/** The order the claim is opened on, read from the commands (its PlaceOrder comes before). */
function isOrderOf(order: string, claim: string, commands: readonly TimedCommand[]): boolean {
  return commands.some((c) => c.command.kind === 'OpenClaim' && c.command.claim === claim && c.command.order === order);
}

/** The rules behind the events; a re-request is R11 (and R13's count) rather than a first request's R1–R6 checks. */
function rulesOf(events: readonly ClaimEvent[]): RuleId[] {
  const rules = new Set<RuleId>();
  for (const e of events) {
    const base = e.kind === 'WithdrawalRequested' && e.reRequest ? (['R11', 'R12', 'R13', 'R6'] as const) : RULES_BY_EVENT[e.kind];
    for (const r of base) rules.add(r);
  }
  return [...rules];
}
