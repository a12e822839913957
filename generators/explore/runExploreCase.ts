import {
  type ClaimEvent,
  type ClaimStatus,
  type Command,
  type Decide,
  type Instant,
  type WithdrawalState,
  MS_PER_HOUR,
  STATUSES_BY_TYPE,
  TRANSITIONS,
  Engine,
  calendarFor,
  isTerminal,
} from '../../engine/index.js';
import { passNotice } from '../../engine/events/index.js';
import type { RecordedCommand } from '../regression/RecordedCommand.js';
import type { PolicyBoundary } from './PolicyBoundary.js';
import type { ExploreCase, ExploreAction } from './ExploreCase.js';
import { boundaryInstant } from './boundaryInstant.js';
import type { ExploreTarget } from './ExploreTarget.js';

/** The case's one order and claim: their own seller and buyer. */
export const EXPLORE_IDS = { order: 'O1', seller: 'S1', buyer: 'B1', claim: 'C1' } as const;

/** The actions that make sense in each withdrawal state (rules R6–R15). */
const FITTING: Readonly<Record<WithdrawalState, readonly ExploreAction[]>> = {
  none: ['request'],
  requested: ['reject', 'reject', 'accept', 'cancel'],
  on_hold: ['reRequest', 'reRequest', 'cancel'],
};

const MESSAGE = 'Please withdraw the claim; the parcel is on its way.';
const REASON = 'The item arrived damaged.';

/** The commands an explore case issued, and the instant its clock reached. */
export interface ExploreCaseRun {
  readonly commands: readonly RecordedCommand[];
  readonly end: Instant;
}

/**
 * Drives an explore case through the engine (the given rules) and records each command with its
 * instant. What it knows of the claim it reads off the accepted events (the engine's public
 * subscription): its status, and the anchors of its boundaries.
 */
export function runExploreCase(target: ExploreTarget, anchors: readonly Instant[], exploreCase: ExploreCase, decide?: Decide): ExploreCaseRun {
  const { policy } = target;
  const cal = calendarFor(policy.timezone);
  const anchor = anchors[exploreCase.anchor % anchors.length]!;
  const start = cal.atWallTime(cal.dayOf(anchor) - exploreCase.daysBefore, exploreCase.msOfDay);
  const open = STATUSES_BY_TYPE[exploreCase.type].filter((s) => !isTerminal(s));
  const status = open[exploreCase.status % open.length]!;

  const engine = new Engine({ policy, start, ...(decide ? { decide } : {}) });
  const seen = new ClaimAnchors(status);
  engine.subscribe((events) => seen.observe(events));
  const commands: RecordedCommand[] = [];
  const run = (command: Command): void => {
    commands.push({ at: engine.now, command });
    engine.execute(command);
  };
  const { order, seller, buyer, claim } = EXPLORE_IDS;
  run({ kind: 'PlaceOrder', order, seller, buyer });
  run({ kind: 'OpenClaim', claim, order, type: exploreCase.type, status });

  for (const step of exploreCase.steps) {
    switch (step.kind) {
      case 'act': {
        const command = commandOf(step.action, step.choice, seen.status);
        if (command) run(command);
        break;
      }
      case 'next': {
        const fits = FITTING[seen.withdrawal];
        run(commandOf(fits[step.choice % fits.length]!, 0, seen.status)!);
        break;
      }
      case 'waitFor': {
        const from = seen.anchorOf(step.boundary, engine.now);
        // A window re-timed or a cooldown recomputed at a change counts with the parameters in force now (R10a, R15a).
        const countedAt = from !== null && retimes(policy, step.boundary) ? engine.now : from;
        const at = from === null ? null : boundaryInstant(policy, cal, step.boundary, from, target.changes, countedAt ?? from) + step.offset;
        engine.advanceTo(at !== null && at >= engine.now ? at : engine.now + MS_PER_HOUR);
        break;
      }
      case 'waitBy':
        engine.advanceTo(engine.now + step.ms);
        break;
      default: {
        const unreachable: never = step;
        throw new Error(`unknown step ${JSON.stringify(unreachable)}`);
      }
    }
  }
  return { commands, end: engine.now };
}

function commandOf(action: ExploreAction, choice: number, status: ClaimStatus): Command | null {
  const claim = EXPLORE_IDS.claim;
  switch (action) {
    case 'request':
      return { kind: 'RequestWithdrawal', claim, message: MESSAGE };
    case 'reRequest':
      return { kind: 'ReRequestWithdrawal', claim, message: MESSAGE };
    case 'accept':
      return { kind: 'AcceptWithdrawal', claim };
    case 'reject':
      return { kind: 'RejectWithdrawal', claim, reason: REASON };
    case 'cancel':
      return { kind: 'CancelWithdrawal', claim };
    case 'advance': {
      const arrows = status === 'withdrawn' ? [] : TRANSITIONS[status];
      return arrows.length === 0 ? null : { kind: 'AdvanceClaim', claim, to: arrows[choice % arrows.length]! };
    }
    default: {
      const unreachable: never = action;
      throw new Error(`unknown action ${String(unreachable)}`);
    }
  }
}

/** The claim's status and the instants its boundaries count from, as its events tell them. */
class ClaimAnchors {
  status: ClaimStatus;
  withdrawal: WithdrawalState = 'none';
  private received: Instant | null = null;
  private requested: Instant | null = null;
  private rejected: Instant | null = null;
  private cancelled: Instant | null = null;

  constructor(status: ClaimStatus) {
    this.status = status;
  }

  observe(events: readonly ClaimEvent[]): void {
    for (const e of events) {
      switch (e.kind) {
        case 'ClaimOpened':
          this.received = e.receivedAt;
          this.status = e.status;
          break;
        case 'ClaimAdvanced':
          this.status = e.to;
          break;
        case 'WithdrawalRequested':
          this.requested = e.at;
          this.withdrawal = 'requested';
          break;
        case 'WithdrawalRejected':
          this.rejected = e.at;
          this.withdrawal = 'on_hold';
          break;
        case 'WithdrawalCancelled':
          this.cancelled = e.at;
          this.withdrawal = 'none';
          break;
        case 'WithdrawalLapsed':
          this.withdrawal = 'none';
          break;
        case 'WithdrawalAccepted':
        case 'WithdrawalTimedOut':
          this.status = 'withdrawn';
          this.withdrawal = 'none';
          break;
        // No anchor: the order, a memo, an escalation; a re-timing counts from the anchors above (boundaryInstant).
        case 'OrderPlaced':
        case 'MemoSent':
        case 'SupportContacted':
        case 'DeadlineRetimed':
        case 'CooldownRetimed':
          break;
        default:
          // A notice (the reminder, a kind added to the catalogue) moves no anchor; any other kind must be named above.
          passNotice(e);
      }
    }
  }

  /** The instant a boundary counts from (null: its event has not happened). */
  anchorOf(boundary: PolicyBoundary, now: Instant): Instant | null {
    switch (boundary) {
      case 'responseWindow':
        return this.requested;
      case 'rejectionCooldown':
        return this.rejected;
      case 'cancellationCooldown':
        return this.cancelled;
      case 'delayThreshold':
        return this.received;
      case 'midnight':
      case 'policyChange':
        return now;
      default: {
        const unreachable: never = boundary;
        throw new Error(`unknown boundary ${String(unreachable)}`);
      }
    }
  }
}

/** Whether the policy re-times this boundary at a dated change (inFlightDeadlines: retime, inFlightCooldowns: recompute). */
function retimes(policy: ExploreTarget['policy'], boundary: PolicyBoundary): boolean {
  if (boundary === 'responseWindow') return policy.inFlightDeadlines === 'retime';
  if (boundary === 'rejectionCooldown' || boundary === 'cancellationCooldown') return policy.inFlightCooldowns === 'recompute';
  return false;
}
