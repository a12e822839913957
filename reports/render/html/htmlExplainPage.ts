import { htmlPage } from './htmlPage.js';
import type { ClaimTimeline } from '../../model/ClaimTimeline.js';
import { TIMELINE_CSS, htmlTimeline } from './htmlTimeline.js';

/** `claimsim explain --html`: one claim's timeline as a self-contained page in the reports' style. */
export function htmlExplainPage(t: ClaimTimeline, title: string): string {
  return htmlPage(`Why claim ${t.claim} ended this way`, title, [], `${TIMELINE_CSS}\n${htmlTimeline(t, `claim ${t.claim}`)}`);
}
