import type { Interval } from '../../stats/Interval.js';
import { percent } from '../format.js';
import { escapeHtml } from './escapeHtml.js';
import { type Html, raw } from './Html.js';

/** A share in a table cell: the share, its 95% interval on a second, smaller line (so a wide table still fits the page). */
export function htmlShareCell(i: Interval): Html {
  const ci = i.method === 'none' || (i.low === i.high && i.low === i.estimate) ? '' : `<br><span class="ci">${escapeHtml(`${percent(i.low)}–${percent(i.high)}`)}</span>`;
  return raw(`${escapeHtml(percent(i.estimate))}${ci}`);
}
