import { z } from 'zod';
import { RECORD_TYPES } from '../LogRecord.js';

/** Fields of a claim-log record that hold an instant: a CSV cell is read with the map's `time`. */
export const CSV_INSTANT_FIELDS = ['at', 'receivedAt', 'cooldownUntil', 'rejectionCooldownUntil', 'cancellationCooldownUntil'] as const;

/** Every field a column may fill (docs/claim-log.md, the records). */
export const CSV_FIELDS = [
  'type', 'claim', 'at', 'order', 'seller', 'buyer', 'claimType', 'status', 'receivedAt', 'from', 'to', 'message',
  'deadline', 'actor', 'reason', 'category', 'cooldownUntil', 'cause', 'rejectionCooldownUntil', 'cancellationCooldownUntil', 'text',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

const columnName = z.string().min(1, 'a column name (the text of the export\'s header row)');

/**
 * The mapping of a CSV export onto the claim log (docs/claim-log.md, CSV exports): which column
 * is which record field, how the export names each record type, and how its times are written.
 */
export const CsvMapSchema = z.strictObject({
  columns: z
    .strictObject(Object.fromEntries(CSV_FIELDS.map((f) => [f, f === 'type' || f === 'claim' || f === 'at' ? columnName : columnName.optional()])))
    .describe('record field: the header of the column that holds it'),
  types: z
    .record(z.string().min(1), z.enum(RECORD_TYPES as [string, ...string[]], `a record type: ${RECORD_TYPES.join(', ')}`))
    .optional()
    .describe('value in the type column: the record type it is (a value not listed must be the record type itself)'),
  time: z.enum(['iso', 'local'], 'iso (2024-08-11T00:00+09:00) or local (2024-08-11 00:00, in zone:)'),
  zone: z.string().optional().describe('the IANA zone of local times, such as Asia/Tokyo'),
  delimiter: z.string().length(1, 'one character, such as "," or ";"').optional(),
});
/** A checked mapping (`zone` is set when `time` is local). */
export interface CsvMap {
  readonly columns: Readonly<Partial<Record<CsvField, string>>> & { readonly type: string; readonly claim: string; readonly at: string };
  readonly types: Readonly<Record<string, string>>;
  readonly time: 'iso' | 'local';
  readonly zone: string;
  readonly delimiter: string;
}
