import type { Report } from '../model/SuiteReport.js';
import { stableStringify } from '../stableStringify.js';

/** Any report as JSON with a stable key order: the machine contract (same report, same bytes). */
export function renderJson(report: Report): string {
  return stableStringify(report);
}
