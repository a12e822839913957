import { CLAIM_STATUSES, CLAIM_TYPES, LIFECYCLE_STATUSES, REFUSAL_CODES } from '../engine/index.js';
import { type AnyFieldCodec, CATALOGUE_LOGGED, type CatalogueRecordType, catalogueLoggedByRecord } from '../engine/events/index.js';
import { ACTIONS, type Header, HeaderRecord, CLAIM_RECORDS, type LogRecord, type RecordType, isRecordType } from './LogRecord.js';
import { parseIsoDate, parseIsoInstant } from './parseIsoInstant.js';

/** The longest line read as a record; a longer one is skipped (a record is well under 1 KiB). */
export const MAX_LINE_CHARS = 1024 * 1024;

/** What one line of a claim log is. */
export type ParsedLine =
  | { readonly kind: 'blank' }
  | { readonly kind: 'header'; readonly header: Header }
  | { readonly kind: 'record'; readonly record: LogRecord; readonly at: number }
  | { readonly kind: 'unknown_type'; readonly type: string }
  /** A line that cannot be read; `claim` when the line names one (that claim cannot be judged whole). */
  | { readonly kind: 'problem'; readonly problem: string; readonly claim?: string };

const BLANK: ParsedLine = { kind: 'blank' };
const INSTANT_KEYS = ['at', 'receivedAt', 'cooldownUntil', 'rejectionCooldownUntil', 'cancellationCooldownUntil', 'delayedFrom', 'until'] as const;
const HEADER_INSTANT_KEYS = ['from', 'until'] as const;

/** Reads one line: a record, the header, an unknown record type (counted, never fatal), or why it cannot be read. */
export function parseLogLine(text: string): ParsedLine {
  // A record starts with "{": the blank test (which copies the line) only for what does not.
  if (text.charCodeAt(0) !== 123 && text.trim() === '') return BLANK;
  if (text.length > MAX_LINE_CHARS) return { kind: 'problem', problem: `the line is over the ${MAX_LINE_CHARS.toLocaleString('en-US')} characters a record may have (one record a line)` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    // A cut-off or broken line may still name its claim: that claim then cannot be judged whole.
    const named = /"claim"\s*:\s*"([^"\\]+)"/.exec(text)?.[1];
    const problem = `invalid JSON (${(err as Error).message}); each line is one JSON record (a cut-off last line is a log still being written)`;
    return named === undefined ? { kind: 'problem', problem } : { kind: 'problem', problem, claim: named };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { kind: 'problem', problem: 'not a JSON object; each line is one record such as {"type": "claim_opened", "claim": …}' };
  const fields = value as Record<string, unknown>;
  const claim = typeof fields['claim'] === 'string' && fields['claim'] !== '' ? fields['claim'] : undefined;
  const withClaim = (problem: string): ParsedLine => (claim === undefined ? { kind: 'problem', problem } : { kind: 'problem', problem, claim });
  const type = fields['type'];
  if (typeof type !== 'string') return withClaim('the record has no "type" (a string such as "claim_opened")');
  if (type !== 'header' && !isRecordType(type)) return { kind: 'unknown_type', type };
  if (type !== 'header') {
    const at = quickRecord(type as RecordType, fields);
    if (at !== null) return { kind: 'record', record: value as LogRecord, at };
  }
  const schema = type === 'header' ? HeaderRecord : CLAIM_RECORDS[type as keyof typeof CLAIM_RECORDS];
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? issue.path.join('.') : 'the record';
    return withClaim(`${type}: ${where}: ${issue.message} (see docs/claim-log.md)`);
  }
  for (const key of type === 'header' ? HEADER_INSTANT_KEYS : INSTANT_KEYS) {
    const v = fields[key];
    if (typeof v === 'string' && parseIsoInstant(v) === null) return withClaim(`${type}: ${key}: ${v} is not a real instant (check the date, time and offset)`);
  }
  if (typeof fields['deadline'] === 'string' && parseIsoDate(fields['deadline']) === null) return withClaim(`${type}: deadline: ${fields['deadline']} is not a real date`);
  const unreal = catalogueUnrealField(type, fields);
  if (unreal !== null) return withClaim(`${type}: ${unreal}`);
  if (type === 'header') return { kind: 'header', header: parsed.data as Header };
  const record = parsed.data as LogRecord;
  readBySchema.add(record);
  return { kind: 'record', record, at: parseIsoInstant(record.at)! };
}

/** Records the schema gave (not the line's own JSON): rare, as `quickRecord` reads every valid record. */
const readBySchema = new WeakSet<LogRecord>();

/** Whether `parseLogLine(text)` gave `record` as `JSON.parse(text)`, so that `text` is the record's own JSON (the audit's spill writes it as it is). */
export function isLineJson(record: LogRecord): boolean {
  return !readBySchema.has(record);
}

/** An instant or a date of a catalogue-logged record's own fields that is not a real one (the schema checks only their form). */
function catalogueUnrealField(type: string, fields: Record<string, unknown>): string | null {
  for (const [k, codec] of Object.entries(catalogueLoggedByRecord(type)?.fields ?? {})) {
    const v = fields[k];
    if (typeof v !== 'string') continue;
    if ((codec === 'instant' || codec === 'instantOrNull') && parseIsoInstant(v) === null) return `${k}: ${v} is not a real instant (check the date, time and offset)`;
    if (codec === 'day' && parseIsoDate(v) === null) return `${k}: ${v} is not a real date`;
  }
  return null;
}

type Check = (v: unknown) => boolean;
const isId: Check = (v) => typeof v === 'string' && v !== '';
const isText: Check = (v) => typeof v === 'string';
const isInstant: Check = (v) => typeof v === 'string' && parseIsoInstant(v) !== null;
const isDate: Check = (v) => typeof v === 'string' && parseIsoDate(v) !== null;
const optional = (c: Check): Check => (v) => v === undefined || c(v);
const orNull = (c: Check): Check => (v) => v === null || c(v);
const oneOf = (values: readonly string[]): Check => {
  const set = new Set(values);
  return (v) => typeof v === 'string' && set.has(v);
};

const isFlag: Check = (v) => typeof v === 'boolean';
const isCount: Check = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
/** R6: the buyer's counter before and after, on the records that move it. */
const COUNTER: readonly (readonly [string, Check])[] = [['buyerPendingBefore', optional(isCount)], ['buyerPending', optional(isCount)]];

/** The check of a field of a kind the event catalogue logs from its fields (engine/events), by its codec. */
const CODEC_CHECKS: Readonly<Record<Exclude<AnyFieldCodec, readonly string[]>, Check>> = { id: isId, text: isText, instant: isInstant, instantOrNull: orNull(isInstant), day: isDate, count: isCount, flag: isFlag };
const codecCheck = (codec: AnyFieldCodec): Check => (typeof codec === 'string' ? CODEC_CHECKS[codec as keyof typeof CODEC_CHECKS] : oneOf(codec));
const CATALOGUE_FIELDS = Object.fromEntries(CATALOGUE_LOGGED.map(({ record, fields }) => [record, Object.entries(fields).map(([k, c]) => [k, codecCheck(c)] as const)])) as unknown as Record<CatalogueRecordType, readonly (readonly [string, Check])[]>;

/** Each record type's fields beyond type, claim and at, as `LogRecord.ts` declares them (test/claimlog/quickRecord.test.ts holds the two equal). */
const FIELDS: Record<RecordType, readonly (readonly [string, Check])[]> = {
  ...CATALOGUE_FIELDS,
  claim_opened: [['order', isId], ['seller', isId], ['buyer', isId], ['claimType', oneOf(CLAIM_TYPES)], ['status', optional(oneOf(LIFECYCLE_STATUSES))], ['receivedAt', optional(isInstant)], ['reportedStatus', optional(oneOf(LIFECYCLE_STATUSES))], ['delayedFrom', optional(isInstant)]],
  status_changed: [['from', optional(oneOf(CLAIM_STATUSES))], ['to', oneOf(LIFECYCLE_STATUSES)]],
  withdrawal_requested: [['message', optional(isText)], ['deadline', optional(isDate)], ['piiWarning', optional(isFlag)], ...COUNTER, ['actor', optional(isId)], ['action', optional(oneOf(ACTIONS))]],
  withdrawal_rerequested: [['message', optional(isText)], ['deadline', optional(isDate)], ['piiWarning', optional(isFlag)], ...COUNTER, ['actor', optional(isId)], ['action', optional(oneOf(ACTIONS))]],
  withdrawal_accepted: [...COUNTER, ['actor', optional(isId)], ['action', optional(oneOf(ACTIONS))]],
  withdrawal_rejected: [['reason', optional(isText)], ['category', optional(isText)], ['chosenCategory', optional(isText)], ['cooldownUntil', optional(orNull(isInstant))], ['piiWarning', optional(isFlag)], ...COUNTER, ['actor', optional(isId)], ['action', optional(oneOf(ACTIONS))]],
  withdrawal_timed_out: [...COUNTER],
  withdrawal_lapsed: [['cause', oneOf(['timeout', 'ineligible_status'])], ...COUNTER],
  withdrawal_cancelled: [['cooldownUntil', optional(orNull(isInstant))], ...COUNTER, ['actor', optional(isId)], ['action', optional(oneOf(ACTIONS))]],
  buyer_reminded: [['deadline', optional(isDate)]],
  deadline_retimed: [['deadline', isDate]],
  cooldown_retimed: [['rejectionCooldownUntil', optional(orNull(isInstant))], ['cancellationCooldownUntil', optional(orNull(isInstant))]],
  support_contacted: [['text', optional(isText)], ['actor', optional(isId)]],
  memo_sent: [['from', oneOf(['seller', 'buyer'])], ['text', optional(isText)], ['piiWarning', optional(isFlag)], ['actor', optional(isId)]],
  action_refused: [
    ['action', oneOf(ACTIONS)],
    ['code', oneOf(REFUSAL_CODES)],
    ['support', optional(orNull(isText))],
    ['until', optional(isInstant)],
    ['to', optional(oneOf(LIFECYCLE_STATUSES))],
    ['from', optional(oneOf(['seller', 'buyer']))],
    ['message', optional(isText)],
    ['reason', optional(isText)],
    ['category', optional(isText)],
    ['text', optional(isText)],
    ['actor', optional(isId)],
  ],
};

/**
 * The hot path: a record that is whole and valid, checked by hand, gives its instant; anything
 * else gives null and is read again by the zod schema, which names the problem. A record this
 * accepts is one the schema and the instant checks accept, and the other way round.
 */
export function quickRecord(type: RecordType, fields: Record<string, unknown>): number | null {
  if (!isId(fields['claim'])) return null;
  const at = typeof fields['at'] === 'string' ? parseIsoInstant(fields['at']) : null;
  if (at === null) return null;
  for (const [key, check] of FIELDS[type]) if (!check(fields[key])) return null;
  // Instants and a deadline the type does not declare (kept, loose) must still be real ones.
  for (let k = 1; k < INSTANT_KEYS.length; k++) {
    const v = fields[INSTANT_KEYS[k]!];
    if (typeof v === 'string' && parseIsoInstant(v) === null) return null;
  }
  const deadline = fields['deadline'];
  if (typeof deadline === 'string' && parseIsoDate(deadline) === null) return null;
  return at;
}
