import type { WithdrawalState } from '../Claim.js';
import type { ClaimEvent } from '../ClaimEvent.js';

const WITHDRAWALS: readonly WithdrawalState[] = ['none', 'requested', 'on_hold'];
const WITHDRAWAL_CODE: Readonly<Record<WithdrawalState, number>> = { none: 0, requested: 1, on_hold: 2 };
const FIRST_CAPACITY = 1024;

/** The columns of the checker's records, one entry per slot (what `ClaimRecord` reads and writes by name). */
export class RecordColumns {
  readonly ids: (string | undefined)[] = [];
  readonly buyer: string[] = [];
  readonly status: string[] = [];
  withdrawal = new Uint8Array(FIRST_CAPACITY);
  requests = new Uint32Array(FIRST_CAPACITY);
  deadline = new Float64Array(FIRST_CAPACITY);
  timeoutAt = new Float64Array(FIRST_CAPACITY);
  remindAt = new Float64Array(FIRST_CAPACITY);
  cooldownEnd = new Float64Array(FIRST_CAPACITY);
  closedInDecision = new Float64Array(FIRST_CAPACITY);
  changesSeen = new Uint32Array(FIRST_CAPACITY);
  /** Each slot's ring of latest events, and where the next goes (only when the checker keeps events). */
  readonly recent: (ClaimEvent | undefined)[][] = [];
  recentNext = new Uint32Array(FIRST_CAPACITY);


  constructor(readonly recentEvents: number) {}

  withdrawalName(c: number): WithdrawalState {
    return WITHDRAWALS[c]!;
  }

  withdrawalCode(w: WithdrawalState): number {
    return WITHDRAWAL_CODE[w];
  }
}
