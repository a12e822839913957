import type { Instant } from '../Calendar.js';
import type { StateView } from '../StateView.js';
import { type CheckerContext, addCount } from './CheckerContext.js';
import { withdrawalRow } from './foldRecord.js';
import { invariant } from './Invariant.js';

/**
 * I8 (R6, R17) at a checkpoint: the engine's board equals both the checker's own count and
 * a recount of the engine's claims, and each buyer counter equals the checker's count of the
 * buyer's claims in `requested`. O(claims + buyers).
 */
function checkViews(ctx: CheckerContext<'I8'>, state: StateView, now: Instant): void {
  const recount = new Map<string, number>();
  for (const c of state.claims()) {
    addCount(recount, c.status, 1);
    const row = withdrawalRow(c.withdrawal);
    if (row !== null) addCount(recount, row, 1);
  }
  compare(ctx, now, state.board(), ctx.board, (k, a, b) => `board row ${k}: the engine's board says ${a}, the checker counts ${b} from the log`);
  compare(ctx, now, state.board(), recount, (k, a, b) => `board row ${k}: the engine's board says ${a}, its own claims count ${b}`);
  compare(ctx, now, state.pendingCounters(), ctx.requestedByBuyer, (k, a, b) => `buyer ${k}: the pending-withdrawal counter says ${a}, the buyer has ${b} claim(s) requested in the log`);
}

function compare(
  ctx: CheckerContext<'I8'>,
  now: Instant,
  shown: ReadonlyMap<string, number>,
  counted: ReadonlyMap<string, number>,
  message: (key: string, shown: number, counted: number) => string,
): void {
  const keys = new Set([...shown.keys(), ...counted.keys()]);
  for (const k of [...keys].sort()) {
    const a = shown.get(k) ?? 0;
    const b = counted.get(k) ?? 0;
    if (a !== b) ctx.log.report('I8', null, now, message(k, a, b), []);
  }
}

/** I8 at checkpoints. */
export const viewsInvariant = invariant({ ids: ['I8'], views: checkViews });
