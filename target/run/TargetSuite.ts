import { basename } from 'node:path';
import { type RunReport, type Scenario, type ScenarioResult, type SkippedScenario, ScenarioInputError, findScenarioFiles, loadScenarioFile } from '../../scenarios/index.js';
import { TargetClient, type TargetOptions } from '../adapter/TargetClient.js';
import type { TargetError } from '../adapter/TargetError.js';
import { runTargetScenario } from './runTargetScenario.js';
import { missingCapabilities } from './scenarioNeeds.js';

export type { SkippedScenario };

/**
 * `claimsim run --target`: one target session for a whole run, reused by every scenario
 * (each starts with a reset). A scenario that needs what the target lacks is skipped, counted
 * apart in the report (its `skipped`, with the reason); an unknown answer and a divergence are failures, counted too. Once
 * the target breaks the protocol, `broken` says so and no further scenario runs.
 */
export class TargetSuite {
  readonly skipped: SkippedScenario[] = [];
  readonly unknown: string[] = [];
  readonly divergences: string[] = [];
  broken: TargetError | null = null;
  private ran = 0;

  private constructor(private readonly client: TargetClient) {}

  /** Starts or connects to the target and says hello (a TargetError when it cannot). */
  static async open(spec: string, options: TargetOptions = {}): Promise<TargetSuite> {
    return new TargetSuite(await TargetClient.open(spec, options));
  }

  get name(): string {
    return this.client.name;
  }

  /** The scenarios under `paths` through the target, as runScenarioPaths reports them in process. */
  async runPaths(paths: readonly string[]): Promise<RunReport> {
    const scenarios: ScenarioResult[] = [];
    const skippedBefore = this.skipped.length;
    for (const path of paths) {
      const found = findScenarioFiles(path);
      if ('missing' in found) {
        scenarios.push(invalid(path, new ScenarioInputError(path, 1, 1, 'no such file or folder (check the path)')));
        continue;
      }
      for (const { path: at, why } of found.skipped) scenarios.push(invalid(at, new ScenarioInputError(at, 1, 1, `skipped: ${why}`)));
      for (const file of found.files) {
        if (this.broken) break;
        const r = await this.runFile(file);
        if (r) scenarios.push(r);
      }
    }
    const count = (status: ScenarioResult['status']) => scenarios.filter((s) => s.status === status).length;
    return { passed: count('passed'), failed: count('failed'), errors: count('error'), scenarios, skipped: this.skipped.slice(skippedBefore) };
  }

  /** One line for standard error: what ran through which target, and what was counted apart. */
  summary(): string {
    const lines = [`target: ${this.client.name} (${this.client.description}): ${this.ran} scenarios ran, ${this.skipped.length} skipped, ${this.unknown.length} unknown, ${this.divergences.length} diverged from the rules`];
    for (const s of this.skipped) lines.push(`skipped: ${s.file} — ${s.reason}`);
    for (const u of this.unknown) lines.push(`unknown: ${u}`);
    for (const d of this.divergences) lines.push(`diverged: ${d}`);
    if (this.broken) lines.push(`stopped: ${this.broken.message}; the scenarios after it did not run`);
    return `${lines.join('\n')}\n`;
  }

  /** Ends the session (a child process is reaped). */
  close(): Promise<void> {
    return this.client.close();
  }

  private async runFile(file: string): Promise<ScenarioResult | null> {
    let scenario;
    try {
      scenario = loadScenarioFile(file);
    } catch (err) {
      if (err instanceof ScenarioInputError) return invalid(file, err);
      throw err;
    }
    return this.runScenario(scenario);
  }

  /** One loaded scenario through the target: its result, or null when skipped (the reason kept in `skipped`). */
  async runScenario(scenario: Scenario): Promise<ScenarioResult | null> {
    const file = scenario.file;
    const reason = missingCapabilities(scenario, this.client.capabilities);
    if (reason !== null) {
      this.skipped.push({ file, name: scenario.name, reason });
      return null;
    }
    this.ran++;
    const r = await runTargetScenario(scenario, this.client);
    if (r.unknown !== null) this.unknown.push(`${file}: ${r.unknown}`);
    if (r.divergence !== null) this.divergences.push(`${file}: ${r.divergence}`);
    if (r.broken) this.broken = r.broken;
    return r.result;
  }
}

function invalid(file: string, err: ScenarioInputError): ScenarioResult {
  return { file, name: basename(file).replace(/\.ya?ml$/, ''), status: 'error', failures: [{ step: err.step, message: err.message }], events: {}, refusals: {}, tags: [], log: [], violations: [] };
}
