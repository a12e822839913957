/** The `claimsim run` reporters. */
export { type RunShard, renderRunJson } from './renderRunJson.js';
export { type JunitOptions, renderJunit } from './renderJunit.js';
export { type PrettyOptions, renderPretty } from './renderPretty.js';
export { xmlText } from './xmlText.js';
