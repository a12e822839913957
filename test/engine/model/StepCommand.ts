import type fc from 'fast-check';
import { expect } from 'vitest';
import {
  type Decide, Engine, type InvariantChecker, claimView, createInvariantChecker, pendingWithdrawals, statusBoard, unansweredMemos,
} from '../../../engine/index.js';
import { ReferenceModel, type Outcome } from './ReferenceModel.js';
import { type ClaimGlance, type Step, TEXTS, actorFor, commandOf, describeStep, jumpTarget, runsOn } from './steps.js';
import { BUYERS, CLAIMS, ORDERS, SELLERS, type Setting, setupCommands } from './world.js';

/** The system under test: the engine, with the invariant checker listening throughout. */
export interface Real {
  readonly engine: Engine;
  readonly checker: InvariantChecker;
}

/** A fresh model and engine for a setting (the engine on `decide`, the real rules by default), both with the world set up at the start instant. */
export function setupRun(setting: Setting, decide?: Decide): { model: ReferenceModel; real: Real } {
  const engine = new Engine({ policy: setting.policy, start: setting.start, ...(decide ? { decide } : {}) });
  const checker = createInvariantChecker(setting.policy);
  engine.subscribe((events) => checker.observe(events));
  for (const cmd of setupCommands()) {
    const d = engine.execute(cmd);
    if (!d.ok) throw new Error(`setup refused: ${d.refusal.message}`);
  }
  const model = new ReferenceModel(setting.policy, setting.start);
  for (const o of ORDERS) model.placeOrder(o.id, o.seller, o.buyer);
  for (const c of CLAIMS) model.openClaim(c.id, c.order, c.type, c.status);
  return { model, real: { engine, checker } };
}

/** The model's view of a claim, for `runsOn` and jumps. */
function glanceAt(m: ReferenceModel, index: number): ClaimGlance {
  const c = m.claims.get(CLAIMS[index]!.id)!;
  return {
    status: c.status,
    withdrawal: c.withdrawal,
    boundaries: { timeoutAt: c.timeoutAt, cooldownEnd: Number.isFinite(c.cooldownEnd) ? c.cooldownEnd : null, delayedFrom: c.delayedFrom },
  };
}

/** The model's answer to an action step. */
function applyToModel(m: ReferenceModel, step: Exclude<Step, { kind: 'jumpBy' | 'jumpTo' }>): Outcome {
  const id = CLAIMS[step.claim]!.id;
  switch (step.kind) {
    case 'request':
    case 'reRequest':
      return m.request(id, actorFor(step), TEXTS[step.text]!.text, TEXTS[step.text]!.pii, step.kind === 'reRequest');
    case 'accept':
      return m.accept(id, actorFor(step));
    case 'reject':
      return m.reject(id, actorFor(step), TEXTS[step.text]!.text, TEXTS[step.text]!.pii);
    case 'cancel':
      return m.cancel(id, actorFor(step));
    case 'advance':
      return m.advance(id, step.to);
    case 'memo':
      return m.memo(id, step.from, TEXTS[step.text]!.text, TEXTS[step.text]!.pii);
    case 'support':
      return m.contactSupport(id);
    default: {
      const unreachable: never = step;
      throw new Error(`unknown step ${JSON.stringify(unreachable)}`);
    }
  }
}

/**
 * One step run on both sides: a clock jump (the model times requests out itself), or an
 * action whose outcome (accepted, or the refusal code) must agree. Then everything
 * observable must agree, and the checker must have found nothing.
 */
export class StepCommand implements fc.Command<ReferenceModel, Real> {
  constructor(readonly step: Step) {}

  /** A step with `fit` runs only where it makes sense on its own claim (fast-check skips it otherwise). */
  check(m: Readonly<ReferenceModel>): boolean {
    return runsOn(this.step, m.policy.eligibleStatuses, m.now, (i) => glanceAt(m as ReferenceModel, i));
  }

  run(m: ReferenceModel, r: Real): void {
    const { engine, checker } = r;
    const step = this.step;
    if (step.kind === 'jumpBy' || step.kind === 'jumpTo') {
      const t = jumpTarget(step, m.now, m.calendar, glanceAt(m, 'claim' in step ? step.claim : 0).boundaries);
      m.advanceTo(t);
      engine.advanceTo(t);
    } else {
      const expected = applyToModel(m, step);
      const d = engine.execute(commandOf(step));
      const got: Outcome = d.ok ? { ok: true } : d.refusal.until === undefined ? { ok: false, code: d.refusal.code } : { ok: false, code: d.refusal.code, until: d.refusal.until };
      expect(got, `${describeStep(step)} at ${m.calendar.formatLocal(m.now)}`).toEqual(expected);
    }
    expect(engine.now).toBe(m.now);
    for (const c of CLAIMS) {
      expect(claimView(engine.view.claim(c.id)!, engine.now, m.calendar), `${c.id} after ${this}`).toEqual(m.view(c.id));
    }
    for (const b of BUYERS) expect(pendingWithdrawals(engine.view, b), `pending of ${b}`).toBe(m.pendingWithdrawals(b));
    for (const s of SELLERS) expect(unansweredMemos(engine.view, 'seller', s), `memos to ${s}`).toBe(m.unanswered('seller', s));
    for (const b of BUYERS) expect(unansweredMemos(engine.view, 'buyer', b), `memos to ${b}`).toBe(m.unanswered('buyer', b));
    expect(statusBoard(engine.view, engine.now)).toEqual(m.board());
    engine.checkViews(checker);
    expect(checker.violations).toEqual([]);
  }

  toString(): string {
    return describeStep(this.step);
  }
}
