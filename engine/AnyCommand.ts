import type { ClockCommand } from './ClockCommand.js';
import type { Command, CommandKind } from './Command.js';

/** Everything the rules decide: a party's command or the clock's. */
export type AnyCommand = Command | ClockCommand;
export type AnyCommandKind = AnyCommand['kind'];

/** A party's command kinds, the engine's own: every other command is the clock's (a feature adds clock commands, never a party's). */
const PARTY_KINDS: Readonly<Record<CommandKind, true>> = {
  PlaceOrder: true,
  OpenClaim: true,
  AdvanceClaim: true,
  RequestWithdrawal: true,
  AcceptWithdrawal: true,
  RejectWithdrawal: true,
  ReRequestWithdrawal: true,
  CancelWithdrawal: true,
  SendMemo: true,
  ContactSupport: true,
};

/**
 * True for a command only the clock issues: any kind that is not a party's. A feature adds clock
 * commands only, so the clock's kinds are the rest; this reads no list of them (the features'
 * kinds are registered above this file), and a kind no one knows answers true too: `decide`
 * then throws for it (no feature decides it).
 */
export function isClockCommand(command: AnyCommand): command is ClockCommand {
  return !Object.hasOwn(PARTY_KINDS, command.kind);
}
