import type { AuditResult } from '../AuditResult.js';
import type { AllowEntry, AllowList, AllowedAudit, AllowedClaim } from './AllowList.js';
import { claimPatternMatches } from './claimPattern.js';

/**
 * Applies an --allow list to an audit's result on day `today` (YYYY-MM-DD): an entry is in
 * force through its `expires` day, and past it only warned about. A violating claim is allowed
 * when every one of its violations matches an entry in force (the rule, and the claim id by
 * the entry's pattern): it leaves the violating claims, their count and the violations by rule,
 * and is listed under `allowed` with the entries that accept it. An entry in force that matches
 * no violation is unused. Only the listed violating claims (up to the result's limit) can be
 * allowed; the others stay violating.
 */
export function applyAllowList(result: AuditResult, list: AllowList, today: string): AllowedAudit {
  const expired = list.entries.filter((e) => e.expires < today);
  const inForce = list.entries.filter((e) => e.expires >= today);
  const used = new Set<number>();
  const claims: AllowedClaim[] = [];
  const violating = result.violating.filter((c) => {
    const matches = c.violations.map((v) => inForce.filter((e) => e.rule === v.rule && claimPatternMatches(e.claims, c.claim)));
    for (const m of matches) for (const e of m) used.add(e.entry);
    if (matches.some((m) => m.length === 0)) return true;
    const by = new Map<number, AllowEntry>();
    for (const m of matches) for (const e of m) by.set(e.entry, e);
    const allowedBy = [...by.values()].sort((a, b) => a.entry - b.entry).map((e) => ({ entry: e.entry, rule: e.rule, reason: e.reason, expires: e.expires }));
    claims.push({ ...c, allowedBy });
    return false;
  });
  const byRule = new Map(Object.entries(result.violationsByRule));
  for (const c of claims) {
    for (const rule of new Set(c.violations.map((v) => v.rule))) {
      const n = (byRule.get(rule) ?? 0) - 1;
      if (n > 0) byRule.set(rule, n);
      else byRule.delete(rule);
    }
  }
  return {
    ...result,
    verdicts: { ...result.verdicts, violates: result.verdicts.violates - claims.length },
    violationsByRule: Object.fromEntries([...byRule].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))),
    violating,
    allowed: { file: list.file, today, claims, expired, unused: inForce.filter((e) => !used.has(e.entry)) },
  };
}
