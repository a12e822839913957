import { readFileSync, writeFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { CLAIM_LOG_SCHEMA_FILE, claimLogJsonSchema } from '../../claimlog/claimLogJsonSchema.js';

// Regenerate after changing claimlog/LogRecord.ts: CLAIMSIM_WRITE_SCHEMA=1 npx vitest run test/claimlog/claimLogSchema.test.ts
describe('schemas/claim-log.schema.json', () => {
  const generated = claimLogJsonSchema();
  if (process.env['CLAIMSIM_WRITE_SCHEMA'] === '1') writeFileSync(CLAIM_LOG_SCHEMA_FILE, generated);

  it('is the JSON Schema the zod source gives (up to date)', () => {
    expect(readFileSync(CLAIM_LOG_SCHEMA_FILE, 'utf8')).toBe(generated);
  });

  it('accepts every line of a log claimsim writes and refuses a record with a wrong type', () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(generated) as object);
    const lines = readFileSync('examples/logs/rerequest-inside-cooldown.ndjson', 'utf8').trim().split('\n');
    for (const line of lines) expect(validate(JSON.parse(line)), line).toBe(true);
    expect(validate({ type: 'status_changed', claim: 'C1', at: '2024-08-01T09:00+09:00', to: 42 })).toBe(false);
    expect(validate({ type: 'withdrawal_accepted', claim: 'C1', at: '2024-08-01T09:00' })).toBe(false);
  });
});
