import { type LifecycleStatus, isTerminal } from '../../engine/index.js';
import { addDistribution } from './addDistribution.js';
import type { CardBuilder } from './Card.js';
import { count } from './Card.js';
import type { ClaimFacts, Stay } from './ClaimFacts.js';
import { chooseFamily, round1 } from './fit/chooseFamily.js';
import { LOG_FLOOR, logLikelihood } from './fit/logLikelihood.js';
import { type Observation, after, between, exact } from './fit/Observation.js';
import { wilson } from './stats/wilson.js';

const r6 = (x: number): number => +x.toPrecision(6);

/**
 * A stay as an observation of the step's drawn duration. A step that waits for an open
 * withdrawal and moved when one closed was drawn between the withdrawal's opening and its
 * close (interval); one still held at the end was drawn after the opening (censored there);
 * otherwise the stay is the duration, or a lower bound of it when the claim or the log ended.
 */
function observe(s: Stay, wait: boolean): Observation {
  const held = wait && s.openSince !== null ? Math.max(0, s.openSince - s.t0) : null;
  const x = s.t1 - s.t0;
  if (s.to === null) return after(held ?? x);
  return held !== null ? between(held, x) : exact(x);
}

/**
 * The claims' own course (lifecycle): per status, how long a claim stays (the family chosen
 * by held-out likelihood, censored stays kept as such), where it goes next (shares), and
 * whether the step waits for an open withdrawal (it waits when no claim ever moved on from
 * that status while a withdrawal was open, and some moved exactly when one closed).
 */
export function fitLifecycle(train: readonly ClaimFacts[], holdout: readonly ClaimFacts[], card: CardBuilder): Record<string, unknown> {
  const lifecycle: Record<string, unknown> = {};
  const byStatus = (facts: readonly ClaimFacts[]): Map<LifecycleStatus, Stay[]> => {
    const m = new Map<LifecycleStatus, Stay[]>();
    for (const f of facts) for (const s of f.stays) if (!isTerminal(s.status)) m.set(s.status, [...(m.get(s.status) ?? []), s]);
    return m;
  };
  const tr = byStatus(train);
  const ho = byStatus(holdout);
  for (const [status, stays] of [...tr.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const moved = stays.filter((s) => s.to !== null);
    if (moved.length === 0) continue;
    const all = [...stays, ...(ho.get(status) ?? [])];
    const whileOpen = all.filter((s) => s.changedWhileOpen).length;
    const onClose = all.filter((s) => s.to !== null && !s.changedWhileOpen && s.openSince !== null).length;
    const wait = whileOpen === 0 && onClose > 0;
    const held = ho.get(status) ?? [];
    const heldOut = (w: boolean): number => {
      const fitted = chooseFamily(stays.map((s) => observe(s, w)), held.map((s) => observe(s, w)), 'ms');
      // Under wait, a claim that moved while a withdrawal was open is impossible.
      const impossible = w && held.some((s) => s.changedWhileOpen) ? LOG_FLOOR : 0;
      return round1((fitted ? logLikelihood(fitted.fitted, held.map((s) => observe(s, w))) : 0) + impossible);
    };
    card.choice({
      what: `lifecycle ${status}: during a withdrawal`,
      chosen: wait ? 'wait' : 'continue',
      options: [{ name: 'wait', heldOutLogLikelihood: heldOut(true) }, { name: 'continue', heldOutLogLikelihood: heldOut(false) }],
      evidence: `${wait ? `no claim moved on from ${status} while a withdrawal was open; ${count(onClose)} moved the instant one closed` : whileOpen > 0 ? `${count(whileOpen)} claims moved on from ${status} while a withdrawal was open` : `no claim in ${status} had a withdrawal open: continue, the default`} (decided by that rule; the held-out log-likelihoods read a move at a withdrawal's close as a range under wait and as exact under continue, so they are shown, not compared)`,
    });
    const chosen = chooseFamily(stays.map((s) => observe(s, wait)), (ho.get(status) ?? []).map((s) => observe(s, wait)), 'ms');
    if (chosen === null) continue;
    const censored = stays.length - moved.length;
    const after = addDistribution(card, `lifecycle.${status}.after`, chosen.fitted, 'ms', `${count(moved.length)} moves on from ${status}, ${count(censored)} stays censored`);
    card.choice({ what: `lifecycle ${status}: time in status`, chosen: chosen.fitted.family, options: chosen.options, evidence: chosen.evidence });
    const next: Record<string, number> = {};
    const targets = new Map<string, number>();
    for (const s of moved) targets.set(s.to!, (targets.get(s.to!) ?? 0) + 1);
    for (const [to, k] of [...targets.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      const ci = wilson(k, moved.length);
      next[to] = r6(k / moved.length);
      card.parameter(`lifecycle.${status}.next.${to}`, k / moved.length, ci.low, ci.high, 'weight', `${count(k)} of ${count(moved.length)} moves on from ${status}`);
    }
    lifecycle[status] = { after, next, ...(wait ? { duringWithdrawal: 'wait' } : {}) };
  }
  return lifecycle;
}
