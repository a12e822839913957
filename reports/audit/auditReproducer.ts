import { stringify } from 'yaml';
import { type Command, type OpenClaim, type PlaceOrder, type Policy, DEFAULT_POLICY, Engine, calendarFor } from '../../engine/index.js';
import type { ViolatingClaim } from '../../claimlog/AuditResult.js';
import type { LogRecord } from '../../claimlog/LogRecord.js';
import { parseIsoInstant } from '../../claimlog/parseIsoInstant.js';
import { toCommands } from '../../claimlog/toCommands.js';
import { claimExpectation } from '../../scenarios/claimExpectation.js';
import { commandStep } from '../../scenarios/commandStep.js';

/** A record of the claim as the log has it, and its line. */
export interface ReproducerRecord {
  readonly record: LogRecord;
  readonly line: number;
}

type Item = { at: number; order: number; record?: ReproducerRecord; command?: Command };

/**
 * A v1 scenario that replays a violating claim of a log on the real rules: the claim's actor
 * actions at their instants (refused ones expect the refusal the rules give), after each a
 * `check:` of the claim as the rules leave it, a `check:` at each instant the log shows a record
 * of the clock or the rules (what the rules hold then, whatever the log says), and at the last
 * millisecond of each response deadline and 00:00 after it. So it passes on the real rules,
 * and the step at the violation's line is where the log and the rules part (named in the
 * description). Actions the log records by someone else carry `as:`.
 */
export function auditReproducer(policy: Policy, v: ViolatingClaim, records: readonly ReproducerRecord[], logName: string): string {
  const cal = calendarFor(policy.timezone);
  const opened = records.find((r) => r.record.type === 'claim_opened')!;
  const [place, open] = toCommands(opened.record) as [PlaceOrder, OpenClaim];
  const start = parseIsoInstant(opened.record.at)!;

  const probes = new Set<number>();
  const oracle = new Engine({ policy, start });
  oracle.subscribe((events) => {
    for (const e of events) if (e.kind === 'WithdrawalRequested') probes.add(e.timeoutAt - 1).add(e.timeoutAt);
  });
  oracle.execute(place, start);
  oracle.execute(open, start);
  const items: Item[] = [];
  records.forEach((r, order) => {
    if (r === opened) return;
    const at = Math.max(start, parseIsoInstant(r.record.at)!);
    const commands = toCommands(r.record);
    if (commands === null) items.push({ at, order, record: r });
    else for (const command of commands) items.push({ at, order, record: r, command });
  });
  for (const item of items.slice().sort(byTime)) if (item.command) oracle.execute(item.command, Math.max(item.at, oracle.now));
  for (const t of probes) if (t > start) items.push({ at: t, order: Number.MAX_SAFE_INTEGER });
  items.sort(byTime);

  const engine = new Engine({ policy, start });
  engine.execute(place, start);
  engine.execute(open, start);
  const view = (): Record<string, unknown> => claimExpectation(engine.view.claim(open.claim)!, engine.now, cal);
  const actors = new Set<string>();
  const steps: Record<string, unknown>[] = [];
  let lastAt = start;
  for (const item of items) {
    const at = Math.max(item.at, lastAt);
    lastAt = at;
    const step = item.command ? commandStep(item.command) : null;
    if (item.command && step) {
      const actor = 'actor' in item.command && typeof item.command.actor === 'string' ? item.command.actor : undefined;
      if (actor !== undefined && actor !== place.seller && actor !== place.buyer) actors.add(actor);
      const d = engine.execute(item.command, at);
      steps.push({ at: cal.formatLocal(at), ...step, ...(actor !== undefined ? { as: actor } : {}), ...(d.ok ? {} : { expect: { error: d.refusal.code } }) });
      steps.push({ check: { claims: { [open.claim]: view() } } });
    } else {
      engine.advanceTo(at);
      steps.push({ at: cal.formatLocal(at), check: { claims: { [open.claim]: view() } } });
    }
  }
  steps.push({ check: { invariants: 'clean' } });

  const where = (line: number | null): string => (line === null ? "at the log's end" : `line ${line}`);
  const parts = v.violations.map((x) => `${where(x.line)}: ${x.message}`);
  const doc = {
    name: `Reproducer: ${v.rule} on claim ${v.claim} (${logName}, ${where(v.line)})`,
    description: `From claimsim audit of ${logName}: the claim's actions at the log's instants, checked against the rules; where the log parts from them: ${parts.join(' · ')}`,
    tags: ['audit', 'reproducer', ...new Set(v.violations.map((x) => x.rule))],
    ...policyOverrides(policy),
    start: cal.formatLocal(start),
    sellers: [{ id: place.seller }, ...[...actors].sort().map((id) => ({ id }))],
    buyers: [{ id: place.buyer }],
    orders: [{ id: place.order, seller: place.seller, buyer: place.buyer }],
    claims: [{ id: open.claim, order: place.order, type: open.type, ...(open.status ? { status: open.status } : {}) }],
    steps,
  };
  return stringify(doc, { lineWidth: 0 });
}

/** By instant; at one instant the log's records in its order, the probes last. */
function byTime(a: Item, b: Item): number {
  return a.at - b.at || a.order - b.order;
}


/** `policy:` with the keys that differ from the default policy (none: no key). */
function policyOverrides(policy: Policy): { policy?: Record<string, unknown> } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(policy)) {
    const d = (DEFAULT_POLICY as unknown as Record<string, unknown>)[k];
    if (JSON.stringify(v) !== JSON.stringify(d)) out[k] = Array.isArray(v) ? [...(v as unknown[])] : v;
  }
  return Object.keys(out).length ? { policy: out } : {};
}
