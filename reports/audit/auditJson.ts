import type { AuditResult } from '../../claimlog/AuditResult.js';
import { stableStringify } from '../stableStringify.js';

/** audit.json: the result with sorted keys, the same bytes for the same logs and options. */
export function auditJson(r: AuditResult): string {
  return stableStringify(r);
}
