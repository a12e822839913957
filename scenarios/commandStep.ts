import type { Command } from '../engine/index.js';

/** A scenario step's `do:` fields (docs/scenarios.md) for a command, the inverse of scenarios/compile: what a written scenario (a regression, an audit's reproducer) replays; null for setup commands. */
export function commandStep(command: Command): Record<string, unknown> | null {
  switch (command.kind) {
    case 'PlaceOrder':
    case 'OpenClaim':
      return null;
    case 'AdvanceClaim':
      return { do: 'advance_claim', claim: command.claim, to: command.to };
    case 'RequestWithdrawal':
      return { do: 'request_withdrawal', claim: command.claim, message: command.message };
    case 'AcceptWithdrawal':
      return { do: 'accept_withdrawal', claim: command.claim };
    case 'RejectWithdrawal':
      return { do: 'reject_withdrawal', claim: command.claim, reason: command.reason, ...(command.category ? { category: command.category } : {}) };
    case 'ReRequestWithdrawal':
      return { do: 're_request_withdrawal', claim: command.claim, message: command.message };
    case 'CancelWithdrawal':
      return { do: 'cancel_withdrawal', claim: command.claim };
    case 'SendMemo':
      return { do: 'send_memo', claim: command.claim, from: command.from, text: command.text };
    case 'ContactSupport':
      return { do: 'contact_support', claim: command.claim, text: command.text };
    default: {
      const unreachable: never = command;
      throw new Error(`unknown command ${JSON.stringify(unreachable)}`);
    }
  }
}
