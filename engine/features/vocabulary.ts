import type { SellerToldCooldownEnded, TellSellerCooldownEnded } from './cooldownEndNotice/types.js';
import { cooldownEndNoticeEvents } from './cooldownEndNotice/events.js';
import { notifyCooldownEnd } from './cooldownEndNotice/notifyCooldownEnd.js';

// What the features add to the engine's vocabulary (docs/adding-a-rule.md): their event and
// clock command types, their catalogue entries and their policy parameters. The second half of
// a feature's registration, beside FEATURES in index.ts: engine/ClaimEvent.ts,
// engine/ClockCommand.ts, the event catalogue and the parameter list read this one, and the
// features' code reads them, so it imports only the features' leaf files (types, catalogue
// entries and parameter records, which import nothing of the engine's but engine/Parameter.ts
// and engine/Calendar.ts). Order: each list is appended to the engine's own, so it is the order
// of summary.json's `eventCounts` and of every policy echoed; a new feature goes last.

/** The features' events: members of `ClaimEvent`. */
export type FeatureEvent = SellerToldCooldownEnded;

/** The features' clock commands: members of `ClockCommand` (a party's commands are the engine's own). */
export type FeatureClockCommand = TellSellerCooldownEnded;

/** The features' catalogue entries, appended to EVENT_CATALOGUE (one per kind of FeatureEvent). */
export const FEATURE_EVENT_SPECS = { ...cooldownEndNoticeEvents } as const;

/** The features' policy parameters, appended to PARAMETERS (engine/parameters/index.ts). */
export const FEATURE_PARAMETERS = [notifyCooldownEnd] as const;
