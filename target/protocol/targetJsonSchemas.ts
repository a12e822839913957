import { z } from 'zod';
import { MESSAGE_SCHEMAS } from './messages.js';

/** schemas/target/NAME.schema.json for every message, generated from the zod schemas (text with a stable key order). */
export function targetJsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, [schema, title]] of Object.entries(MESSAGE_SCHEMAS)) {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
    out[`${name}.schema.json`] = `${JSON.stringify({ ...json, title }, null, 2)}\n`;
  }
  return out;
}
