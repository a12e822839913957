import { type ClaimEvent, type Command, type Decision, Engine, type Instant, type Policy, type Violation, createInvariantChecker } from '../../engine/index.js';
import type { Answer, MessagePlace, TargetClient } from '../adapter/TargetClient.js';
import { TargetError } from '../adapter/TargetError.js';
import type { Capabilities } from '../protocol/Capabilities.js';
import type { TargetReply } from '../protocol/messages.js';
import { eventFromWire, instantToWire } from '../protocol/wire.js';
import { firstDivergence } from './firstDivergence.js';
import { policyKeysSet, usesReminders } from './scenarioNeeds.js';

/** A command as a population's agent issued it, and the instant it was decided at. */
export interface TimedCommand {
  readonly command: Command;
  readonly at: Instant;
}

/** A command stream replayed through a target: what was sent, and the first thing that went wrong. */
export interface ReplayResult {
  readonly commands: number;
  readonly advances: number;
  readonly events: number;
  /** The first answer that differed from the rules' (claim, instant, expected, got); the replay stopped there. */
  readonly divergence: string | null;
  /** The first indeterminate answer (a timeout or `unknown`); the replay stopped there. */
  readonly unknown: string | null;
  /** The target broke the protocol; the replay stopped there. */
  readonly broken: TargetError | null;
  /** What the independent invariant checker found in the target's events. */
  readonly violations: readonly Violation[];
  /** The replay was stopped from outside (a signal) before its end. */
  readonly stopped: boolean;
}

/**
 * Why the target cannot take this command stream (null: it can): policy keys set away from
 * the default, reminders, dated changes, or memos among the commands, that it lacks.
 */
export function missingForReplay(policy: Policy, commands: readonly TimedCommand[], caps: Capabilities): string | null {
  const missing: string[] = [];
  const keys = policyKeysSet(policy).filter((k) => !caps.policyKeys.includes(k));
  if (keys.length) missing.push(`policy keys ${keys.join(', ')}`);
  if (!caps.reminders && usesReminders(policy)) missing.push('reminders');
  if (!caps.datedChanges && (policy.changes?.length ?? 0) > 0) missing.push('dated changes');
  if (!caps.memos && commands.some((c) => c.command.kind === 'SendMemo')) missing.push('memos');
  return missing.length ? `the target lacks ${missing.join('; ')}` : null;
}

class Stop extends Error {}

/**
 * Replays the commands, in order, through the target with the reference engine alongside:
 * a reset, then for each command the clocks advanced to its instant (the timers' events
 * compared) and the command on both sides (the decisions compared), then the clocks to `end`.
 * The target's events feed the invariant checker. A target whose hello lacks R21 is not judged
 * on the `pii` field of events (the rule it does not claim). The first divergence, unknown answer or
 * protocol break ends the replay: up to there the target answered as the rules did, so the
 * commands are the ones the agents would have issued against it.
 */
export async function replayThroughTarget(
  client: TargetClient,
  run: { readonly policy: Policy; readonly start: Instant; readonly end: Instant; readonly commands: readonly TimedCommand[] },
  shouldStop: () => boolean = () => false,
): Promise<ReplayResult> {
  let referenceEvents: ClaimEvent[] = [];
  const reference = new Engine({ policy: run.policy, start: run.start, onEvents: (events) => referenceEvents.push(...events) });
  const checker = createInvariantChecker(run.policy);
  let now = run.start;
  let commands = 0;
  let advances = 0;
  let events = 0;
  let divergence: string | null = null;
  let unknown: string | null = null;
  let broken: TargetError | null = null;
  let stopped = false;
  const place = (message: string): MessagePlace => ({ message, step: 0 });
  // A target that does not claim R21 is not judged on the personal data it finds: `pii` is left out on both sides.
  const judgesPii = client.capabilities.rules.includes('R21');
  const withoutPii = <T>(e: T): T => (judgesPii || typeof e !== 'object' || e === null || !('pii' in e) ? e : { ...e, pii: [] });
  const comparable = (reply: TargetReply): TargetReply => (judgesPii || reply.type !== 'ok' ? reply : { ...reply, events: reply.events.map(withoutPii) });
  const settled = <T>(a: Answer<T>): T => {
    if (a.kind === 'reply') return a.reply;
    unknown = a.reason;
    throw new Stop();
  };
  const accept = (reply: TargetReply): void => {
    if (reply.type !== 'ok') return;
    const got = reply.events.map((w) => {
      const e = eventFromWire(w);
      if (!e.ok) throw new TargetError(`${client.description}: event field ${e.field} is not an instant or date (${JSON.stringify(e.got)}), in an ok reply at ${reply.now}`);
      return e.value;
    });
    events += got.length;
    if (got.length) checker.observe(got);
  };
  const compare = (what: string, want: Decision, got: TargetReply): void => {
    const d = firstDivergence(want.ok ? { ok: true, events: want.events.map(withoutPii) } : want, comparable(got));
    if (d === null) return;
    divergence = `${what}: ${d}`;
    throw new Stop();
  };
  const advance = async (to: Instant): Promise<void> => {
    if (to <= now) return;
    referenceEvents = [];
    reference.advanceTo(to);
    const label = `advance to ${instantToWire(to)}`;
    const got = settled(await client.advance(to, place(label)));
    advances++;
    now = to;
    accept(got);
    compare(label, { ok: true, events: referenceEvents }, got);
  };
  try {
    const reset = settled(await client.reset(run.policy, run.start, place('reset')));
    compare('reset', { ok: true, events: [] }, reset);
    for (const { command, at } of run.commands) {
      if (shouldStop()) {
        stopped = true;
        break;
      }
      await advance(at);
      referenceEvents = [];
      const want = reference.execute(command);
      const label = `command ${describeCommand(command)} at ${instantToWire(at)}`;
      const got = settled(await client.command(command, place(label)));
      commands++;
      accept(got);
      compare(label, want, got);
    }
    if (!stopped) {
      await advance(run.end);
      checker.finish(now);
    }
  } catch (err) {
    if (err instanceof TargetError) broken = err;
    else if (!(err instanceof Stop)) throw err;
  }
  return { commands, advances, events, divergence, unknown, broken, violations: checker.violations, stopped };
}

/** The command's kind and the claim (or order) it is about. */
function describeCommand(command: Command): string {
  const c = command as { readonly kind: string; readonly claim?: string; readonly order?: string };
  return `${c.kind} ${c.claim ?? c.order ?? ''}`.trimEnd();
}
