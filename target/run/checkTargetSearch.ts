import type { Calendar } from '../../engine/index.js';
import type { SearchExpectation } from '../../scenarios/index.js';
import { mismatch, show } from '../../scenarios/run/describe.js';
import type { Answer, MessagePlace, TargetClient } from '../adapter/TargetClient.js';
import { instantToWire } from '../protocol/wire.js';

/** Extension (R19) through the target: its search finds exactly `found`, and its rows carry the columns written (as scenarios/run/checkSearch). */
export async function checkTargetSearch(client: TargetClient, exp: SearchExpectation, _calendar: Calendar, place: Omit<MessagePlace, 'message'>): Promise<Answer<string[]>> {
  const period = exp.period && {
    by: exp.period.by,
    ...(exp.period.from !== undefined ? { from: instantToWire(exp.period.from) } : {}),
    ...(exp.period.to !== undefined ? { to: instantToWire(exp.period.to) } : {}),
  };
  const filter = { ...(exp.type ? { type: exp.type } : {}), ...(exp.status ? { status: exp.status } : {}), ...(exp.withdrawal ? { withdrawal: exp.withdrawal } : {}), ...(period ? { period } : {}) };
  const a = await client.query('search', filter, { ...place, message: 'query search' });
  if (a.kind === 'unknown') return a;
  const { found, rows } = a.reply.search ?? { found: [], rows: {} };
  const out: string[] = [];
  const ids = [...found].sort();
  if (exp.found) {
    const want = [...exp.found].sort();
    if (show(want) !== show(ids)) out.push(`search.found: expected ${show(want)}, got ${show(ids)}`);
  }
  for (const [id, columns] of Object.entries(exp.rows ?? {})) {
    const row = found.includes(id) ? rows[id] : undefined;
    if (!row) {
      out.push(`search.rows.${id}: expected a row, got none (the search did not find ${id})`);
      continue;
    }
    for (const [key, value] of Object.entries(columns)) out.push(...mismatch(`search.rows.${id}.${key}`, value, row[key]));
  }
  return { kind: 'reply', reply: out };
}
