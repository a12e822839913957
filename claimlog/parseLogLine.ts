import { type Header, HeaderRecord, CLAIM_RECORDS, type LogRecord, isRecordType } from './LogRecord.js';
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

const INSTANT_KEYS = ['at', 'receivedAt', 'cooldownUntil', 'rejectionCooldownUntil', 'cancellationCooldownUntil'] as const;
const HEADER_INSTANT_KEYS = ['from', 'until'] as const;

/** Reads one line: a record, the header, an unknown record type (counted, never fatal), or why it cannot be read. */
export function parseLogLine(text: string): ParsedLine {
  if (text.trim() === '') return { kind: 'blank' };
  if (text.length > MAX_LINE_CHARS) return { kind: 'problem', problem: `the line is ${text.length.toLocaleString('en-US')} characters long, over the ${MAX_LINE_CHARS.toLocaleString('en-US')} a record may have (one record a line)` };
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
  if (type === 'header') return { kind: 'header', header: parsed.data as Header };
  const record = parsed.data as LogRecord;
  return { kind: 'record', record, at: parseIsoInstant(record.at)! };
}
