import { type Command, Option } from 'commander';

/** `--shard i/n|auto` and `--shard-count N`, the same on every command that splits its work. */
export function shardOptions(command: Command, what: string): Command {
  return command
    .addOption(new Option('--shard <i/n|auto>', `run only the i-th of n shares of ${what} (1 ≤ i ≤ n); auto: from the job's environment (CLAIMSIM_SHARD, JOB_COMPLETION_INDEX, CI_NODE_INDEX/CI_NODE_TOTAL; docs/scale-out.md)`))
    .addOption(new Option('--shard-count <n>', 'with --shard auto under a Kubernetes Indexed Job: the number of shards (the Job\'s completions; or set CLAIMSIM_SHARD_COUNT)'));
}
