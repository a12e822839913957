import type { AllowedAudit } from '../../claimlog/allow/AllowList.js';
import { allowEntryText, allowReasons, allowSummary } from './auditAllowed.js';
import { count } from '../render/format.js';
import { findingsText, placeText, policySourceText, toleranceText } from './auditText.js';

/** How many claims each Markdown table lists (audit.json lists more). */
export const MARKDOWN_ROWS = 100;

/** A table cell: pipes and line breaks would break the table. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/** The audit as Markdown (audit.md): the counts, violations by rule, the violating and unknown claims, the findings. */
export function auditMarkdown(r: AllowedAudit): string {
  const out = [
    '# Claim-log audit',
    '',
    ...(r.interrupted ? [`**Partial: interrupted (${r.interrupted.signal}) after ${count(r.interrupted.afterLines)} lines.** The claims are judged on the lines read so far, as if the log ended there.`, ''] : []),
    `Logs: ${r.logs.map((l) => `\`${l}\``).join(', ')}. Policy: ${policySourceText(r)}. Tolerance: ${toleranceText(r.toleranceMs)}.`,
    ...(r.period.from && r.period.until ? ['', `Period: ${r.period.from} → ${r.period.until}.`] : []),
    '',
    '| | claims |',
    '|---|---:|',
    `| read | ${count(r.claims)} (${count(r.records)} records, ${count(r.lines)} lines) |`,
    `| conforms | ${count(r.verdicts.conforms)} |`,
    `| violates | ${count(r.verdicts.violates)} |`,
    ...(r.allowed ? [`| allowed (violating, accepted by --allow) | ${count(r.allowed.claims.length)} |`] : []),
    `| unknown | ${count(r.verdicts.unknown)} |`,
    `| open at the log's end | ${count(r.openAtEnd)} |`,
    '',
    `Timer records within the tolerance: ${count(r.toleranceUsed)}. Findings: ${findingsText(r)}.`,
  ];
  if (Object.keys(r.violationsByRule).length) {
    out.push('', '## Violations by rule', '', '| rule | claims |', '|---|---:|', ...Object.entries(r.violationsByRule).map(([rule, n]) => `| ${rule} | ${count(n)} |`));
  }
  if (r.violating.length) {
    out.push('', '## Violating claims', '', '| claim | rule | where | what |', '|---|---|---|---|');
    out.push(...r.violating.slice(0, MARKDOWN_ROWS).map((v) => `| ${cell(v.claim)} | ${v.rule} | ${cell(placeText(v.file, v.line))} | ${cell(v.message)} |`));
    if (r.verdicts.violates > MARKDOWN_ROWS) out.push('', `… ${count(r.verdicts.violates - MARKDOWN_ROWS)} more in audit.json (which lists up to ${count(r.limits.listed)}).`);
  }
  if (r.allowed) {
    const a = r.allowed;
    out.push('', '## Accepted deviations (--allow)', '', `${allowSummary(a)}.`);
    if (a.claims.length) {
      out.push('', '| claim | rule | where | reason | expires |', '|---|---|---|---|---|');
      out.push(...a.claims.slice(0, MARKDOWN_ROWS).map((c) => `| ${cell(c.claim)} | ${[...new Set(c.violations.map((v) => v.rule))].join(', ')} | ${cell(placeText(c.file, c.line))} | ${cell(allowReasons(c.allowedBy))} | ${[...new Set(c.allowedBy.map((e) => e.expires))].join(', ')} |`));
    }
    if (a.expired.length) out.push('', 'Expired (they allow nothing):', '', ...a.expired.map((e) => `- ${cell(allowEntryText(a, e))}: ${cell(e.reason)}`));
    if (a.unused.length) out.push('', 'Unused (they matched no violation):', '', ...a.unused.map((e) => `- ${cell(allowEntryText(a, e))}: ${cell(e.reason)}`));
  }
  if (r.unknown.length) {
    out.push('', '## Unknown claims', '', '| claim | why the log cannot decide |', '|---|---|', ...r.unknown.slice(0, MARKDOWN_ROWS).map((u) => `| ${cell(u.claim)} | ${cell(u.reason)} |`));
  }
  if (r.findingExamples.length) {
    out.push('', '## Findings about the log', '', '| finding | claim | where | what |', '|---|---|---|---|');
    out.push(...r.findingExamples.slice(0, MARKDOWN_ROWS).map((f) => `| ${f.class} | ${cell(f.claim)} | ${cell(`${f.file}:${f.line}`)} | ${cell(f.message)} |`));
  }
  if (r.skipped.length) {
    out.push('', '## Skipped lines', '', '| where | why |', '|---|---|', ...r.skipped.slice(0, MARKDOWN_ROWS).map((s) => `| ${cell(`${s.file}:${s.line}`)} | ${cell(s.problem)} |`));
  }
  return `${out.join('\n')}\n`;
}
