import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OpenClaim } from '../../claimlog/HeldClaim.js';
import { idlestClaims } from '../../claimlog/idlestClaims.js';

const claim = (id: string, lastAt: number, closed: boolean): OpenClaim => ({ id, records: [], unknownReason: null, unreadable: null, lastAt, closedAt: closed ? lastAt : null });

describe('idlestClaims', () => {
  it('is the first n of every open claim sorted by last instant (ties in the map order), as a full sort gives', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(Number.NEGATIVE_INFINITY, 0, 1, 2, 5, 9), fc.boolean()), { maxLength: 60 }), fc.integer({ min: -2, max: 70 }), (rows, n) => {
        const claims = new Map(rows.map(([at, closed], i) => [`C${i}`, claim(`C${i}`, at, closed)]));
        const full = [...claims.values()].filter((c) => c.closedAt === null).sort((a, b) => a.lastAt - b.lastAt);
        expect(idlestClaims(claims, n).map((c) => c.id)).toEqual(full.slice(0, Math.max(0, n)).map((c) => c.id));
      }),
    );
  });

  it('ties at the n-th instant are taken in the map order', () => {
    const claims = new Map([claim('a', 5, false), claim('b', 3, false), claim('c', 5, false), claim('d', 3, true), claim('e', 5, false)].map((c) => [c.id, c]));
    expect(idlestClaims(claims, 3).map((c) => c.id)).toEqual(['b', 'a', 'c']);
  });
});
