import { expect } from 'vitest';
import { snapshotOf } from './snapshotOf.js';
import {
  type AnyCommand,
  type Claim,
  type ClaimEvent,
  type ClaimType,
  type ClaimView,
  type Command,
  type Decide,
  type Decision,
  DEFAULT_POLICY,
  Engine,
  type Instant,
  type LifecycleStatus,
  type Policy,
  type Refusal,
  type RefusalCode,
  calendarFor,
  claimView,
  isClockCommand,
  makePolicy,
} from '../../../engine/index.js';
import { openClaim, placeOrder } from './commands.js';

/** A given step: a command at an instant (it must be accepted), or an event that happened. */
export type GivenStep = readonly [Instant, Command] | ClaimEvent;

export interface SpecOptions {
  /** Policy overrides on top of DEFAULT_POLICY (validated). */
  readonly policy?: Partial<Policy>;
  /** The clock's start; default: the first step's instant. */
  readonly start?: Instant;
  /** The rules (default: the engine's own); a fault mutant to prove a specification can catch it. */
  readonly decide?: Decide;
}

/** After `when`: the decision, and what the engine did around it. */
export interface When {
  readonly engine: Engine;
  readonly decision: Decision;
  /** Events the clock's own timers produced while moving to the `when` instant. */
  readonly fired: readonly ClaimEvent[];
  /** The action was accepted with exactly these events (each matched as a partial object). */
  then(expected: readonly Partial<ClaimEvent>[]): When;
  /** The action was refused with this code (and these refusal fields), and changed nothing. */
  thenRefuses(code: RefusalCode, fields?: Partial<Refusal>): When;
  claim(id?: string): Claim;
  view(id?: string): ClaimView;
}

export interface Given {
  readonly engine: Engine;
  /** Executes `command` at `at` (default: now), or issues it if it is the clock's; timers due by then fire first. */
  when(command: AnyCommand, at?: Instant): When;
  claim(id?: string): Claim;
  view(id?: string): ClaimView;
}

function startOf(steps: readonly GivenStep[]): Instant | undefined {
  const first = steps[0];
  if (first === undefined) return undefined;
  return Array.isArray(first) ? (first as readonly [Instant, Command])[0] : (first as ClaimEvent).at;
}

/** Folds a past event in, as the engine would have, including its deadline timer. */
function replayStep(engine: Engine, event: ClaimEvent): void {
  engine.replayEvent(event);
}

/**
 * given(steps).when(command, at).then(events) / .thenRefuses(code): a rule specification
 * on a real Engine (so deadline timers fire as they would in a run).
 */
export function given(steps: readonly GivenStep[], options: SpecOptions = {}): Given {
  const policy = options.policy ? makePolicy(options.policy) : DEFAULT_POLICY;
  const engine = new Engine({ policy, start: options.start ?? startOf(steps) ?? 0, keepLog: true, ...(options.decide ? { decide: options.decide } : {}) });
  const emitted: ClaimEvent[] = [];
  engine.subscribe((events) => emitted.push(...events));
  steps.forEach((step, i) => {
    if (!Array.isArray(step)) return replayStep(engine, step as ClaimEvent);
    const [at, command] = step as readonly [Instant, Command];
    const d = engine.execute(command, at);
    if (!d.ok) throw new Error(`given step ${i + 1} (${command.kind}) was refused: ${d.refusal.code} ${d.refusal.message}`);
  });
  const calendar = calendarFor(policy.timezone);
  const claim = (id = 'C1'): Claim => {
    const c = engine.view.claim(id);
    if (!c) throw new Error(`no claim ${id} in the given state`);
    return c;
  };
  const view = (id = 'C1'): ClaimView => claimView(claim(id), engine.now, calendar);

  return {
    engine,
    claim,
    view,
    when(command, at = engine.now) {
      emitted.length = 0;
      engine.advanceTo(at);
      const fired = [...emitted];
      const before = snapshotOf(engine.view);
      const logLength = engine.events().length;
      const decision = isClockCommand(command) ? engine.issue(command, at) : engine.execute(command, at);
      const result: When = {
        engine,
        decision,
        fired,
        claim,
        view,
        then(expected) {
          if (!decision.ok) throw new Error(`expected events, got refusal ${decision.refusal.code}: ${decision.refusal.message}`);
          expect(decision.events).toHaveLength(expected.length);
          expect(decision.events).toMatchObject(expected);
          return result;
        },
        thenRefuses(code, fields = {}) {
          if (decision.ok) throw new Error(`expected refusal ${code}, got events ${decision.events.map((e) => e.kind).join(', ') || '(none)'}`);
          expect(decision.refusal).toMatchObject({ code, ...fields });
          // A refused action changes nothing: no event, no counter, no notification.
          expect(snapshotOf(engine.view)).toEqual(before);
          expect(engine.events()).toHaveLength(logLength);
          expect(emitted).toEqual(fired);
          return result;
        },
      };
      return result;
    },
  };
}

/** Order O1 (S1 → B1) and claim C1 of `type` opened at `at` (optionally in another status). */
export function claimOpenedAt(at: Instant, type: ClaimType = 'return', status?: LifecycleStatus): GivenStep[] {
  return [
    [at, placeOrder()],
    [at, openClaim(type, status ? { status } : {})],
  ];
}
