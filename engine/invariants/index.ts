import { answerInvariant } from './checkAnswer.js';
import { closedInvariant } from './checkClosed.js';
import { cooldownEndInvariant } from './checkCooldownEnd.js';
import { cooldownEndNoticeInvariant } from './checkCooldownEndNotice.js';
import { counterInvariant } from './checkCounter.js';
import { eligibilityInvariant } from './checkEligibility.js';
import { eventOrderInvariant } from './checkEventOrder.js';
import { overdueInvariant } from './checkOverdue.js';
import { reminderInvariant } from './checkReminder.js';
import { replayInvariant } from './checkReplay.js';
import { requestInvariant } from './checkRequest.js';
import { cooldownRetimedInvariant, deadlineRetimedInvariant } from './checkRetimed.js';
import { timeoutInvariant } from './checkTimeout.js';
import { viewsInvariant } from './checkViews.js';

/**
 * The invariant checks, each in its own file (Invariant.ts, docs/adding-a-rule.md): the one
 * list the checker reads, and from which the invariant ids are derived. A check reads rules.md
 * on its own and never imports a feature. The order is the order in which the checks of one
 * event run, so the order of the violations one event shows: a request's overdue predecessor
 * (I3) before the request's own checks, before its reminder instant (I11); an answer (I4)
 * before the cooldown it starts (I5); and, at every event, the reminder's late side before the
 * notice's.
 */
export const INVARIANTS = [
  eventOrderInvariant,
  closedInvariant,
  overdueInvariant,
  requestInvariant,
  answerInvariant,
  timeoutInvariant,
  cooldownEndInvariant,
  deadlineRetimedInvariant,
  cooldownRetimedInvariant,
  reminderInvariant,
  cooldownEndNoticeInvariant,
  counterInvariant,
  eligibilityInvariant,
  viewsInvariant,
  replayInvariant,
] as const;

/** An invariant's id (I1 … I12), as violations name it. */
export type InvariantId = (typeof INVARIANTS)[number]['ids'][number];

const number = (id: string): number => Number(id.slice(1));

/** Every invariant id the checks report, in numeric order (the order of a checker's `counts`). */
export const INVARIANT_IDS: readonly InvariantId[] = Object.freeze([...new Set(INVARIANTS.flatMap((i) => i.ids))].sort((a, b) => number(a) - number(b)));
