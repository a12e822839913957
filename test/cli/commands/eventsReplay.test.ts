import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type ClaimEvent, DEFAULT_POLICY, checkReplay, createInvariantChecker, replay, viewOf } from '../../../engine/index.js';
import { recountBoard } from '../../engine/support/recountBoard.js';
import { tempDirs } from '../../tempDirs.js';
import { runInProcess } from '../runInProcess.js';

const temp = tempDirs('claimsim-events-');
afterAll(temp.remove);

describe('I10 across the edge: the NDJSON event log of claimsim simulate', () => {
  it('replays into a state whose outcomes are the summary’s, and a second reading of it finds no violation', async () => {
    const dir = temp.make();
    const events = join(dir, 'events.ndjson');
    const r = await runInProcess(['simulate', '--population', 'generators/populations/small.yaml', '--claims', '400', '--quiet', '--out', dir, '--events', events]);
    expect(r.status).toBe(0);
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'));
    const log = readFileSync(events, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as ClaimEvent);
    expect(log.length).toBe(summary.events);

    const state = replay(log);
    expect(state.claims.size).toBe(400);
    const claims = [...state.claims.values()];
    expect(claims.filter((c) => c.outcome === 'accepted').length).toBe(summary.outcomes.withdrawnByAcceptance);
    expect(claims.filter((c) => c.outcome === 'timeout').length).toBe(summary.outcomes.withdrawnByTimeout);
    expect(claims.filter((c) => c.withdrawal === 'on_hold').length).toBe(summary.outcomes.onHoldAtEnd);

    // The whole log, read back from disk, through the independent checker and the replay check.
    // A decision's events share their instant and claim (an advance and the lapse it causes):
    // the file keeps no decision boundaries, so they are regrouped that way.
    const checker = createInvariantChecker(DEFAULT_POLICY);
    let batch: ClaimEvent[] = [];
    const claimOf = (e: ClaimEvent): string => ('claim' in e ? e.claim : e.order);
    for (const e of log) {
      if (batch.length > 0 && (batch[0]!.at !== e.at || claimOf(batch[0]!) !== claimOf(e))) {
        checker.observe(batch);
        batch = [];
      }
      batch.push(e);
    }
    checker.observe(batch);
    checker.checkViews(viewOf(state), log.at(-1)!.at);
    expect(checker.violations).toEqual([]);
    expect(checkReplay(log, replay(log))).toEqual([]);
    expect(Object.fromEntries(state.board)).toEqual(Object.fromEntries(Object.entries(recountBoard(viewOf(state))).filter(([, n]) => n > 0)));
  });
});
