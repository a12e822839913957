/** The engine's public surface: pure rules, the virtual clock, the policy, views and the log. */
export * from './types.js';
export * from './civil.js';
export { Calendar } from './Calendar.js';
export { calendarFor } from './calendarFor.js';
export * from './claimTypes.js';
export * from './Policy.js';
export { detectPii } from './pii.js';
export { VirtualClock, type TimerId } from './VirtualClock.js';
export { decide, type Decide } from './decide.js';
export { evolve } from './evolve.js';
export { emptyState, WITHDRAWAL_ON_HOLD, WITHDRAWAL_REQUESTED } from './State.js';
export { replay } from './replay.js';
export { Engine, type EngineOptions, type EngineTimer, type EventListener, type EngineStats } from './Engine.js';
export * from './views/claimView.js';
export * from './views/statusBoard.js';
export * from './views/counters.js';
export * from './views/claimList.js';
export { notificationsOf, type Notification } from './notifications.js';
