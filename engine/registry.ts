import { EVENT_KINDS } from './events/eventKinds.js';
import { FEATURES } from './features/index.js';
import { type Registry, registryOf } from './features/registry.js';

/**
 * The registered features (engine/features/index.ts), indexed once, for `decide`, `evolve`,
 * `Engine.fold` and the mutant catalogue. Here rather than beside `registryOf`: it checks that
 * every kind of the event catalogue is folded, and engine/features never reads engine/events.
 */
export const REGISTRY: Registry = registryOf(FEATURES, EVENT_KINDS);
