import { stringify } from 'yaml';
import {
  type OpenClaim,
  type PlaceOrder,
  type Policy,
  DEFAULT_POLICY,
  Engine,
  calendarFor,
} from '../../engine/index.js';
import type { RecordedCommand } from './RecordedCommand.js';
import { claimExpectation } from '../../scenarios/claimExpectation.js';
import { commandStep } from '../../scenarios/commandStep.js';

export interface RegressionInput {
  readonly title: string;
  readonly description: string;
  readonly tags: readonly string[];
  readonly policy: Policy;
  /** The claim's commands, setup (PlaceOrder, OpenClaim) first, minimised. */
  readonly commands: readonly RecordedCommand[];
  /** Shop and buyer names, by id (sellers:, buyers:). */
  readonly names: { readonly seller: string; readonly buyer: string };
}

type Item = { at: number; probe: boolean; command?: RecordedCommand };

/**
 * A standalone v1 scenario from a claim's commands: the order and the claim at `start`,
 * then each command with, after it, what rules.md says the claim must show — read off the
 * real rules (the oracle the run was checked against) — and probes where a mutant of the
 * day counting shows: the last millisecond of each response deadline (still requested) and
 * 00:00 after it (withdrawn by timeout, unless something came first). Ends with
 * `invariants: clean`.
 */
export function regressionScenario(input: RegressionInput): string {
  const { policy, commands } = input;
  const cal = calendarFor(policy.timezone);
  const place = commands.find((c) => c.command.kind === 'PlaceOrder')!.command as PlaceOrder;
  const open = commands.find((c) => c.command.kind === 'OpenClaim')!;
  const opened = open.command as OpenClaim;
  const actions = commands.filter((c) => commandStep(c.command) !== null);

  // Pass 1, on the real rules: where are the day-counting boundaries?
  const probes = new Set<number>();
  const oracle = new Engine({ policy, start: open.at });
  oracle.subscribe((events) => {
    for (const e of events) if (e.kind === 'WithdrawalRequested') probes.add(e.timeoutAt - 1).add(e.timeoutAt);
  });
  for (const c of commands) oracle.execute(c.command, c.at);

  const items: Item[] = [...actions.map((c) => ({ at: c.at, probe: false, command: c })), ...[...probes].filter((t) => t > open.at).map((at) => ({ at, probe: true }))];
  items.sort((a, b) => a.at - b.at || Number(a.probe) - Number(b.probe));

  // Pass 2: the steps, each command followed by the claim as the real rules leave it.
  const engine = new Engine({ policy, start: open.at });
  engine.execute(place, open.at);
  engine.execute(opened, open.at);
  const claimId = opened.claim;
  const view = (): Record<string, unknown> => claimExpectation(engine.view.claim(claimId)!, engine.now, cal);
  const steps: Record<string, unknown>[] = [];
  for (const item of items) {
    const at = cal.formatLocal(item.at);
    if (item.command) {
      const d = engine.execute(item.command.command, item.at);
      steps.push({ at, ...commandStep(item.command.command), ...(d.ok ? {} : { expect: { error: d.refusal.code } }) });
      steps.push({ check: { claims: { [claimId]: view() } } });
    } else {
      engine.advanceTo(item.at);
      steps.push({ at, check: { claims: { [claimId]: view() } } });
    }
  }
  steps.push({ check: { invariants: 'clean' } });

  const doc = {
    name: input.title,
    description: input.description,
    tags: [...input.tags],
    ...policyOverrides(policy),
    start: cal.formatLocal(open.at),
    sellers: [{ id: place.seller, name: input.names.seller }],
    buyers: [{ id: place.buyer, name: input.names.buyer }],
    orders: [{ id: place.order, seller: place.seller, buyer: place.buyer, ...orderDetails(place) }],
    claims: [{ id: claimId, order: place.order, type: opened.type, ...(opened.status ? { status: opened.status } : {}) }],
    steps,
  };
  return stringify(doc, { lineWidth: 0 });
}


function orderDetails(p: PlaceOrder): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of ['orderNumber', 'cartNumber', 'itemCode', 'sellerItemCode', 'itemName'] as const) if (p[k] !== undefined) out[k] = p[k]!;
  return out;
}

/** `policy:` with the keys that differ from the default policy (none: no key). */
function policyOverrides(policy: Policy): { policy?: Record<string, unknown> } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(policy)) {
    const d = (DEFAULT_POLICY as unknown as Record<string, unknown>)[k];
    if (JSON.stringify(v) !== JSON.stringify(d)) out[k] = Array.isArray(v) ? [...v] : v;
  }
  return Object.keys(out).length ? { policy: out } : {};
}
