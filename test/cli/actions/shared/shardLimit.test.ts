import { describe, expect, it } from 'vitest';
import { resolveShard } from '../../../../cli/actions/shared/resolveShard.js';
import { MAX_SHARDS } from '../../../../cli/actions/shared/resolveShard.js';
import { POPULATION_LIMITS } from '../../../../generators/population/populationLimits.js';
import { runInProcess } from '../../runInProcess.js';

const message = (r: ReturnType<typeof resolveShard>): string => (r.ok ? `ok ${r.value.index}/${r.value.count}` : r.message);
const TWENTY = '12345678901234567890';
const OVER = '(at most one shard per claim of the largest run; split the work into fewer shards)';

describe('the shard count has a limit: one shard per claim of the largest run', () => {
  it('is computed from the claims limit', () => {
    expect(MAX_SHARDS).toBe(POPULATION_LIMITS.claims);
    expect(MAX_SHARDS).toBe(10_000_000);
  });

  it('takes n up to the limit, from every source', () => {
    expect(message(resolveShard(`${MAX_SHARDS}/${MAX_SHARDS}`, undefined, {}))).toBe(`ok ${MAX_SHARDS}/${MAX_SHARDS}`);
    expect(message(resolveShard('auto', undefined, { CLAIMSIM_SHARD: `1/${MAX_SHARDS}` }))).toBe(`ok 1/${MAX_SHARDS}`);
    expect(message(resolveShard('auto', String(MAX_SHARDS), { JOB_COMPLETION_INDEX: '0' }))).toBe(`ok 1/${MAX_SHARDS}`);
    expect(message(resolveShard('auto', undefined, { CI_NODE_INDEX: '3', CI_NODE_TOTAL: String(MAX_SHARDS) }))).toBe(`ok 3/${MAX_SHARDS}`);
  });

  it('refuses n beyond it, and a 20-digit CLAIMSIM_SHARD, naming the source', () => {
    expect(message(resolveShard(`1/${MAX_SHARDS + 1}`, undefined, {}))).toBe(`--shard must be i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS}, got "1/${MAX_SHARDS + 1}": n is over the limit ${OVER}`);
    expect(message(resolveShard('auto', undefined, { CLAIMSIM_SHARD: `${TWENTY}/${TWENTY}` }))).toBe(
      `CLAIMSIM_SHARD must be i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS}, got "${TWENTY}/${TWENTY}": n is over the limit ${OVER}`,
    );
    // A 20-digit i over a small n: i is over n.
    expect(message(resolveShard('auto', undefined, { CLAIMSIM_SHARD: `${TWENTY}/4` }))).toBe(`CLAIMSIM_SHARD must be i/n with 1 ≤ i ≤ n, such as 2/4, got "${TWENTY}/4"`);
    expect(message(resolveShard('auto', undefined, { CI_NODE_INDEX: '1', CI_NODE_TOTAL: TWENTY }))).toContain(`CI_NODE_INDEX/CI_NODE_TOTAL must be i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS}, got "1" and "${TWENTY}"`);
    expect(message(resolveShard('auto', TWENTY, { JOB_COMPLETION_INDEX: '0' }))).toBe(`--shard-count must be a whole number from 1 to ${MAX_SHARDS}, got "${TWENTY}" (such as 1000 or 1e6)`);
    expect(message(resolveShard('auto', undefined, { JOB_COMPLETION_INDEX: '0', CLAIMSIM_SHARD_COUNT: String(MAX_SHARDS + 1) }))).toContain(`CLAIMSIM_SHARD_COUNT must be a whole number from 1 to ${MAX_SHARDS}`);
  });

  it('claimsim exits 2 with the one line', async () => {
    const r = await runInProcess(['run', 'scenarios/library', '--shard', 'auto', '--reporter', 'json'], { CLAIMSIM_SHARD: `${TWENTY}/${TWENTY}` });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toContain(`CLAIMSIM_SHARD must be i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS}, got "${TWENTY}/${TWENTY}"`);
    expect(r.stdout).toBe('');
  });
});
