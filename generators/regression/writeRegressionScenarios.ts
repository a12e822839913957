import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Decide, PlaceOrder, Policy } from '../../engine/index.js';
import type { Summary, ViolationRecord } from '../Summary.js';
import { ClaimDescriber } from '../names/ClaimDescriber.js';
import type { Population } from '../population/Population.js';
import { idNumberOf } from '../records/generatedIds.js';
import { minimiseCommands } from './minimiseCommands.js';
import { recordClaimCommands } from './recordClaimCommands.js';
import { regressionScenario } from './regressionScenario.js';
import { replayCommands } from './replayCommands.js';
import type { RecordedCommand } from './RecordedCommand.js';

export interface RegressionContext {
  readonly population: Population;
  readonly policy: Policy;
  readonly seed: number;
  readonly claims: number;
  /** The rules the run used (a fault mutant, say). */
  readonly decide?: Decide;
  /** How the run was made, for the scenario's description. */
  readonly command: string;
  /** Extra tags (the fault's name). */
  readonly tags?: readonly string[];
}

/** One scenario written: its path relative to the output folder, and the violation it reproduces. */
export interface RegressionFile {
  readonly path: string;
  readonly violation: ViolationRecord;
  readonly commands: number;
}

/**
 * Turns each example violation of a summary into a standalone scenario under
 * `<outDir>/regressions/<claim>-<invariant>.yaml`: the claim is run alone, its commands
 * recorded, then minimised while the checker still reports that invariant under the same
 * rules. Returns the files written; the summary's examples name them (`scenario`).
 */
export function writeRegressionScenarios(summary: Summary, context: RegressionContext, outDir: string): { summary: Summary; files: RegressionFile[] } {
  const files: RegressionFile[] = [];
  const done = new Map<string, string>();
  const describer = new ClaimDescriber(context.seed);
  const examples = summary.invariantViolations.examples.map((v): ViolationRecord => {
    if (v.claim === '') return v;
    const key = `${v.claim}-${v.invariant}`;
    if (!done.has(key)) {
      const file = writeOne(v, context, describer, outDir);
      done.set(key, file?.path ?? '');
      if (file) files.push(file);
    }
    const path = done.get(key)!;
    return path ? { ...v, scenario: path } : v;
  });
  return { summary: { ...summary, invariantViolations: { ...summary.invariantViolations, examples } }, files };
}

function writeOne(v: ViolationRecord, ctx: RegressionContext, describer: ClaimDescriber, outDir: string): RegressionFile | null {
  const index = idNumberOf(v.claim);
  if (!Number.isSafeInteger(index) || index >= ctx.claims) return null;
  const recording = recordClaimCommands(ctx.population, { policy: ctx.policy, seed: ctx.seed, claims: ctx.claims, ...(ctx.decide ? { decide: ctx.decide } : {}) }, index);
  const fails = (commands: readonly RecordedCommand[]): boolean =>
    replayCommands(ctx.policy, ctx.decide, commands, recording.end).some((x) => x.invariant === v.invariant && x.claim === v.claim);
  if (!fails(recording.commands)) return null;
  const commands = withDetails(minimiseCommands(recording.commands, fails), describer, index);
  const place = commands.find((c) => c.command.kind === 'PlaceOrder')!.command as PlaceOrder;
  const text = regressionScenario({
    title: `Regression: ${v.invariant} on claim ${v.claim}`,
    description: `Found by ${ctx.command}: ${v.message}. Only the commands touching ${v.claim}, minimised.`,
    tags: ['regression', v.invariant, ...(ctx.tags ?? [])],
    policy: ctx.policy,
    commands,
    names: { seller: describer.shopName(idNumberOf(place.seller)), buyer: describer.buyerName(idNumberOf(place.buyer)) },
  });
  const path = join('regressions', `${v.claim}-${v.invariant}.yaml`);
  mkdirSync(join(outDir, 'regressions'), { recursive: true });
  writeFileSync(join(outDir, path), text);
  return { path, violation: v, commands: commands.length };
}

/** The order's numbers and item, as the seller console shows them (R19). */
function withDetails(commands: readonly RecordedCommand[], describer: ClaimDescriber, index: number): RecordedCommand[] {
  return commands.map((c) => (c.command.kind === 'PlaceOrder' ? { at: c.at, command: { ...c.command, ...describer.order(index) } } : c));
}
