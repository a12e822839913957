import type { Claim, Command, Refusal } from '../engine/index.js';

/** The rule a refusal upholds, for the action refused (rules.md, refusal codes). */
export function refusalRule(refusal: Refusal, command: Command, claim: Readonly<Claim> | undefined): string {
  switch (refusal.code) {
    case 'CLAIM_CLOSED':
      return 'R3';
    case 'NOT_SELLER':
      return command.kind === 'CancelWithdrawal' ? 'R14' : command.kind === 'SendMemo' ? 'R20' : 'R1';
    case 'NOT_BUYER':
      return command.kind === 'SendMemo' ? 'R20' : 'R7';
    case 'INVALID_TRANSITION':
      return 'transitions';
    case 'INELIGIBLE_STATUS':
      return 'R2';
    case 'WITHDRAWAL_ALREADY_OPEN':
      return 'R5';
    case 'NO_OPEN_REQUEST':
      return command.kind === 'CancelWithdrawal' ? 'R14' : 'R7';
    case 'NOT_ON_HOLD':
      return 'R11';
    case 'COOLDOWN_ACTIVE':
      // The cooldown that ends last is the one that refused it (cooldowns add up, R15).
      return claim !== undefined && claim.rejectionCooldownUntil !== null && claim.rejectionCooldownUntil === refusal.until ? 'R12' : 'R15';
    case 'RE_REQUEST_LIMIT':
      return 'R13';
    case 'MESSAGE_REQUIRED':
      return command.kind === 'RejectWithdrawal' ? 'R9' : command.kind === 'ReRequestWithdrawal' ? 'R11' : 'R4';
    case 'PII_IN_MESSAGE':
      return 'R21';
    case 'CLAIM_NOT_FOUND':
    case 'ORDER_NOT_FOUND':
    case 'CLAIM_ALREADY_EXISTS':
    case 'ORDER_ALREADY_EXISTS':
      return 'I7';
    default: {
      const unreachable: never = refusal.code;
      throw new Error(`unknown refusal ${String(unreachable)}`);
    }
  }
}
