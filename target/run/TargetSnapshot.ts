import type { Calendar } from '../../engine/index.js';
import type { ClaimExpectation, StateExpectation } from '../../scenarios/index.js';
import { mismatch, showInstant } from '../../scenarios/run/describe.js';
import type { Answer, MessagePlace, TargetClient } from '../adapter/TargetClient.js';
import type { ClaimAnswer } from '../protocol/messages.js';
import { instantFromWire } from '../protocol/wire.js';

/** What the target answered to the queries a set of expectations needs, at one instant. */
export interface TargetSnapshot {
  readonly claims: Readonly<Record<string, ClaimAnswer | null>>;
  readonly board: Readonly<Record<string, number>>;
  readonly buyers: Readonly<Record<string, { readonly pendingWithdrawals: number; readonly unansweredMemos: number }>>;
  readonly sellers: Readonly<Record<string, { readonly unansweredMemos: number }>>;
}

/** Asks the target only what the expectations read: the claims, the board, the buyers and sellers they name. */
export async function takeSnapshot(client: TargetClient, exps: readonly StateExpectation[], place: Omit<MessagePlace, 'message'>, extraClaims: readonly string[] = []): Promise<Answer<TargetSnapshot>> {
  const claimIds = [...new Set([...exps.flatMap((e) => Object.keys(e.claims ?? {})), ...extraClaims])];
  const buyerIds = [...new Set(exps.flatMap((e) => Object.keys(e.buyers ?? {})))];
  const sellerIds = [...new Set(exps.flatMap((e) => Object.keys(e.sellers ?? {})))];
  const snapshot = { claims: {}, board: {}, buyers: {}, sellers: {} } as { -readonly [K in keyof TargetSnapshot]: TargetSnapshot[K] };
  if (claimIds.length) {
    const a = await client.query('claims', claimIds, { ...place, message: `query claims ${claimIds.join(', ')}` });
    if (a.kind === 'unknown') return a;
    snapshot.claims = a.reply.claims ?? {};
  }
  if (exps.some((e) => e.board !== undefined)) {
    const a = await client.query('board', [], { ...place, message: 'query board' });
    if (a.kind === 'unknown') return a;
    snapshot.board = a.reply.board ?? {};
  }
  if (buyerIds.length) {
    const a = await client.query('buyers', buyerIds, { ...place, message: `query buyers ${buyerIds.join(', ')}` });
    if (a.kind === 'unknown') return a;
    snapshot.buyers = a.reply.buyers ?? {};
  }
  if (sellerIds.length) {
    const a = await client.query('sellers', sellerIds, { ...place, message: `query sellers ${sellerIds.join(', ')}` });
    if (a.kind === 'unknown') return a;
    snapshot.sellers = a.reply.sellers ?? {};
  }
  return { kind: 'reply', reply: snapshot };
}

/**
 * An expectation against the target's answers, in the words of the in-process check
 * (scenarios/run/checkState): `path: expected X, got Y` for every difference. PII warnings are
 * counted from the target's events.
 */
export function compareSnapshot(exp: StateExpectation, snap: TargetSnapshot, calendar: Calendar, piiWarnings: ReadonlyMap<string, number>): string[] {
  const out: string[] = [];
  for (const [id, e] of Object.entries(exp.claims ?? {})) {
    const claim = snap.claims[id];
    if (!claim) out.push(`claims.${id}: expected a claim, got none (not opened yet, or refused)`);
    else out.push(...compareClaim(`claims.${id}`, id, claim, e, calendar, piiWarnings));
  }
  for (const [row, n] of Object.entries(exp.board ?? {})) out.push(...mismatch(`board.${row}`, n, snap.board[row] ?? 0));
  for (const [id, e] of Object.entries(exp.buyers ?? {})) {
    const b = snap.buyers[id] ?? { pendingWithdrawals: 0, unansweredMemos: 0 };
    if (e.pendingWithdrawals !== undefined) out.push(...mismatch(`buyers.${id}.pendingWithdrawals`, e.pendingWithdrawals, b.pendingWithdrawals));
    if (e.unansweredMemos !== undefined) out.push(...mismatch(`buyers.${id}.unansweredMemos`, e.unansweredMemos, b.unansweredMemos));
  }
  for (const [id, e] of Object.entries(exp.sellers ?? {})) {
    if (e.unansweredMemos !== undefined) out.push(...mismatch(`sellers.${id}.unansweredMemos`, e.unansweredMemos, snap.sellers[id]?.unansweredMemos ?? 0));
  }
  return out;
}

function compareClaim(path: string, id: string, c: ClaimAnswer, e: ClaimExpectation, calendar: Calendar, piiWarnings: ReadonlyMap<string, number>): string[] {
  const out: string[] = [];
  if (e.status !== undefined) out.push(...mismatch(`${path}.status`, e.status, c.status));
  if (e.withdrawal !== undefined) out.push(...mismatch(`${path}.withdrawal`, e.withdrawal, c.withdrawal));
  if (e.outcome !== undefined) out.push(...mismatch(`${path}.outcome`, e.outcome, c.outcome));
  if (e.deadline !== undefined) out.push(...mismatch(`${path}.deadline`, e.deadline, c.deadline));
  if (e.reRequests !== undefined) out.push(...mismatch(`${path}.reRequests`, e.reRequests, c.reRequests));
  if (e.cooldownUntil !== undefined) {
    const actual = c.cooldownUntil === null ? null : showInstant(instantFromWire(c.cooldownUntil), calendar);
    out.push(...mismatch(`${path}.cooldownUntil`, showInstant(e.cooldownUntil, calendar), actual));
  }
  if (e.delayed !== undefined) out.push(...mismatch(`${path}.delayed`, e.delayed, c.delayed));
  if (e.piiWarnings !== undefined) out.push(...mismatch(`${path}.piiWarnings`, e.piiWarnings, piiWarnings.get(id) ?? 0));
  if (e.rejectionCategory !== undefined) out.push(...mismatch(`${path}.rejectionCategory`, e.rejectionCategory, c.rejectionCategory));
  return out;
}
