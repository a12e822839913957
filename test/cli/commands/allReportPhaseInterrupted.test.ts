import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../../tempDirs.js';
import { signalledAfter } from './signalledAfter.js';

const dirs = tempDirs('claimsim-all-report-signal-');
afterAll(dirs.remove);

/** One replication of the default population (some 17,000 rows to list) beside a few scenario files. */
const RUN = ['all', '--replications', '1', '--workers', '1', '--scenarios', 'scenarios/library/answer'];

async function aboutOf(file: string): Promise<{ about: string; rows: number }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return { about: wb.getWorksheet('About')!.getColumn(1).values.join('\n'), rows: wb.getWorksheet('Claims')!.rowCount - 1 };
}

describe('claimsim all, signalled while it writes its reports', () => {
  for (const [signal, status, said] of [
    ['SIGINT', 130, 'interrupted (SIGINT)'],
    ['SIGTERM', 143, 'terminated (SIGTERM)'],
  ] as const) {
    it(`${signal}: exit ${status}, the report and summary complete, the claim list kept so far and marked partial`, async () => {
      const out = dirs.make();
      const r = await signalledAfter([...RUN, '--out', out], 'all: reports start', signal);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.status).toBe(status);
      // Every report is whole: the simulation and the scenarios ran to the end before the signal.
      const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
      expect(report.partial).toBeUndefined();
      expect(report.simulation.seeds).toEqual([20240401]);
      expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).claims).toBe(report.claimList.claims);
      expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('</html>');
      expect(r.stdout).toMatch(/^took \d+\.\d s$/m);
      // The claim list holds the rows written before the signal, and says whether it was cut.
      const list = await aboutOf(join(out, 'claims.xlsx'));
      expect(list.rows).toBe(report.claimList.rows);
      const line = r.stderr.trimEnd().split('\n').at(-1)!;
      if (list.rows < report.claimList.claims) {
        expect(line).toMatch(new RegExp(`^${said.replace(/[()]/g, '\\$&')} while the reports were written: the report and summary are complete; .*claims\\.xlsx lists [\\d,]+ of the [\\d,]+ rows due, marked partial in its About sheet \\(run again for the whole list\\)$`));
        expect(list.about).toContain(`PARTIAL: the run was interrupted while this list was written, so only ${list.rows} of the ${report.claimList.claims} rows due are here`);
      } else {
        // The signal came after the last row (a machine far faster than the list is long): nothing was cut.
        expect(line).toBe(`${said} while the reports were written: every report was complete and is written in ${out}`);
        expect(list.about).not.toContain('PARTIAL');
      }
    });
  }
});
