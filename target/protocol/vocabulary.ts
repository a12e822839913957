import { type CommandKind, type EventKind, REFUSAL_CODES, type RefusalCode } from '../../engine/index.js';

/** Every event a target reports (the engine's event vocabulary, docs/target-protocol.md). */
export const EVENT_KINDS = [
  'OrderPlaced',
  'ClaimOpened',
  'ClaimAdvanced',
  'WithdrawalRequested',
  'WithdrawalAccepted',
  'WithdrawalRejected',
  'WithdrawalTimedOut',
  'WithdrawalLapsed',
  'WithdrawalCancelled',
  'BuyerReminded',
  'MemoSent',
  'SupportContacted',
  'DeadlineRetimed',
  'CooldownRetimed',
] as const satisfies readonly EventKind[];

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

// A new event kind in the engine must be added here (the protocol would otherwise refuse it).
type Missing = Exclude<EventKind, (typeof EVENT_KINDS)[number]>;
const _allEventKinds: Missing extends never ? true : Missing = true;
void _allEventKinds;
