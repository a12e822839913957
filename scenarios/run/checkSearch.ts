import { type Calendar, type Engine, claimListRow, queryClaims } from '../../engine/index.js';
import type { SearchExpectation } from '../Scenario.js';
import { mismatch, show } from './describe.js';

/** Extension (R19): the claim list search finds exactly `found`, and its rows carry the columns written. */
export function checkSearch(engine: Engine, exp: SearchExpectation, calendar: Calendar): string[] {
  const state = engine.view;
  const hits = queryClaims(state, {
    ...(exp.type ? { type: exp.type } : {}),
    ...(exp.status ? { status: exp.status } : {}),
    ...(exp.withdrawal ? { withdrawal: exp.withdrawal } : {}),
    ...(exp.period ? { period: exp.period } : {}),
  });
  const out: string[] = [];
  const ids = hits.map((c) => c.id).sort();
  if (exp.found) {
    const want = [...exp.found].sort();
    if (show(want) !== show(ids)) out.push(`search.found: expected ${show(want)}, got ${show(ids)}`);
  }
  for (const [id, columns] of Object.entries(exp.rows ?? {})) {
    const claim = hits.find((c) => c.id === id);
    if (!claim) {
      out.push(`search.rows.${id}: expected a row, got none (the search did not find ${id})`);
      continue;
    }
    const row = claimListRow(state, claim, calendar);
    for (const [key, value] of Object.entries(columns)) out.push(...mismatch(`search.rows.${id}.${key}`, value, row[key as keyof typeof row]));
  }
  return out;
}
