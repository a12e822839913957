/** Seeded populations of sellers and buyers driven through the rules at scale. */
export * from './Summary.js';
export type { Population, SellerProfile, BuyerProfile, LifecycleStep, Chance, Horizon, LocalDateTime, Weighted } from './population/Population.js';
export type { DistributionSpec, EmpiricalRow, Sampler } from './random/DistributionSpec.js';
export { loadPopulationData, loadPopulationFile, parsePopulation, PopulationInputError, PopulationSettingError } from './loadPopulation.js';
export { populationDifferences, type PopulationChange } from './population/populationDifferences.js';
export { runPopulation, type RunOptions, type RunResult } from './runPopulation.js';
export { runPopulationParallel, type ParallelOptions } from './runParallel.js';
export { mergeSummaries } from './mergeSummaries.js';
export { summaryJson } from './summary/summaryOf.js';
export { compileDistribution, meanOf } from './random/compileDistribution.js';
export { Stream } from './random/Stream.js';
export { Purpose } from './random/Purpose.js';
export { drawUniform, streamKey } from './random/hash32.js';
export { parseSeed, parseCount, parseShard, parseFault, type Checked } from './run/parseRunOptions.js';
export { writeRegressionScenarios, type RegressionContext, type RegressionFile } from './regression/writeRegressionScenarios.js';
export { ClaimDescriber, type ClaimDescription } from './names/ClaimDescriber.js';
export { CompiledPopulation } from './population/CompiledPopulation.js';
