import { type Checked, parseCount, parseShard } from '../../../generators/index.js';
import { POPULATION_LIMITS } from '../../../generators/population/populationLimits.js';
import type { Shard } from '../../../input/Shard.js';

/**
 * The most shares a run may be split into: one per item of the longest list of work a command
 * splits, the claims of the largest run (POPULATION_LIMITS.claims; a sweep's or a comparison's
 * runs and the scenario library are far fewer). More shards could only be empty, and a count
 * beyond it (a 20-digit CLAIMSIM_SHARD) is not even held exactly.
 */
export const MAX_SHARDS: number = POPULATION_LIMITS.claims;

/** The environment variables `--shard auto` reads, in the order it tries them. */
export const SHARD_ENV = {
  generic: 'CLAIMSIM_SHARD',
  kubernetesIndex: 'JOB_COMPLETION_INDEX',
  kubernetesCount: 'CLAIMSIM_SHARD_COUNT',
  gitlabIndex: 'CI_NODE_INDEX',
  gitlabTotal: 'CI_NODE_TOTAL',
} as const;

const ok = (value: Shard): Checked<Shard> => ({ ok: true, value });
const bad = (message: string): Checked<Shard> => ({ ok: false, message });

/** The shard, unless its count is over MAX_SHARDS: then what is wrong, naming where it came from (`--shard`, a variable). */
function withinLimit(shard: Shard, source: string, written: string): Checked<Shard> {
  if (shard.count <= MAX_SHARDS) return ok(shard);
  return bad(`${source} must be i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS}, got ${written}: n is over the limit (at most one shard per claim of the largest run; split the work into fewer shards)`);
}

/**
 * `--shard i/n` as given, or `--shard auto`: the job's own index and count (1 ≤ i ≤ n ≤
 * MAX_SHARDS, counted from 1 whatever the source), from the first of
 * - `CLAIMSIM_SHARD=i/n` (any engine; counts from 1);
 * - `JOB_COMPLETION_INDEX` (Kubernetes Indexed Job, counts from 0) with the count from
 *   `--shard-count N` or `CLAIMSIM_SHARD_COUNT`;
 * - `CI_NODE_INDEX` / `CI_NODE_TOTAL` (GitLab `parallel:`, counts from 1).
 * Each problem is one line naming the variable and what to set.
 */
export function resolveShard(text: string, shardCount: string | undefined, env: NodeJS.ProcessEnv): Checked<Shard> {
  if (text.trim().toLowerCase() !== 'auto') {
    const s = parseShard(text);
    return s.ok ? withinLimit(s.value, '--shard', `"${text}"`) : s;
  }
  const set = (name: string): string | undefined => (env[name] !== undefined && env[name] !== '' ? env[name] : undefined);
  const generic = set(SHARD_ENV.generic);
  if (generic !== undefined) {
    const s = parseShard(generic);
    return s.ok ? withinLimit(s.value, SHARD_ENV.generic, `"${generic}"`) : bad(`${SHARD_ENV.generic} must be i/n with 1 ≤ i ≤ n, such as 2/4, got "${generic}"`);
  }
  const k8s = set(SHARD_ENV.kubernetesIndex);
  if (k8s !== undefined) {
    const countText = shardCount ?? set(SHARD_ENV.kubernetesCount);
    if (countText === undefined) return bad(`${SHARD_ENV.kubernetesIndex}=${k8s} is set but not the number of shards: give --shard-count N or set ${SHARD_ENV.kubernetesCount} (the Job's completions)`);
    const count = parseCount(shardCount !== undefined ? '--shard-count' : SHARD_ENV.kubernetesCount, countText, MAX_SHARDS);
    if (!count.ok) return count;
    const index = /^\d+$/.test(k8s.trim()) ? Number(k8s) : Number.NaN;
    if (!(index >= 0 && index < count.value)) return bad(`${SHARD_ENV.kubernetesIndex} must be a whole number from 0 to ${count.value - 1} (it counts from 0), got "${k8s}"`);
    return ok({ index: index + 1, count: count.value });
  }
  const gitlab = set(SHARD_ENV.gitlabIndex);
  if (gitlab !== undefined) {
    const total = set(SHARD_ENV.gitlabTotal);
    const s = parseShard(`${gitlab}/${total ?? ''}`);
    return s.ok ? withinLimit(s.value, `${SHARD_ENV.gitlabIndex}/${SHARD_ENV.gitlabTotal}`, `"${gitlab}" and "${total ?? ''}"`) : bad(`${SHARD_ENV.gitlabIndex}/${SHARD_ENV.gitlabTotal} must be i and n with 1 ≤ i ≤ n, got "${gitlab}" and "${total ?? ''}"`);
  }
  return bad(
    `--shard auto found no shard in the environment: set ${SHARD_ENV.generic}=i/n, or ${SHARD_ENV.kubernetesIndex} with --shard-count N (Kubernetes), or ${SHARD_ENV.gitlabIndex} and ${SHARD_ENV.gitlabTotal} (GitLab); or give --shard i/n`,
  );
}
