import { createHash } from 'node:crypto';
import { z } from 'zod';
import { FAULT_NAMES, type Policy } from '../../engine/index.js';
import type { Population } from '../../generators/index.js';
import { type Shard, shardJsonOf } from '../../input/Shard.js';

/**
 * What makes two runs the same run, written beside summary.json as run.json: every input that
 * changes the results (the population's content, seed, policy, the number of claims, an
 * injected fault) and which shard of it this is. merge combines only shards of one identity.
 */
export interface RunIdentity {
  readonly version: 1;
  readonly population: string;
  /** SHA-256 of the population as validated (not of its path or its comments). */
  readonly populationHash: string;
  readonly seed: number;
  readonly policy: Policy;
  /** The claims of the whole run (all shards). */
  readonly claims: number;
  readonly fault: string | null;
  readonly shard: Shard | null;
}

/** The file name of the identity in a run's output folder. */
export const RUN_IDENTITY_FILE = 'run.json';

export const runIdentitySchema = z.strictObject({
  version: z.literal(1),
  population: z.string().min(1),
  populationHash: z.string().regex(/^[0-9a-f]{64}$/),
  seed: z.number().int().min(0).max(0xffffffff),
  policy: z.record(z.string(), z.unknown()),
  claims: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  fault: z.enum(FAULT_NAMES as unknown as [string, ...string[]]).nullable(),
  shard: z
    .strictObject({ index: z.number().int().min(1), count: z.number().int().min(1).max(1_000_000) })
    .refine((s) => s.index <= s.count, { message: 'index must be from 1 to count' })
    .nullable(),
});

/** The identity of a run of `population`. */
export function runIdentityOf(run: {
  population: Population;
  seed: number;
  policy: Policy;
  claims: number;
  fault: string | undefined;
  shard: Shard | undefined;
}): RunIdentity {
  return {
    version: 1,
    population: run.population.name,
    populationHash: populationHash(run.population),
    seed: run.seed,
    policy: run.policy,
    claims: run.claims,
    fault: run.fault ?? null,
    shard: run.shard ? shardJsonOf(run.shard) : null,
  };
}

/** SHA-256 of a population as validated, `--set` overrides applied (not of its path or its comments). */
export function populationHash(population: Population): string {
  const { file: _file, ...content } = population;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/** run.json's text. */
export function runIdentityJson(id: RunIdentity): string {
  return `${JSON.stringify(id, null, 2)}\n`;
}
