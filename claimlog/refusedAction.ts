import { type Command, type Decide, type Refusal, type StateView, policyInForce } from '../engine/index.js';
import { type JudgeContext, when } from './JudgeContext.js';
import type { LogRecord } from './LogRecord.js';
import { parseIsoInstant } from './parseIsoInstant.js';
import { refusalRule } from './refusalRule.js';

type ActionRefused = Extract<LogRecord, { type: 'action_refused' }>;

/**
 * An action the log shows refused: the rules are asked the same at the same instant, without
 * applying it (a refused action changes nothing). They must refuse it with the code the log
 * shows (the first in the spec's order), point to the support desk as the log shows (R3), and
 * name the cooldown's end the log shows. Reports each difference with the rule it breaks.
 */
export function judgeRefusedAction(
  ctx: JudgeContext,
  decide: Decide,
  view: StateView,
  now: number,
  rec: ActionRefused,
  commands: readonly Command[],
  where: string,
  report: (rule: string, message: string) => void,
): void {
  const command = commands[0];
  if (command === undefined) return;
  const claim = view.claim(rec.claim);
  const d = decide(view, command, now, policyInForce(ctx.policy, now));
  const shown = `the log shows ${rec.action} refused (${rec.code}) at ${where}`;
  const logged: Refusal = { code: rec.code, message: '', ...(rec.until !== undefined ? { until: parseIsoInstant(rec.until)! } : {}) };
  if (d.ok) {
    report(refusalRule(logged, command, claim), `${shown}; the rules accept it`);
    return;
  }
  if (d.refusal.code !== rec.code) {
    report(refusalRule(d.refusal, command, claim), `${shown}; the rules refuse it with ${d.refusal.code}: ${d.refusal.message}`);
    return;
  }
  if (rec.support !== undefined && (d.refusal.support ?? null) !== rec.support) {
    const rules = d.refusal.support === undefined ? 'point nowhere' : `point the seller to the support desk, "${d.refusal.support}"`;
    report('R3', `${shown} ${rec.support === null ? 'pointing nowhere' : `pointing to "${rec.support}"`}; the rules ${rules}`);
  }
  if (logged.until !== undefined && d.refusal.until !== undefined && logged.until !== d.refusal.until) {
    report(refusalRule(d.refusal, command, claim), `${shown} until ${rec.until}; the rules' cooldown ends at ${when(ctx, d.refusal.until)}`);
  }
}
