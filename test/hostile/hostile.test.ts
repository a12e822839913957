import { rmSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { hostileCaseArb } from './hostileCase.js';
import { type Workspace, makeWorkspace, tryHostile } from './tryHostile.js';

let ws: Workspace;
beforeAll(async () => {
  ws = await makeWorkspace();
});
afterAll(() => rmSync(ws.dir, { recursive: true, force: true }));

describe('hostile input (issue 13): the fast version; npm run hostile tries many more', () => {
  it('garbage, truncations, type swaps, extreme numbers and YAML tricks on every input file and option: exit 2 and one line, never a crash, a hang or a file outside --out', async () => {
    await fc.assert(
      fc.asyncProperty(hostileCaseArb, async (c) => {
        const problem = await tryHostile(ws, c);
        if (problem !== null) throw new Error(problem);
      }),
      { seed: 20261128, numRuns: 40, endOnFailure: true },
    );
  });
});
