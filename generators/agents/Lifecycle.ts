import { type ClaimStatus, type Instant, type LifecycleStatus, LIFECYCLE_STATUSES } from '../../engine/index.js';
import { type AgentContext, after } from './AgentContext.js';

/** No lifecycle move waits for the claim's withdrawal to close. */
const NOT_WAITING = 0xff;

/**
 * The claim's own course through its statuses (the population's lifecycle steps): from each
 * status, after a drawn time, on to a drawn next status. A step marked "wait" holds while a
 * withdrawal is open and goes ahead when the withdrawal closes without withdrawing the claim.
 */
export class Lifecycle {
  /** Per claim: steps planned so far (each draws its own pair). */
  private readonly step: Uint8Array;
  /** Per claim: the status a step waits to move to (its index in LIFECYCLE_STATUSES), or NOT_WAITING. */
  private readonly waiting: Uint8Array;

  constructor(private readonly ctx: AgentContext) {
    this.step = new Uint8Array(ctx.claims.claims);
    this.waiting = new Uint8Array(ctx.claims.claims).fill(NOT_WAITING);
  }

  /** The claim entered `status` at `at`: plan its next step, if the population gives one. */
  entered(i: number, status: ClaimStatus, at: Instant): void {
    const step = status === 'withdrawn' ? undefined : this.ctx.pop.lifecycle.get(status);
    if (!step) return;
    const k = this.step[i]!++;
    const to = step.next.pick(this.ctx.draw.lifecycle.next(i, k));
    this.ctx.moves.advance(after(at, step.after(this.ctx.draw.lifecycle.delay(i, k))), i, to, step.wait);
  }

  /** Move: the step falls due. */
  advance(i: number, to: LifecycleStatus, waitForWithdrawal: boolean): void {
    const claims = this.ctx.claims;
    if (!claims.isHeld(i)) return;
    if (waitForWithdrawal && claims.withdrawal(i) !== 'none') {
      this.waiting[i] = LIFECYCLE_STATUSES.indexOf(to);
      return;
    }
    this.ctx.act({ kind: 'AdvanceClaim', claim: claims.id(i), to });
  }

  /** A withdrawal closed without withdrawing the claim: a step that waited for it goes ahead now. */
  withdrawalClosed(i: number): void {
    const k = this.waiting[i]!;
    if (k === NOT_WAITING) return;
    this.waiting[i] = NOT_WAITING;
    this.ctx.moves.advance(this.ctx.now(), i, LIFECYCLE_STATUSES[k]!, true);
  }
}
