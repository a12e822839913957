import type { AllowedAudit } from '../../claimlog/allow/AllowList.js';
import { count } from '../render/format.js';
import { allowReasons, allowSummary } from './auditAllowed.js';
import { counted, findingsText, placeText, policySourceText, toleranceText } from './auditText.js';

/** How many violating claims the summary on the terminal shows. */
export const PRETTY_CLAIMS = 5;

/** The audit's summary for a terminal: what was read, the verdicts, violations by rule, the first violating claims. */
export function auditPretty(r: AllowedAudit): string {
  const w = Math.max(...Object.values(r.verdicts).map((n) => count(n).length));
  const lines = [
    ...(r.interrupted ? [`INTERRUPTED (${r.interrupted.signal}) after ${count(r.interrupted.afterLines)} lines: partial, the claims judged on the lines read so far, as if the log ended there`] : []),
    `audit: ${r.logs.length === 1 ? r.logs[0] : `${r.logs.length} logs`}: ${counted(r.records, 'record')}, ${counted(r.claims, 'claim')}${r.period.from && r.period.until ? `, ${r.period.from} → ${r.period.until}` : ''}`,
    `policy: ${policySourceText(r)} · tolerance ${toleranceText(r.toleranceMs)}${r.toleranceUsed ? ` (used by ${counted(r.toleranceUsed, 'timer record')})` : ''}`,
    `  conforms  ${count(r.verdicts.conforms).padStart(w)}${r.openAtEnd ? `  (${count(r.openAtEnd)} still open at the log's end, judged on what it covers)` : ''}`,
    `  violates  ${count(r.verdicts.violates).padStart(w)}`,
    ...(r.allowed ? [`  allowed   ${count(r.allowed.claims.length).padStart(w)}  (${allowSummary(r.allowed)})`] : []),
    `  unknown   ${count(r.verdicts.unknown).padStart(w)}`,
    ...(Object.keys(r.violationsByRule).length ? [`violations by rule: ${Object.entries(r.violationsByRule).map(([rule, n]) => `${rule} ${count(n)}`).join(', ')}`] : []),
    `findings: ${findingsText(r)}`,
    ...r.violating.slice(0, PRETTY_CLAIMS).map((v) => `  ${v.claim} (${placeText(v.file, v.line)}): ${v.message}`),
    ...(r.verdicts.violates > PRETTY_CLAIMS ? [`  … and ${counted(r.verdicts.violates - PRETTY_CLAIMS, 'more violating claim')}`] : []),
    ...(r.allowed?.claims.slice(0, PRETTY_CLAIMS).map((a) => `  allowed: ${a.claim} (${placeText(a.file, a.line)}): ${a.rule}: ${allowReasons(a.allowedBy)}`) ?? []),
  ];
  return `${lines.join('\n')}\n`;
}
