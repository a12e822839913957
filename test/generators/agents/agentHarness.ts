import { type ClaimType, type Command, type Decision, Engine, type LifecycleStatus, type Policy, DEFAULT_POLICY } from '../../../engine/index.js';
import type { AgentContext } from '../../../generators/agents/AgentContext.js';
import { type ClaimDraws, claimDraws } from '../../../generators/agents/ClaimDraws.js';
import { parsePopulation } from '../../../generators/loadPopulation.js';
import { ClaimRecords } from '../../../generators/records/ClaimRecords.js';
import { CompiledPopulation } from '../../../generators/population/CompiledPopulation.js';
import type { Moves } from '../../../generators/agents/MoveQueue.js';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** A move an agent put on the clock, as the test sees it. */
export interface PlannedMove {
  readonly kind: keyof Moves;
  readonly at: number;
  readonly claim: number;
  readonly args: readonly unknown[];
}

/** Replace some named draws; the others stay the seeded ones. */
export interface DrawOverrides {
  readonly lifecycle?: Partial<ClaimDraws['lifecycle']>;
  readonly seller?: Partial<ClaimDraws['seller']>;
  readonly buyer?: Partial<ClaimDraws['buyer']>;
  readonly message?: Partial<ClaimDraws['message']>;
}

/** One seller profile, one buyer profile and the small population's lifecycle, as YAML lines. */
export function populationYaml(seller: string, buyer: string): string {
  return `name: Agents under test
seed: 1
horizon: { start: 2024-04-01T00:00, length: 60d, arrivals: 1d }
sellers: 1
buyers: 1
claims: 1
claimMix: { return: 1 }
lifecycle:
  return_requested: { after: { constant: 3d }, next: { returning: 1 }, duringWithdrawal: wait }
  returning: { after: { constant: 5d }, next: { return_received: 1 } }
sellerProfiles:
  - name: seller
    weight: 1
${seller.replace(/^/gm, '    ')}
buyerProfiles:
  - name: buyer
    weight: 1
${buyer.replace(/^/gm, '    ')}
`;
}

export const SELLER = `request: { probability: 0.5, delay: { constant: 18h } }
reRequest: { probability: 0.5, from: cooldownEnd, delay: { constant: 1d }, retryDelay: { constant: 2h }, max: 2 }
cancel: { probability: 0.5, delay: { constant: 2h } }
giveUp: { probability: 0.5, delay: { constant: 3h } }
escalate: 0.5
pii: 0.5
memo: { probability: 0.5, delay: { constant: 30m } }`;

export const BUYER = `accept: { probability: 0.5, delay: { constant: 1d } }
reject: { probability: 0.25, delay: { constant: 2d } }
silent: 0.25
memoReply: { probability: 0.5, delay: { constant: 4h } }
pii: 0.5`;

/**
 * A real engine with one claim's agents' context around it: what the agents know is folded from
 * the engine's events, their moves are recorded instead of run, and their draws can be set.
 */
export function agentHarness(options: { seller?: string; buyer?: string; draws?: DrawOverrides; policy?: Policy } = {}) {
  const policy = options.policy ?? DEFAULT_POLICY;
  const population = parsePopulation(populationYaml(options.seller ?? SELLER, options.buyer ?? BUYER), 'agents.yaml');
  const pop = new CompiledPopulation(population, policy, 1, 1);
  const engine = new Engine({ policy, start: pop.start });
  const claims = new ClaimRecords(1);
  engine.subscribe((events) => events.forEach((e) => claims.observe(e)));
  const seeded = claimDraws(pop.seed);
  const o = options.draws ?? {};
  const draw: ClaimDraws = {
    lifecycle: { ...seeded.lifecycle, ...o.lifecycle },
    seller: { ...seeded.seller, ...o.seller },
    buyer: { ...seeded.buyer, ...o.buyer },
    message: { ...seeded.message, ...o.message },
  };
  const planned: PlannedMove[] = [];
  const commands: { command: Command; decision: Decision }[] = [];
  const record =
    (kind: keyof Moves) =>
    (at: number, claim: number, ...args: unknown[]): void => {
      planned.push({ kind, at, claim, args });
    };
  const moves: Moves = {
    advance: record('advance'),
    request: record('request'),
    reRequest: record('reRequest'),
    accept: record('accept'),
    reject: record('reject'),
    cancelRequest: record('cancelRequest'),
    giveUp: record('giveUp'),
    sellerMemo: record('sellerMemo'),
    buyerMemo: record('buyerMemo'),
  };
  const act = (command: Command): Decision => {
    const decision = engine.execute(command);
    commands.push({ command, decision });
    return decision;
  };
  const ctx: AgentContext = { pop, draw, claims, moves, act, now: () => engine.now };
  return {
    ctx,
    engine,
    claims,
    planned,
    commands,
    /** Claim 0 (C0) is opened now, of this type and status. */
    open(type: ClaimType = 'return', status?: LifecycleStatus): void {
      engine.execute({ kind: 'PlaceOrder', order: 'O0', seller: 'S0', buyer: 'B0' });
      engine.execute({ kind: 'OpenClaim', claim: 'C0', order: 'O0', type, ...(status ? { status } : {}) });
    },
    /** The kinds of the commands the agents issued, with the refusal code of each refused one. */
    issued(): string[] {
      return commands.map(({ command, decision }) => (decision.ok ? command.kind : `${command.kind}: ${decision.refusal.code}`));
    },
  };
}
