/**
 * `npm run hostile [-- SECONDS [SEED]]`: the long hostile-input run (issue 13). Tries generated
 * hostile cases for SECONDS (default 300) from SEED (default 1), prints each failure, and ends
 * with how many inputs it tried and how many failed; exit 1 when any failed.
 */
import { rmSync } from 'node:fs';
import fc from 'fast-check';
import { hostileCaseArb } from './hostileCase.js';
import { makeWorkspace, statuses, tryHostile } from './tryHostile.js';

const seconds = Number(process.argv[2] ?? 300);
const seed = Number(process.argv[3] ?? 1);
if (!(seconds > 0) || !Number.isInteger(seed)) {
  process.stderr.write('usage: npm run hostile -- [SECONDS > 0] [SEED, a whole number]\n');
  process.exit(2);
}

const ws = await makeWorkspace();
const until = performance.now() + seconds * 1000;
const byTarget = new Map<string, number>();
let tried = 0;
let failed = 0;
try {
  for (let batch = 0; performance.now() < until; batch++) {
    for (const c of fc.sample(hostileCaseArb, { seed: seed + batch, numRuns: 25 })) {
      if (performance.now() >= until) break;
      tried++;
      byTarget.set(c.target, (byTarget.get(c.target) ?? 0) + 1);
      const problem = await tryHostile(ws, c);
      if (problem !== null) {
        failed++;
        process.stdout.write(`FAILED ${JSON.stringify(c, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v))}\n  ${problem}\n`);
      }
    }
  }
} finally {
  rmSync(ws.dir, { recursive: true, force: true });
}
process.stdout.write(`hostile inputs tried: ${tried} (${[...byTarget].map(([t, n]) => `${t} ${n}`).join(', ')}), failed: ${failed}; exit statuses ${[...statuses].map(([s, n]) => `${s}: ${n}`).join(', ')}; seed ${seed}, ${seconds} s\n`);
process.exitCode = failed > 0 ? 1 : 0;
