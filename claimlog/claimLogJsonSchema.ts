import { z } from 'zod';
import { LogLineSchema } from './LogRecord.js';

/** Where the claim log's JSON Schema is checked in. */
export const CLAIM_LOG_SCHEMA_FILE = 'schemas/claim-log.schema.json';

/**
 * The JSON Schema of one line of a claim log (a record or the header), generated from the zod
 * schema the audit reads with. What JSON Schema cannot say (a real date, a known zone, the
 * header's policy) the audit still judges, naming the line.
 */
export function claimLogJsonSchema(): string {
  const schema = z.toJSONSchema(LogLineSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'claimsim claim log, format v1: one line (docs/claim-log.md)' }, null, 2)}\n`;
}
