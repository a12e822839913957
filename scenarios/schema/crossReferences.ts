import type { z } from 'zod';
import { type ClaimType, STATUSES_BY_TYPE, checkPolicy, typeOfStatus } from '../../engine/index.js';
import { isUnknownKey } from '../../input/isUnknownKey.js';
import type { ScenarioInput } from './scenarioShape.js';
import type { StateExpectationInput } from './checkSchema.js';

type Path = (string | number)[];

/**
 * What the shape alone cannot see: ids used but defined nowhere, duplicate ids, statuses of
 * another claim type, policy values out of range, and steps that do too much or nothing.
 */
export function crossReferences(s: ScenarioInput, ctx: z.RefinementCtx): void {
  const issue = (path: Path, message: string, atKey = false, bare = false): void =>
    ctx.addIssue({ code: 'custom', path, message, params: { atKey, bare } });

  if (s.policy !== undefined && typeof s.policy !== 'string') {
    const r = checkPolicy(s.policy);
    if (!r.ok) for (const p of r.problems) issue(['policy', ...(p.path ?? (p.key ? [p.key] : []))], p.message, isUnknownKey(p.message), true);
  }

  const orders = new Set<string>();
  const actors = new Set<string>();
  const sellers = new Set<string>();
  const buyers = new Set<string>();
  const claimType = new Map<string, ClaimType>();
  const unique = (seen: Set<string>, id: string, path: Path, what: string): void => {
    if (seen.has(id)) issue(path, `${what} "${id}" is defined twice (give each ${what} its own id)`);
    seen.add(id);
  };
  const sellerSeen = new Set<string>(), buyerSeen = new Set<string>();
  s.sellers?.forEach((p, i) => {
    unique(sellerSeen, p.id, ['sellers', i, 'id'], 'seller');
    sellers.add(p.id);
    actors.add(p.id);
  });
  s.buyers?.forEach((p, i) => {
    unique(buyerSeen, p.id, ['buyers', i, 'id'], 'buyer');
    buyers.add(p.id);
    actors.add(p.id);
  });
  const addOrder = (id: string, seller: string, buyer: string): void => {
    orders.add(id);
    sellers.add(seller);
    buyers.add(buyer);
    actors.add(seller).add(buyer);
  };
  s.orders?.forEach((o, i) => {
    unique(orders, o.id, ['orders', i, 'id'], 'order');
    addOrder(o.id, o.seller, o.buyer);
  });
  for (const st of s.steps) if (st.do === 'place_order') addOrder(st.order, st.seller, st.buyer);

  const claimSeen = new Set<string>();
  s.claims?.forEach((c, i) => {
    unique(claimSeen, c.id, ['claims', i, 'id'], 'claim');
    claimType.set(c.id, c.type);
    if (c.status !== undefined) statusOfType(c.status, c.type, ['claims', i, 'status']);
  });
  s.steps.forEach((st, i) => {
    if (st.do === 'open_claim' && !claimType.has(st.claim)) claimType.set(st.claim, st.type);
    if (st.do === 'open_claim' && st.status !== undefined) statusOfType(st.status, st.type, ['steps', i, 'status']);
  });

  function statusOfType(status: string, type: ClaimType, path: Path): void {
    const of = typeOfStatus(status);
    if (of !== type) issue(path, `status ${status} belongs to ${of ?? 'no'} claims, not to ${article(type)} claim (use one of: ${STATUSES_BY_TYPE[type].join(', ')})`);
  }
  const known = (set: ReadonlySet<string> | ReadonlyMap<string, unknown>, id: string, path: Path, what: string, where: string): void => {
    if (!set.has(id)) issue(path, `${what} "${id}" is defined nowhere in this file (${where})`);
  };
  const claimWhere = 'define it under claims: or open it with an open_claim step';
  s.claims?.forEach((c, i) => known(orders, c.order, ['claims', i, 'order'], 'order', 'define it under orders:'));

  const expectations = (e: StateExpectationInput, path: Path): void => {
    for (const [id, exp] of Object.entries(e.claims ?? {})) {
      known(claimType, id, [...path, 'claims', id], 'claim', claimWhere);
      const type = claimType.get(id);
      if (type && exp.status !== undefined && exp.status !== 'withdrawn') statusOfType(exp.status, type, [...path, 'claims', id, 'status']);
    }
    for (const id of Object.keys(e.buyers ?? {})) known(buyers, id, [...path, 'buyers', id], 'buyer', 'buyers come from orders: or buyers:');
    for (const id of Object.keys(e.sellers ?? {})) known(sellers, id, [...path, 'sellers', id], 'seller', 'sellers come from orders: or sellers:');
  };

  s.steps.forEach((st, i) => {
    const at: Path = ['steps', i];
    if (st.at !== undefined && st.advance !== undefined) issue([...at, 'advance'], 'a step moves the clock with at: or advance:, not both (keep one)');
    if (st.do === undefined) {
      if (st.check === undefined && st.at === undefined && st.advance === undefined) issue(at, 'an empty step (give it at:/advance:, do: or check:)');
      if (st.check) {
        expectations(st.check, [...at, 'check']);
        for (const kind of ['eventually', 'never', 'always'] as const) {
          const t = st.check[kind];
          if (!t) continue;
          expectations(t, [...at, 'check', kind]);
          if (kind === 'eventually' && t.within === undefined) issue([...at, 'check', kind], 'eventually needs within: { days: N } (the interval it must happen in)');
        }
        const search = st.check.search;
        if (search?.orderDate && search.claimDate) issue([...at, 'check', 'search', 'claimDate'], 'search by one period, orderDate or claimDate (split it into two checks)');
        search?.found?.forEach((id, j) => known(claimType, id, [...at, 'check', 'search', 'found', j], 'claim', claimWhere));
        for (const id of Object.keys(search?.rows ?? {})) known(claimType, id, [...at, 'check', 'search', 'rows', id], 'claim', claimWhere);
      }
      return;
    }
    if (st.as !== undefined) known(actors, st.as, [...at, 'as'], 'actor', 'actors are the sellers and buyers of orders:, sellers: and buyers:');
    if (st.do === 'place_order') return;
    known(claimType, st.claim, [...at, 'claim'], 'claim', claimWhere);
    if (st.do === 'open_claim') known(orders, st.order, [...at, 'order'], 'order', 'define it under orders: or with a place_order step');
  });
}

const article = (word: string): string => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);
