import type { AllowedAudit } from '../../claimlog/allow/AllowList.js';
import { xmlText } from '../run/xmlText.js';
import { auditedChecks } from './auditedRules.js';
import { placeText } from './auditText.js';

/** How many violations (or unreadable lines) one testcase lists; the rest are counted. */
export const JUNIT_LISTED = 50;

/**
 * audit.junit.xml: one testsuite, one testcase per rule or invariant the audit checks, failing
 * with the violations of it (claim, log line, message; the first `JUNIT_LISTED`, then how many
 * more), and one for the lines that could not be read when there are any. No timings: the same
 * logs and options give the same bytes.
 */
export function auditJunit(r: AllowedAudit): string {
  const checks = auditedChecks(Object.keys(r.violationsByRule));
  const cases: string[] = [];
  let failures = 0;
  for (const rule of checks) {
    const found = r.violating.flatMap((c) => c.violations.filter((v) => v.rule === rule).map((v) => ({ claim: c.claim, ...v })));
    const claims = r.violationsByRule[rule] ?? 0;
    const open = `    <testcase classname="claimsim audit" name="${xmlText(rule)}"`;
    if (claims === 0) {
      cases.push(`${open}/>`);
      continue;
    }
    failures++;
    const listed = found.slice(0, JUNIT_LISTED).map((v) => `${v.claim} (${placeText(v.file, v.line)}): ${v.message}`);
    const more = found.length - listed.length + (claims - new Set(found.map((v) => v.claim)).size);
    if (more > 0) listed.push(`… ${more} more (${claims} claim${claims === 1 ? '' : 's'} in all; audit.json lists up to ${r.limits.listed} violating claims)`);
    const first = found[0];
    const message = `${claims} claim${claims === 1 ? '' : 's'} violate${claims === 1 ? 's' : ''} ${rule}${first ? `; first: ${first.claim} (${placeText(first.file, first.line)})` : ''}`;
    cases.push(`${open}>`, `      <failure message="${xmlText(message)}" type="AuditViolation">${xmlText(listed.join('\n'), false)}</failure>`, '    </testcase>');
  }
  if (r.skippedLines > 0) {
    failures++;
    const listed = r.skipped.slice(0, JUNIT_LISTED).map((s) => `${s.file}:${s.line}: ${s.problem}`);
    if (r.skippedLines > listed.length) listed.push(`… ${r.skippedLines - listed.length} more`);
    cases.push(
      '    <testcase classname="claimsim audit" name="unreadable lines">',
      `      <error message="${xmlText(`${r.skippedLines} line${r.skippedLines === 1 ? '' : 's'} could not be read`)}" type="UnreadableLine">${xmlText(listed.join('\n'), false)}</error>`,
      '    </testcase>',
    );
  }
  // An accepted deviation is a skipped case, with the reason: seen in CI, not a failure.
  const allowed = r.allowed?.claims ?? [];
  for (const c of allowed) {
    const rules = [...new Set(c.violations.map((v) => v.rule))].join(', ');
    const why = `accepted by ${r.allowed!.file}: ${c.allowedBy.map((e) => `${e.reason} (entry ${e.entry}, expires ${e.expires})`).join('; ')}`;
    cases.push(
      `    <testcase classname="claimsim audit allowed" name="${xmlText(`${c.claim} ${rules}`)}">`,
      `      <skipped message="${xmlText(why)}">${xmlText(c.violations.map((v) => `${placeText(v.file, v.line)}: ${v.message}`).join('\n'), false)}</skipped>`,
      '    </testcase>',
    );
  }
  const tests = checks.length + (r.skippedLines > 0 ? 1 : 0) + allowed.length;
  const errors = r.skippedLines > 0 ? 1 : 0;
  const ruleFailures = failures - errors;
  const name = xmlText(r.logs.join(' '));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="claimsim audit" tests="${tests}" failures="${ruleFailures}" errors="${errors}">`,
    `  <testsuite name="${name}" tests="${tests}" failures="${ruleFailures}" errors="${errors}" skipped="${allowed.length}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
