import { type CommandKind, type EventKind, REFUSAL_CODES, type RefusalCode } from '../../engine/index.js';
import { EVENT_KINDS as CATALOGUE_KINDS } from '../../engine/events/index.js';

/** Every event a target reports: the engine's event vocabulary, from its catalogue (engine/events, docs/target-protocol.md). */
export const EVENT_KINDS = CATALOGUE_KINDS as readonly [EventKind, ...EventKind[]];

/** The commands a `command` message carries: the actions of a scenario step and its setup (the clock's own are the target's business). */
export const COMMAND_KINDS = [
  'PlaceOrder',
  'OpenClaim',
  'AdvanceClaim',
  'RequestWithdrawal',
  'AcceptWithdrawal',
  'RejectWithdrawal',
  'ReRequestWithdrawal',
  'CancelWithdrawal',
  'SendMemo',
  'ContactSupport',
] as const satisfies readonly CommandKind[];
export type TargetCommandKind = (typeof COMMAND_KINDS)[number];

export const TARGET_REFUSAL_CODES: readonly [RefusalCode, ...RefusalCode[]] = REFUSAL_CODES;
