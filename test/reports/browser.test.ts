import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../reports/render/html/renderHtml.js';
import { findChromium, renderInChromium } from './fixtures/chromium.js';
import { compareReport } from './fixtures/reports.js';

const chromium = findChromium();
const inCi = process.env.CI === 'true';
const root = resolve(import.meta.dirname, '../..');

/**
 * A script added to a copy of the page (the report itself has none): after layout it writes,
 * for every chart, the drawn size of its SVG and how many marks it holds, into the DOM.
 */
const PROBE = `<script>
addEventListener('load', () => {
  const charts = [...document.querySelectorAll('figure.chart')].map((f) => {
    const svg = f.querySelector('svg');
    const box = svg ? svg.getBoundingClientRect() : { width: 0, height: 0 };
    const marks = svg ? svg.querySelectorAll('g[class*="mark-"] path, g[class*="mark-"] rect, g[class*="mark-"] line, g[class*="mark-"] circle').length : 0;
    return { id: f.dataset.chart, width: box.width, height: box.height, marks };
  });
  const pre = document.createElement('pre');
  pre.id = 'probe';
  pre.textContent = JSON.stringify(charts);
  document.body.append(pre);
});
</script>`;

interface Probe {
  id: string;
  width: number;
  height: number;
  marks: number;
}

let probes = 0;

function probe(dir: string, html: string): { charts: Probe[]; console: string[] } {
  const page = join(dir, `probe-${++probes}.html`);
  writeFileSync(page, html.replace('</body>', `${PROBE}</body>`));
  const { dom, console } = renderInChromium(chromium!, page);
  const json = /<pre id="probe">([^<]*)<\/pre>/.exec(dom)?.[1];
  if (!json) throw new Error('the probe did not run: the page did not finish loading');
  return { charts: JSON.parse(json.replaceAll('&quot;', '"')) as Probe[], console };
}

// Skipped, it says why and how to run it (on the console, and as the skipped test's name).
const SKIPPED =
  'the browser test is skipped: chromium is not installed. Install it (apt-get install -y chromium, or put chromium on PATH) and run: npx vitest run test/reports/browser.test.ts (with CI=true it runs, and fails without chromium)';
if (!chromium && !inCi) console.warn(SKIPPED);
describe.runIf(!chromium && !inCi)('the HTML report in headless Chromium', () => {
  it.skip(SKIPPED, () => {});
});

describe.skipIf(!chromium && !inCi)('the HTML report in headless Chromium', () => {
  let dir = '';
  let reportFile = '';
  let expectedCharts = 0;

  beforeAll(() => {
    if (!chromium) throw new Error('chromium is not installed: CI installs Debian’s chromium in .ci/run (apt-get install -y chromium); the browser test cannot run without it');
    dir = mkdtempSync(join(tmpdir(), 'claimsim-report-'));
    // `npm start` at a small scale: a slice of the library and a few hundred claims.
    const out = execFileSync(
      process.execPath,
      ['cli/claimsim.js', 'all', '--out', dir, '--claims', '400', '--replications', '2', '--scenarios', 'scenarios/library/answer'],
      { cwd: root, encoding: 'utf8', timeout: 600_000 },
    );
    reportFile = join(dir, 'report.html');
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    // The suite draws the outcome shares, the time-to-resolution histograms and the re-requests.
    expectedCharts = 1 + (report.simulation.timeToResolution.length > 0 ? 1 : 0) + (report.simulation.reRequests.length > 0 ? 1 : 0);
    expect(out).toContain(`(${expectedCharts} charts;`);
    // A whole `claimsim all` run: as long as the run itself may take, not vitest's 10 s for hooks.
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens offline with no console error, the charts drawn with their marks', () => {
    const original = renderInChromium(chromium!, reportFile);
    expect(original.console).toEqual([]);
    expect(original.dom).toContain('id="summary"');
    const { charts, console } = probe(dir, readFileSync(reportFile, 'utf8'));
    expect(console).toEqual([]);
    expect(charts.map((c) => c.id)).toEqual(['outcome-shares', 'time-to-resolution', 're-requests'].slice(0, expectedCharts));
    for (const c of charts) {
      expect(c.width, c.id).toBeGreaterThan(100);
      expect(c.height, c.id).toBeGreaterThan(50);
      expect(c.marks, c.id).toBeGreaterThan(3);
    }
  });

  it('a comparison draws its four charts', async () => {
    const { html } = await renderHtml(compareReport);
    const { charts, console } = probe(dir, html);
    expect(console).toEqual([]);
    expect(charts.map((c) => c.id)).toEqual(['compare-shares', 'compare-difference', 'ttr-baseline', 'ttr-variant']);
    expect(charts.every((c) => c.width > 100 && c.marks > 3)).toBe(true);
  });

  it('a comparison’s transition table links to example claims, their two timelines side by side with the parting marked', () => {
    const out = join(dir, 'compare');
    execFileSync(
      process.execPath,
      ['cli/claimsim.js', 'compare', '-p', 'generators/populations/small.yaml', '--variant', 'responseWindowDays=10', '--replications', '1', '--claims', '400', '--workers', '1', '--out', out],
      { cwd: root, encoding: 'utf8', timeout: 600_000, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    // Follows the table's first link to a cell whose claims ended differently, then reads what the link landed on.
    const follow = `<script>
addEventListener('load', () => {
  const link = [...document.querySelectorAll('table.heat a[href^="#examples-"]')].find((a) => {
    const [, from, to] = /^#examples-(\\w+)-to-(\\w+)$/.exec(a.hash);
    return from !== to;
  });
  link.click();
  const target = document.querySelector(location.hash);
  const pair = target.querySelector('.timeline-pair');
  const tables = [...pair.querySelectorAll('table')];
  const pre = document.createElement('pre');
  pre.id = 'followed';
  pre.textContent = JSON.stringify({
    hash: location.hash,
    links: document.querySelectorAll('table.heat a[href^="#examples-"]').length,
    captions: tables.map((t) => t.caption.textContent),
    rows: tables.map((t) => t.tBodies[0].rows.length),
    parting: pair.querySelectorAll('tr.parting').length,
    sideBySide: tables.length === 2 && tables[0].getBoundingClientRect().top === tables[1].getBoundingClientRect().top,
    width: innerWidth,
    open: target.closest('details') ? target.closest('details').open : null,
    folded: [...document.querySelectorAll('details.examples')].filter((d) => !d.open).length,
    fits: [...pair.querySelectorAll('div.table')].every((d) => d.scrollWidth <= d.clientWidth + 1),
  });
  document.body.append(pre);
});
</script>`;
    const original = readFileSync(join(out, 'report.html'), 'utf8');
    expect(original).not.toContain('<script');
    const page = join(dir, 'follow.html');
    writeFileSync(page, original.replace('</body>', `${follow}</body>`));
    const { dom, console } = renderInChromium(chromium!, page, 1400);
    expect(console).toEqual([]);
    const json = /<pre id="followed">([^<]*)<\/pre>/.exec(dom)?.[1];
    expect(json, 'the link was not followed').toBeDefined();
    const f = JSON.parse(json!.replaceAll('&quot;', '"')) as {
      hash: string;
      links: number;
      captions: string[];
      rows: number[];
      parting: number;
      sideBySide: boolean;
      width: number;
      open: boolean | null;
      folded: number;
      fits: boolean;
    };
    expect(f.links).toBeGreaterThan(1);
    expect(f.hash).toMatch(/^#examples-\w+-to-\w+$/);
    expect(f.captions[0]).toMatch(/^baseline: C\d+/);
    expect(f.captions[1]).toMatch(/^variant: C\d+/);
    expect(f.rows.every((n) => n >= 2)).toBe(true);
    // The claim ended differently, so the timelines part somewhere: marked in both.
    expect(f.parting).toBe(2);
    expect(f.sideBySide).toBe(true);
    // The examples are folded, and following the link opened its cell; at 1,400 px both timelines fit their half, no column behind a scrollbar.
    expect(f.width).toBe(1400);
    expect(f.open).toBe(true);
    expect(f.folded).toBeGreaterThan(0);
    expect(f.fits).toBe(true);
  });

  it('would see a console error (the check is not blind)', () => {
    const { console } = probe(dir, '<!doctype html><html><body><script>console.error("broken chart")</script></body></html>');
    expect(console.join('\n')).toContain('broken chart');
  });
});
