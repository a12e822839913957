/** The scenario language (docs/scenarios.md): load, validate, run. */
export { ScenarioInputError } from '../input/ScenarioInputError.js';
export type { Scenario, Step, StepAction, Check, StateExpectation, ClaimExpectation, IntervalExpectation, SearchExpectation } from './Scenario.js';
export { parseScenario } from './parseScenario.js';
export { loadScenarioFile } from './loadScenarioFile.js';
export { loadPolicyFile } from '../input/loadPolicyFile.js';
export { LIMITS } from '../input/limits.js';
export { runScenario, type ScenarioRunOptions } from './run/runScenario.js';
export { runScenarioPaths } from './run/runScenarioPaths.js';
export { findScenarioFiles } from './run/findScenarioFiles.js';
export type { ScenarioResult, RunReport, Failure, ScenarioStatus, SkippedScenario } from './run/ScenarioResult.js';
