/** The `claimsim mutate` kill matrix and its reporters. */
export { type KillMatrix, type MutantRow, type ExcludedScenario, killMatrix } from './KillMatrix.js';
export { renderMutationPretty } from './renderMutationPretty.js';
export { renderMutationMarkdown } from './renderMutationMarkdown.js';
export { renderMutationJson } from './renderMutationJson.js';
