import { join } from 'node:path';
import type { AllowedAudit } from '../../../claimlog/allow/AllowList.js';
import { auditHtml } from '../../../reports/audit/auditHtml.js';
import { auditJson } from '../../../reports/audit/auditJson.js';
import { auditJunit } from '../../../reports/audit/auditJunit.js';
import { auditMarkdown } from '../../../reports/audit/auditMarkdown.js';
import { writeOutputFile } from '../../io/writeOutputFile.js';

/** The audit's reports into `out`: audit.json, audit.md, audit.junit.xml, audit.html (what `audit --out` and `report` of audit parts write alike). */
export async function writeAuditReports(out: string, result: AllowedAudit): Promise<void> {
  writeOutputFile(join(out, 'audit.json'), auditJson(result));
  writeOutputFile(join(out, 'audit.md'), auditMarkdown(result));
  writeOutputFile(join(out, 'audit.junit.xml'), auditJunit(result));
  writeOutputFile(join(out, 'audit.html'), await auditHtml(result));
}
