/** The `claimsim run` reporters. */
export { renderJson } from './renderJson.js';
export { renderJunit } from './renderJunit.js';
export { type PrettyOptions, renderPretty } from './renderPretty.js';
export { xmlText } from './xmlText.js';
