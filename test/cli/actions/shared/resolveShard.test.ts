import { describe, expect, it } from 'vitest';
import { resolveShard } from '../../../../cli/actions/shared/resolveShard.js';

const message = (r: ReturnType<typeof resolveShard>): string => (r.ok ? `ok ${r.value.index}/${r.value.count}` : r.message);

describe('--shard', () => {
  it('takes i/n as given, whatever the environment', () => {
    expect(resolveShard('2/4', undefined, { CLAIMSIM_SHARD: '1/2' })).toEqual({ ok: true, value: { index: 2, count: 4 } });
    expect(resolveShard('5/4', undefined, {}).ok).toBe(false);
  });

  it('auto: the generic CLAIMSIM_SHARD=i/n, counting from 1', () => {
    expect(resolveShard('auto', undefined, { CLAIMSIM_SHARD: '3/3' })).toEqual({ ok: true, value: { index: 3, count: 3 } });
    expect(message(resolveShard('auto', undefined, { CLAIMSIM_SHARD: '0/3' }))).toBe('CLAIMSIM_SHARD must be i/n with 1 ≤ i ≤ n, such as 2/4, got "0/3"');
  });

  it('auto: a Kubernetes Indexed Job counts from 0, with the count from --shard-count or CLAIMSIM_SHARD_COUNT', () => {
    expect(resolveShard('auto', '4', { JOB_COMPLETION_INDEX: '0' })).toEqual({ ok: true, value: { index: 1, count: 4 } });
    expect(resolveShard('auto', undefined, { JOB_COMPLETION_INDEX: '3', CLAIMSIM_SHARD_COUNT: '4' })).toEqual({ ok: true, value: { index: 4, count: 4 } });
    // --shard-count wins over the variable.
    expect(resolveShard('AUTO', '8', { JOB_COMPLETION_INDEX: '5', CLAIMSIM_SHARD_COUNT: '4' })).toEqual({ ok: true, value: { index: 6, count: 8 } });
    expect(message(resolveShard('auto', undefined, { JOB_COMPLETION_INDEX: '1' }))).toBe(
      'JOB_COMPLETION_INDEX=1 is set but not the number of shards: give --shard-count N or set CLAIMSIM_SHARD_COUNT (the Job\'s completions)',
    );
    expect(message(resolveShard('auto', '4', { JOB_COMPLETION_INDEX: '4' }))).toBe('JOB_COMPLETION_INDEX must be a whole number from 0 to 3 (it counts from 0), got "4"');
    expect(message(resolveShard('auto', '4', { JOB_COMPLETION_INDEX: '-1' }))).toContain('JOB_COMPLETION_INDEX must be a whole number from 0 to 3');
    expect(message(resolveShard('auto', '0', { JOB_COMPLETION_INDEX: '0' }))).toContain('--shard-count must be a whole number from 1');
  });

  it('auto: GitLab parallel jobs, CI_NODE_INDEX of CI_NODE_TOTAL counting from 1', () => {
    expect(resolveShard('auto', undefined, { CI_NODE_INDEX: '2', CI_NODE_TOTAL: '5' })).toEqual({ ok: true, value: { index: 2, count: 5 } });
    expect(message(resolveShard('auto', undefined, { CI_NODE_INDEX: '6', CI_NODE_TOTAL: '5' }))).toBe('CI_NODE_INDEX/CI_NODE_TOTAL must be i and n with 1 ≤ i ≤ n, got "6" and "5"');
    expect(resolveShard('auto', undefined, { CI_NODE_INDEX: '1' }).ok).toBe(false);
  });

  it('auto: the generic variable first, then Kubernetes, then GitLab; empty variables count as unset', () => {
    const all = { CLAIMSIM_SHARD: '1/2', JOB_COMPLETION_INDEX: '2', CLAIMSIM_SHARD_COUNT: '3', CI_NODE_INDEX: '4', CI_NODE_TOTAL: '4' };
    expect(message(resolveShard('auto', undefined, all))).toBe('ok 1/2');
    expect(message(resolveShard('auto', undefined, { ...all, CLAIMSIM_SHARD: '' }))).toBe('ok 3/3');
    expect(message(resolveShard('auto', undefined, { ...all, CLAIMSIM_SHARD: '', JOB_COMPLETION_INDEX: '' }))).toBe('ok 4/4');
  });

  it('auto with nothing set says every variable it reads', () => {
    expect(message(resolveShard('auto', undefined, {}))).toBe(
      '--shard auto found no shard in the environment: set CLAIMSIM_SHARD=i/n, or JOB_COMPLETION_INDEX with --shard-count N (Kubernetes), or CI_NODE_INDEX and CI_NODE_TOTAL (GitLab); or give --shard i/n',
    );
  });
});
