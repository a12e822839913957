import { calendarFor } from '../../engine/index.js';
import type { ClaimTimeline } from '../model/ClaimTimeline.js';
import { describeEntry } from './describeEntry.js';
import { wallTime } from './wallTime.js';

/** A claim's timeline as text: one block per command or clock firing, times in the policy's zone. */
export function timelineText(t: ClaimTimeline, title: string): string {
  const cal = calendarFor(t.zone);
  const lines = [`${title}`, `claim ${t.claim} · times in ${t.zone} (wall time with offset)`, ''];
  for (const e of t.entries) {
    const d = describeEntry(e, cal);
    lines.push(`${d.when}  ${d.what}${d.rules ? `  [${d.rules}]` : ''}`);
    for (const r of d.results) lines.push(`    ${d.refused ? '✗' : '→'} ${r}`);
  }
  lines.push('');
  lines.push(t.end === null ? `claim ${t.claim} was never opened` : `at ${wallTime(t.end.at, cal)}: ${t.end.status}, withdrawal ${t.end.withdrawal}, outcome ${t.end.outcome ?? 'none'}`);
  return `${lines.join('\n')}\n`;
}
