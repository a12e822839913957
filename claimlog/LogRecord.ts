import { z } from 'zod';
import { CLAIM_TYPES, LIFECYCLE_STATUSES, CLAIM_STATUSES, REFUSAL_CODES } from '../engine/index.js';
import { type AnyFieldCodec, CATALOGUE_LOGGED, type CatalogueRecordType, type CatalogueRecordTypes } from '../engine/events/index.js';

/**
 * The claim log, format v1 (docs/claim-log.md): one JSON record a line. This zod schema is the
 * format's source: the audit reads with it, and schemas/claim-log.schema.json is generated
 * from it. Unknown fields are kept and ignored (`looseObject`).
 */

/** An instant: ISO 8601 date and time with an offset (`Z` or `±HH:MM`), seconds and milliseconds optional. */
export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
/** A date: `YYYY-MM-DD` (a deadline as the system showed it). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const instant = z.string().regex(ISO_INSTANT, 'an ISO 8601 instant with an offset, such as 2024-08-11T00:00+09:00');
const date = z.string().regex(ISO_DATE, 'a date YYYY-MM-DD');
const id = z.string().min(1);
/** Who acted, when not the action's natural party (the claim's seller or buyer). */
const actor = id.optional().describe('who acted (default: the claim\'s seller, or its buyer for an answer)');

const base = <T extends string>(type: T) => ({ type: z.literal(type), claim: id, at: instant });

/** The actions a party submits, named as scenarios name them (docs/scenarios.md). */
export const ACTIONS = ['open_claim', 'advance_claim', 'request_withdrawal', 'accept_withdrawal', 'reject_withdrawal', 're_request_withdrawal', 'cancel_withdrawal', 'send_memo', 'contact_support'] as const;
export type ActionName = (typeof ACTIONS)[number];
/** The action submitted, when it is not the one the record type names (a record of what the service made of it). */
const action = z.enum(ACTIONS).optional().describe('the action the actor submitted (default: the one the record type names); the audit replays it and expects this record');
const count = z.number().int().min(0);
/** R6: the buyer's pending-withdrawal counter, as the system showed it before and after the record. */
const buyerCounter = {
  buyerPendingBefore: count.optional().describe("R6: the buyer's pending-withdrawal counter just before (the audit judges the step to buyerPending)"),
  buyerPending: count.optional().describe("R6: the buyer's pending-withdrawal counter just after, as shown to the buyer"),
};
/** R21: whether the system recorded a personal-data warning on the message (piiCheck: warn). */
const piiWarning = z.boolean().optional().describe('R21: a personal-data warning was recorded on the text (absent: not recorded, not judged)');

export const ClaimOpenedRecord = z.looseObject({
  ...base('claim_opened'),
  order: id,
  seller: id,
  buyer: id,
  claimType: z.enum(CLAIM_TYPES),
  status: z.enum(LIFECYCLE_STATUSES as [string, ...string[]]).optional().describe("the claim's status when opened (default: its type's first)"),
  receivedAt: instant.optional().describe('when the claim was received (default: at)'),
  reportedStatus: z.enum(LIFECYCLE_STATUSES as [string, ...string[]]).optional().describe('R17: the status the claim was submitted in (the audit opens it so and expects `status`)'),
  delayedFrom: instant.optional().describe('R18: when the system flags the claim delayed if still in its first status'),
});
export const StatusChangedRecord = z.looseObject({
  ...base('status_changed'),
  from: z.enum(CLAIM_STATUSES as [string, ...string[]]).optional(),
  to: z.enum(LIFECYCLE_STATUSES as [string, ...string[]]),
});
export const WithdrawalRequestedRecord = z.looseObject({
  ...base('withdrawal_requested'),
  message: z.string().optional().describe("the seller's message (absent: not recorded; R4 and R21 are then not judged)"),
  deadline: date.optional().describe("the last day to answer, as the system showed it"),
  piiWarning,
  ...buyerCounter,
  actor,
  action,
});
export const WithdrawalReRequestedRecord = z.looseObject({
  ...base('withdrawal_rerequested'),
  message: z.string().optional(),
  deadline: date.optional(),
  piiWarning,
  ...buyerCounter,
  actor,
  action,
});
export const WithdrawalAcceptedRecord = z.looseObject({ ...base('withdrawal_accepted'), ...buyerCounter, actor, action });
export const WithdrawalRejectedRecord = z.looseObject({
  ...base('withdrawal_rejected'),
  reason: z.string().optional(),
  category: z.string().optional().describe('R9: the reason category the seller is shown'),
  chosenCategory: z.string().optional().describe('R9: the category the buyer chose (the audit replays it and expects `category`)'),
  cooldownUntil: instant.nullable().optional().describe('the end of the rejection cooldown the system set (null: none)'),
  piiWarning,
  ...buyerCounter,
  actor,
  action,
});
export const WithdrawalTimedOutRecord = z.looseObject({ ...base('withdrawal_timed_out'), ...buyerCounter });
export const WithdrawalLapsedRecord = z.looseObject({ ...base('withdrawal_lapsed'), cause: z.enum(['timeout', 'ineligible_status']), ...buyerCounter });
export const WithdrawalCancelledRecord = z.looseObject({
  ...base('withdrawal_cancelled'),
  cooldownUntil: instant.nullable().optional().describe('the end of the cancellation cooldown the system set (null: none)'),
  ...buyerCounter,
  actor,
  action,
});
export const BuyerRemindedRecord = z.looseObject({ ...base('buyer_reminded'), deadline: date.optional() });
export const DeadlineRetimedRecord = z.looseObject({ ...base('deadline_retimed'), deadline: date });
export const CooldownRetimedRecord = z.looseObject({
  ...base('cooldown_retimed'),
  rejectionCooldownUntil: instant.nullable().optional(),
  cancellationCooldownUntil: instant.nullable().optional(),
});
export const SupportContactedRecord = z.looseObject({ ...base('support_contacted'), text: z.string().optional(), actor });
export const MemoSentRecord = z.looseObject({ ...base('memo_sent'), from: z.enum(['seller', 'buyer']), text: z.string().optional(), piiWarning, actor });
/**
 * An action the service refused (real services log refused calls): what was submitted, by whom,
 * and the refusal it answered. The audit asks the rules the same and expects the same refusal.
 */
export const ActionRefusedRecord = z.looseObject({
  ...base('action_refused'),
  action: z.enum(ACTIONS).describe('the action submitted'),
  code: z.enum(REFUSAL_CODES).describe('the refusal code the service answered'),
  support: z.string().nullable().optional().describe('R3: the support desk the refusal pointed to (null: none; absent: not recorded)'),
  until: instant.optional().describe('COOLDOWN_ACTIVE: the end of the cooldown the refusal named'),
  to: z.enum(LIFECYCLE_STATUSES as [string, ...string[]]).optional().describe('advance_claim: the status asked for'),
  from: z.enum(['seller', 'buyer']).optional().describe('send_memo: the party it was sent as'),
  message: z.string().optional().describe('request_withdrawal, re_request_withdrawal: the message submitted'),
  reason: z.string().optional().describe('reject_withdrawal: the reason submitted'),
  category: z.string().optional().describe('reject_withdrawal: the category chosen'),
  text: z.string().optional().describe('send_memo, contact_support: the text submitted'),
  actor,
});

/** The optional first record: the format, and the policy and period the log covers. */
export const HeaderRecord = z.looseObject({
  type: z.literal('header'),
  format: z.literal('claimsim-claim-log'),
  version: z.literal(1),
  policy: z.record(z.string(), z.unknown()).optional().describe('the policy in force (docs/rules.md keys, with changes:); --policy overrides it'),
  from: instant.optional().describe('the first instant the log covers'),
  until: instant.optional().describe('the last instant the log covers: timers due by then must show'),
});

/** A field of a kind the event catalogue logs from its fields (engine/events), by its codec. */
function codecSchema(codec: AnyFieldCodec): z.ZodType {
  if (typeof codec !== 'string') return z.enum(codec as [string, ...string[]]);
  switch (codec) {
    case 'id':
      return id;
    case 'text':
      return z.string();
    case 'instant':
      return instant;
    case 'instantOrNull':
      return instant.nullable();
    case 'day':
      return date;
    case 'count':
      return count;
    case 'flag':
      return z.boolean();
    default: {
      const unreachable: never = codec;
      throw new Error(`unknown codec ${String(unreachable)}`);
    }
  }
}
type CatalogueRecordSchema<T extends string> = z.ZodObject<{ type: z.ZodLiteral<T>; claim: z.ZodString; at: z.ZodString }, z.core.$loose>;
/** The records of the kinds the event catalogue logs from their fields (notices of the clock's): type, claim, at and the fields. */
const CATALOGUE_RECORDS = Object.fromEntries(
  CATALOGUE_LOGGED.map(({ record, fields }) => [record, z.looseObject({ ...base(record), ...Object.fromEntries(Object.entries(fields).map(([k, c]) => [k, codecSchema(c)])) })]),
) as unknown as { readonly [T in CatalogueRecordType]: CatalogueRecordSchema<T> };
/** Their record types. */
export const CATALOGUE_RECORD_TYPES: ReadonlySet<string> = new Set(CATALOGUE_LOGGED.map((c) => c.record));

/** Every claim record type, by its `type`. */
export const CLAIM_RECORDS = {
  claim_opened: ClaimOpenedRecord,
  status_changed: StatusChangedRecord,
  withdrawal_requested: WithdrawalRequestedRecord,
  withdrawal_rerequested: WithdrawalReRequestedRecord,
  withdrawal_accepted: WithdrawalAcceptedRecord,
  withdrawal_rejected: WithdrawalRejectedRecord,
  withdrawal_timed_out: WithdrawalTimedOutRecord,
  withdrawal_lapsed: WithdrawalLapsedRecord,
  withdrawal_cancelled: WithdrawalCancelledRecord,
  buyer_reminded: BuyerRemindedRecord,
  deadline_retimed: DeadlineRetimedRecord,
  cooldown_retimed: CooldownRetimedRecord,
  support_contacted: SupportContactedRecord,
  memo_sent: MemoSentRecord,
  action_refused: ActionRefusedRecord,
  ...CATALOGUE_RECORDS,
} as const;
export type RecordType = keyof typeof CLAIM_RECORDS;
// Every record type the event catalogue names has a schema here (a kind with `log: 'own'` needs one written above).
type Unrecorded = Exclude<CatalogueRecordTypes, RecordType>;
const _everyKindRecorded: [Unrecorded] extends [never] ? true : Unrecorded = true;
void _everyKindRecorded;
export const RECORD_TYPES = Object.keys(CLAIM_RECORDS) as RecordType[];

export const LogLineSchema = z.discriminatedUnion('type', [HeaderRecord, ...Object.values(CLAIM_RECORDS)]);
export type LogLine = z.infer<typeof LogLineSchema>;
export type Header = z.infer<typeof HeaderRecord>;
export type LogRecord = Exclude<LogLine, Header>;

/** Records the clock writes (timers), which `--tolerance` lets come late; the others record an action or its consequence. */
export function isTimerRecord(r: LogRecord): boolean {
  switch (r.type) {
    case 'withdrawal_timed_out':
    case 'buyer_reminded':
    case 'deadline_retimed':
    case 'cooldown_retimed':
      return true;
    case 'withdrawal_lapsed':
      return r.cause === 'timeout';
    default:
      // A kind logged from its catalogue fields is a notice of the clock's.
      return CATALOGUE_RECORD_TYPES.has(r.type);
  }
}

export function isRecordType(t: string): t is RecordType {
  return Object.hasOwn(CLAIM_RECORDS, t);
}
