import { z } from 'zod';
import { CLAIM_STATUSES, CLAIM_TYPES, type WithdrawalState } from '../../engine/index.js';
import { COMMAND_KINDS, EVENT_KINDS, TARGET_REFUSAL_CODES } from './vocabulary.js';

/**
 * Every message of the target protocol (docs/target-protocol.md), requests and replies, as
 * zod schemas: the server checks the requests with them, the adapter the replies, and
 * schemas/target/*.schema.json are generated from them.
 */

/** An instant on the wire: ISO 8601 in UTC with milliseconds. */
export const wireInstant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'an instant in UTC with milliseconds, such as 2021-07-29T01:00:00.000Z')
  .describe('an instant: ISO 8601 in UTC with milliseconds, such as 2021-07-29T01:00:00.000Z');
const wireDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2021-08-04').describe('a calendar date in the policy\'s zone, YYYY-MM-DD');
const messageId = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).describe('chosen by the client; the reply carries the same id');
const count = z.number().int().min(0);
// The engine's withdrawal states, held to its WithdrawalState both ways (a state added there must be named here).
const withdrawalState = z.enum(Object.keys({ none: 0, requested: 0, on_hold: 0 } satisfies Record<WithdrawalState, 0>) as [WithdrawalState, ...WithdrawalState[]]);

// ---------------------------------------------------------------- requests

export const helloRequest = z.strictObject({ id: messageId, type: z.literal('hello'), protocol: z.number().int().min(1).describe('the client\'s protocol version') });
export const resetRequest = z.strictObject({
  id: messageId,
  type: z.literal('reset'),
  policy: z.record(z.string(), z.unknown()).describe('the whole policy, every key of docs/rules.md (policy parameters), as a policy file holds it'),
  start: wireInstant.describe('the test clock\'s first instant; the target holds no order, claim or timer after a reset'),
});
export const advanceRequest = z.strictObject({ id: messageId, type: z.literal('advance'), to: wireInstant.describe('the instant the test clock moves to (never backwards); every timer due by then fires, in time order') });
export const commandRequest = z.strictObject({
  id: messageId,
  type: z.literal('command'),
  command: z.looseObject({ kind: z.enum(COMMAND_KINDS), actor: z.string().optional() }).describe('the action at the current instant, in the engine\'s command vocabulary'),
});
export const searchFilter = z.strictObject({
  type: z.enum(CLAIM_TYPES).optional(),
  status: z.enum(CLAIM_STATUSES).optional(),
  withdrawal: withdrawalState.optional(),
  period: z.strictObject({ by: z.enum(['orderDate', 'claimDate']), from: wireInstant.optional(), to: wireInstant.optional() }).optional(),
});
export const queryRequest = z.strictObject({
  id: messageId,
  type: z.literal('query'),
  query: z.enum(['claims', 'board', 'buyers', 'sellers', 'search']),
  ids: z.array(z.string()).max(10_000).optional().describe('claims, buyers, sellers: the ids asked about'),
  search: searchFilter.optional().describe('search: the filter (every key optional)'),
});
export const targetRequest = z.discriminatedUnion('type', [helloRequest, resetRequest, advanceRequest, commandRequest, queryRequest]);
export type TargetRequest = z.infer<typeof targetRequest>;
export type QueryRequest = z.infer<typeof queryRequest>;
export type SearchFilter = z.infer<typeof searchFilter>;

// ---------------------------------------------------------------- replies

export const capabilities = z.strictObject({
  rules: z.array(z.string()),
  policyKeys: z.array(z.string()),
  reminders: z.boolean(),
  datedChanges: z.boolean(),
  memos: z.boolean(),
  search: z.boolean(),
});
export const wireEvent = z
  .looseObject({ kind: z.enum(EVENT_KINDS), at: wireInstant, claim: z.string().optional() })
  .describe('an event in the engine\'s vocabulary (docs/target-protocol.md, events): instants as wire instants, deadline as a date');
export const helloReply = z.strictObject({ id: messageId, type: z.literal('hello'), protocol: z.number().int().min(1), name: z.string().max(200), capabilities });
export const okReply = z.strictObject({ id: messageId, type: z.literal('ok'), now: wireInstant.describe('the test clock after the message'), events: z.array(wireEvent) });
export const wireRefusal = z.strictObject({
  code: z.enum(TARGET_REFUSAL_CODES),
  message: z.string(),
  until: wireInstant.optional().describe('COOLDOWN_ACTIVE: when the cooldown ends'),
  support: z.string().optional().describe('R3: where to go instead'),
  pii: z.array(z.string()).optional(),
});
export const refusedReply = z.strictObject({ id: messageId, type: z.literal('refused'), now: wireInstant, refusal: wireRefusal });
export const unknownReply = z.strictObject({ id: messageId, type: z.literal('unknown'), reason: z.string().max(2000).describe('why the effect cannot be confirmed') });
export const claimAnswer = z.strictObject({
  status: z.enum(CLAIM_STATUSES),
  withdrawal: withdrawalState,
  outcome: z.enum(['accepted', 'timeout']).nullable(),
  deadline: wireDate.nullable().describe('the open request\'s last day to answer; null when none awaits the buyer'),
  reRequests: count,
  cooldownUntil: wireInstant.nullable().describe('the end of the cooldown in force now (R12, R15), or null'),
  delayed: z.boolean(),
  rejectionCategory: z.string().nullable().describe('R9: the category of the buyer\'s latest rejection, or null'),
});
export const answerReply = z.strictObject({
  id: messageId,
  type: z.literal('answer'),
  claims: z.record(z.string(), claimAnswer.nullable()).optional().describe('query claims: each id asked, null when no such claim'),
  board: z.record(z.string(), count).optional().describe('query board: claims per status, withdrawal_requested, withdrawal_on_hold'),
  buyers: z.record(z.string(), z.strictObject({ pendingWithdrawals: count, unansweredMemos: count })).optional(),
  sellers: z.record(z.string(), z.strictObject({ unansweredMemos: count })).optional(),
  search: z.strictObject({ found: z.array(z.string()), rows: z.record(z.string(), z.record(z.string(), z.string())) }).optional().describe('query search: the ids found and their R19 rows'),
});
export const errorReply = z.strictObject({ id: messageId.nullable(), type: z.literal('error'), message: z.string().max(2000).describe('the request was not understood') });
export const targetReply = z.discriminatedUnion('type', [helloReply, okReply, refusedReply, unknownReply, answerReply, errorReply]);
export type TargetReply = z.infer<typeof targetReply>;
export type ClaimAnswer = z.infer<typeof claimAnswer>;
export type AnswerReply = z.infer<typeof answerReply>;
export type WireCapabilities = z.infer<typeof capabilities>;

/** The message files of schemas/target, each with its schema and what it is. */
export const MESSAGE_SCHEMAS = {
  request: [targetRequest, 'a request of the claimsim target protocol (docs/target-protocol.md)'],
  reply: [targetReply, 'a reply of the claimsim target protocol (docs/target-protocol.md)'],
  hello: [helloRequest, 'hello: the protocol version; the reply names the target and its capabilities'],
  'hello-reply': [helloReply, 'the reply to hello'],
  reset: [resetRequest, 'reset: a fresh target under a policy, its test clock at start'],
  advance: [advanceRequest, 'advance: the test clock forward, firing the target\'s own timers'],
  command: [commandRequest, 'command: one action at the current instant'],
  query: [queryRequest, 'query: claims, board, buyers, sellers or search'],
  ok: [okReply, 'ok: the events of a reset, advance or accepted command'],
  refused: [refusedReply, 'refused: a command refused with its code'],
  unknown: [unknownReply, 'unknown: a command whose effect the target cannot confirm'],
  answer: [answerReply, 'answer: the reply to a query'],
  error: [errorReply, 'error: a request the target did not understand'],
} as const;
