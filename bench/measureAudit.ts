/**
 * One audit measurement in its own process (so that peak RSS is this audit's): `claimsim audit`
 * of LOG on one thread, through the same reader and auditor as the command. Prints one JSON
 * line: records, wall and CPU time, records/s, peak RSS, and the most claims held at a time.
 * Usage: tsx bench/measureAudit.ts LOG
 */
import { DEFAULT_POLICY, checkPolicy } from '../engine/index.js';
import { Auditor } from '../claimlog/Auditor.js';
import { parseLogLine } from '../claimlog/parseLogLine.js';
import { readLogLines } from '../claimlog/readLogLines.js';

const log = process.argv[2];
if (log === undefined) throw new Error('usage: tsx bench/measureAudit.ts LOG');

// RSS sampled as the audit goes as well as the process's own peak: the larger is reported.
let sampled = 0;
const sample = (): void => {
  sampled = Math.max(sampled, process.memoryUsage.rss());
};
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const auditor = new Auditor({
  defaultPolicy: DEFAULT_POLICY,
  tolerance: 0,
  files: [log],
  headerPolicy: (value) => {
    const r = checkPolicy(value);
    if (!r.ok) throw new Error(`${log}: the header's policy is not valid`);
    return r.policy;
  },
});
let n = 0;
let peakHeld = 0;
for await (const text of readLogLines(log)) {
  auditor.line(0, ++n, parseLogLine(text));
  if ((n & 4095) === 0) {
    sample();
    peakHeld = Math.max(peakHeld, auditor.held);
  }
}
const result = auditor.finish([log]);
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
sample();
console.log(
  JSON.stringify({
    impl: 'claimsim audit',
    records: result.records,
    claims: result.claims,
    wall_ms: +wallMs.toFixed(1),
    cpu_ms: +((cpu.user + cpu.system) / 1000).toFixed(1),
    records_per_s: Math.round(result.records / (wallMs / 1000)),
    rss_mb: +(Math.max(sampled, process.resourceUsage().maxRSS * 1024) / 1048576).toFixed(1),
    peak_held: peakHeld,
    violates: result.verdicts.violates,
  }),
);
