/**
 * `npx tsx bench/calibration/timingPower.ts [--reps 40]`: how many requests, and what spread of
 * answer windows, a log needs for calibrate to tell absolute answer timing (`delay`) from
 * window-relative timing (`fractionOfWindow`) (docs/calibration.md, "How much a log can tell
 * the timings apart"). Each replication draws requests whose buyers answer after an exponential
 * delay (mean 2 days) or at a uniform fraction (0.2 … 0.95) of the window, accept 0.5, reject
 * 0.2, silent 0.3, an answer after the window refused; a quarter held out; timingEvidence
 * compares the timings. Printed per truth, spread and size: how often the true timing is chosen,
 * how often it is chosen and identified (a lead of 2 standard errors), and the median lead in
 * standard errors. Seeded: the same reps print the same table.
 */
import type { AnswerFact, ClaimFacts } from '../../generators/calibrate/ClaimFacts.js';
import { timingEvidence } from '../../generators/calibrate/fitAnswers.js';
import { drawUniform, streamKey } from '../../generators/random/hash32.js';

const DAY = 86_400_000;
const i = process.argv.indexOf('--reps');
const REPS = i > 0 ? Number(process.argv[i + 1]) : 40;

/** A claim holding one request and its answer, as factsOf would read it. */
function claim(n: number, holdout: boolean, a: AnswerFact): ClaimFacts {
  return {
    id: `C${n}`, seller: 'S1', buyer: `B${n}`, holdout, type: 'return', openedAt: a.at, status: 'return_requested', stays: [],
    request: { at: a.at, escalatedAt: null, eligibleUntil: a.at, end: a.at + 30 * DAY }, answers: [a], rejections: [],
    sellerMemo: null, memoReply: null, sellerMessages: 0, sellerPii: 0, buyerMessages: 0, buyerPii: 0, reRequests: 0, outcome: 'open at the end', endedAt: null,
  };
}

function requests(timing: 'delay' | 'fractionOfWindow', n: number, [lo, hi]: readonly [number, number], rep: number): ClaimFacts[] {
  return Array.from({ length: n }, (_, k) => {
    const u = (j: number): number => drawUniform(streamKey(rep, k, 0x7131), j);
    const at = k * 600_000;
    const timeoutAt = at + Math.round((lo + (hi - lo) * u(0)) * DAY);
    const c = u(1);
    const answer = c < 0.5 ? 'accept' : c < 0.7 ? 'reject' : null;
    const t = timing === 'delay' ? at - 2 * DAY * Math.log(1 - u(2)) : at + (0.2 + 0.75 * u(2)) * (timeoutAt - at);
    const held = u(3) < 0.25;
    if (answer === null || t >= timeoutAt) return claim(k, held, { at, timeoutAt, answer: null, t: timeoutAt, cancelled: false, reminded: false });
    return claim(k, held, { at, timeoutAt, answer, t: Math.round(t), cancelled: false, reminded: false });
  });
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const SPREADS: readonly (readonly [number, number])[] = [
  [6, 7],
  [5, 9],
  [3, 10],
];
process.stdout.write(`truth             windows      requests  chosen right  chosen and identified  median lead/SE   (${REPS} replications each)\n`);
for (const truth of ['delay', 'fractionOfWindow'] as const) {
  for (const spread of SPREADS) {
    for (const n of [2_000, 10_000, 40_000]) {
      let right = 0;
      let identified = 0;
      const z: number[] = [];
      for (let rep = 1; rep <= REPS; rep++) {
        const facts = requests(truth, n, spread, rep);
        const e = timingEvidence(
          facts.filter((f) => !f.holdout),
          facts.filter((f) => f.holdout),
          rep,
        );
        const chosen = e.perTiming[0]!.timing;
        if (chosen === truth) right++;
        if (chosen === truth && e.identified) identified++;
        const other = e.perTiming.find((p) => p.timing === (truth === 'delay' ? 'fractionOfWindow' : 'delay'))!;
        const mine = e.perTiming.find((p) => p.timing === truth)!;
        // The true timing's lead over the other, in its standard errors (negative: the other leads).
        const d = mine.perClaim.map((x, k) => x - other.perClaim[k]!);
        const sum = d.reduce((a, b) => a + b, 0);
        const mean = sum / d.length;
        const se = Math.sqrt(d.length * (d.reduce((a, b) => a + (b - mean) ** 2, 0) / (d.length - 1)));
        z.push(sum / se);
      }
      process.stdout.write(
        `${truth.padEnd(17)} ${`${spread[0]}–${spread[1]} days`.padEnd(12)} ${String(n).padStart(8)}  ${`${((100 * right) / REPS).toFixed(0)}%`.padStart(12)}  ${`${((100 * identified) / REPS).toFixed(0)}%`.padStart(21)}  ${median(z).toFixed(2).padStart(14)}\n`,
      );
    }
  }
}
