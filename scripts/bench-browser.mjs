#!/usr/bin/env node
// Input latency of every widget (a benchmark, not a test: no thresholds, never part of npm test). Serves out/,
// loads each widget's embed page /embed/<id>/ in the system Chromium, waits until the widget is ready and the
// page is quiet, then presses keys on each keyboard-operable control: 20 presses per control (ArrowUp/ArrowDown
// alternating for sliders, number fields and selects; Enter on a stepper's Forward/Back buttons; Space on a
// switch), waiting for the page to settle between presses. Input → next paint comes from the Event Timing API
// (entries of 16 ms and more, grouped by interactionId; a press without one answered in under 16 ms) and the
// longest main-thread task during the presses from the Long Tasks API (50 ms and more). A bare page with one
// control of each kind is measured in the same run as the baseline.
// Usage: `npm run bench:browser -- [--grep <id>] [--json <file>] [--presses N] [--kinds] [--largest]
// [--query <q>]`; `--query` appends a query string to each embed page (a state no slider reaches: a pasted matrix);
// `--kinds` measures only the first control of each kind in a widget; `--largest` first presses End on every
// slider (the largest sizes the controls allow), reports the longest task of those jumps, then measures there.
// Needs a built out/ (npm run build).
// Env: OUT_DIR (default out), CHROMIUM_PATH.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';
import { readSitemapPaths } from './sitemap.mjs';

/** Where the bare baseline page is answered (by a route in the browser, not a file in out/). */
const BARE_PATH = '/__bench/bare/';
const BARE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bare</title></head><body>
<div class="widget-root" data-ready>
<label>Range <input type="range" min="0" max="10" value="5"></label>
<label>Select <select><option>a</option><option>b</option><option>c</option></select></label>
<button type="button" role="switch" aria-checked="false" aria-label="Switch">switch</button>
<output>5</output>
</div>
<script>
const out = document.querySelector('output');
document.querySelector('input').addEventListener('input', (e) => { out.textContent = e.target.value; });
document.querySelector('select').addEventListener('change', (e) => { out.textContent = e.target.value; });
const sw = document.querySelector('[role=switch]');
sw.addEventListener('click', () => sw.setAttribute('aria-checked', String(sw.getAttribute('aria-checked') !== 'true')));
</script></body></html>`;

/** Installed before any page script: collects Event Timing and Long Tasks entries into `window.__bench`. */
function observe() {
  const bench = { events: [], tasks: [] };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      bench.events.push({ name: e.name, id: e.interactionId, start: e.startTime, duration: e.duration });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * Finds the keyboard-operable controls inside the widget root and tags each with `data-bench="<n>"`.
 * Returns `{ index, kind, label }` for each, in document order; hidden and disabled controls are left out.
 */
function discover() {
  const root = document.querySelector('.widget-root');
  const visible = (el) => el.getClientRects().length > 0 && !el.closest('[hidden], [inert]');
  const labelOf = (el) => {
    // A <label> that wraps its control also holds the control's own text (a select's options): drop it.
    const label = el.labels?.[0]?.cloneNode(true);
    for (const inner of label?.querySelectorAll('select, input, textarea, output') ?? []) inner.remove();
    const text =
      el.getAttribute('aria-label') ||
      (label?.textContent ?? '') ||
      el.closest('fieldset')?.querySelector('legend')?.textContent ||
      el.getAttribute('title') ||
      el.tagName.toLowerCase();
    return text.replace(/\s+/g, ' ').trim().slice(0, 48);
  };
  const found = [];
  const add = (el, kind, label = labelOf(el)) => {
    if (!visible(el) || el.disabled || el.getAttribute('aria-disabled') === 'true') return;
    const nth = found.filter((f) => f.kind === kind && f.label === label).length;
    el.dataset.bench = String(found.length);
    found.push({ index: found.length, kind, label, key: `${kind}|${label}|${nth}` });
  };
  for (const el of root.querySelectorAll('[data-bench]')) delete el.dataset.bench;
  const selector = [
    'input[type=range]',
    '[role=slider][tabindex="0"]',
    'input[type=text][inputmode]:not(table input)',
    'select',
    'fieldset[aria-keyshortcuts]',
    '[role=switch]',
  ].join(', ');
  for (const el of root.querySelectorAll(selector)) {
    if (el.matches('input[type=range]')) add(el, 'range');
    else if (el.matches('[role=slider]')) add(el, 'slider');
    else if (el.matches('input')) {
      // A NumberInput (in a Field) or an open Scrub field; matrix cells sit in a table and are excluded.
      if (!el.closest('[role=slider]')) add(el, 'number');
    } else if (el.matches('select')) {
      if (!el.closest('fieldset[aria-keyshortcuts]')) add(el, 'select');
    } else if (el.matches('fieldset')) {
      const forward = el.querySelector('button[aria-label^="Forward"]');
      if (forward) add(el, 'stepper', labelOf(el));
    } else add(el, 'switch');
  }
  return found;
}

/** A snapshot of a control's value, to tell whether a press changed anything. */
function controlValue(index) {
  const el = document.querySelector(`[data-bench="${index}"]`);
  if (!el) return null;
  if (el.matches('fieldset')) return el.textContent;
  if (el.matches('[role=switch]')) return el.getAttribute('aria-checked');
  if (el.matches('[role=slider]'))
    return el.getAttribute('aria-valuenow') ?? el.getAttribute('aria-valuetext');
  return el.value;
}

/**
 * The control's element: tagged by `discover`, tagged again when a redraw replaced it (same kind, label and
 * position among its namesakes); null when it is gone or disabled.
 */
async function locate(page, control) {
  let handle = page.locator(`[data-bench="${control.index}"]`);
  if ((await handle.count()) === 0) {
    const again = (await page.evaluate(discover)).find((c) => c.key === control.key);
    if (!again) return null;
    control.index = again.index;
    handle = page.locator(`[data-bench="${control.index}"]`);
  }
  return handle;
}

/** Press a key on a control in a direction (+1 / −1); false when the control cannot take it now. */
async function press(page, control, direction) {
  const handle = await locate(page, control);
  if (!handle) return false;
  if (control.kind === 'stepper') {
    const button = handle.locator(
      direction > 0 ? 'button[aria-label^="Forward"]' : 'button[aria-label^="Back"]',
    );
    if (await button.isDisabled({ timeout: 5000 })) return false;
    await button.focus({ timeout: 5000 });
    await page.evaluate(() => {
      window.__bench.mark = performance.now();
    });
    await page.keyboard.press('Enter');
    return true;
  }
  await handle.focus({ timeout: 5000 });
  await page.evaluate(() => {
    window.__bench.mark = performance.now();
  });
  const key = control.kind === 'switch' ? 'Space' : direction > 0 ? 'ArrowUp' : 'ArrowDown';
  await page.keyboard.press(key);
  return true;
}

/** Wait until two frames have been painted after the press and `ms` more have passed. */
async function settle(page, ms) {
  await page.evaluate(
    (wait) =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, wait))),
      ),
    ms,
  );
}

/** Wait until no long task has started for `quietMs` (at most `limitMs`). */
async function quiet(page, quietMs = 500, limitMs = 8000) {
  const start = Date.now();
  for (;;) {
    const last = await page.evaluate(() => {
      const { tasks } = window.__bench;
      const end = tasks.length ? Math.max(...tasks.map((t) => t.start + t.duration)) : 0;
      return performance.now() - end;
    });
    if (last >= quietMs || Date.now() - start > limitMs) return;
    await page.waitForTimeout(Math.max(50, quietMs - last));
  }
}

/**
 * Press one control `presses` times, alternating directions so the value keeps changing (a first probe
 * press, not counted, decides which direction moves from the starting value). Returns the per-press input →
 * paint durations (0 for a press with no Event Timing entry, i.e. under 16 ms) and the longest task.
 */
async function measureControl(page, control, { presses, settleMs }) {
  const handle = await locate(page, control);
  if (!handle) return { ...control, durations: [], longest: 0, skipped: presses };
  // The control goes to the middle of the viewport first, where a reader looking at it has it. focus() alone
  // scrolls it only just into view, and headless Chromium presents a frame whose only change lies within about
  // 100 px of the viewport's bottom edge one or two frames late whenever another frame follows it: a plain
  // <input> with a one-line key handler, 740 px down an 800 px viewport, reads 24–40 ms when a caption higher
  // up changes two frames later, and 16 ms or less 700 px down.
  await handle.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
  await settle(page, settleMs);
  const before = await page.evaluate(controlValue, control.index);
  await press(page, control, +1);
  await settle(page, settleMs);
  let direction = +1;
  if ((await page.evaluate(controlValue, control.index)) === before) direction = -1;
  else {
    await press(page, control, -1);
    await settle(page, settleMs);
  }
  await quiet(page, 300, 4000);
  const durations = [];
  const names = new Map();
  let longest = 0;
  let skipped = 0;
  for (let i = 0; i < presses; i++) {
    await page.evaluate(() => {
      window.__bench.events.length = 0;
      window.__bench.tasks.length = 0;
    });
    const dir = i % 2 === 0 ? direction : -direction;
    if (!(await press(page, control, dir))) {
      skipped++;
      continue;
    }
    await settle(page, settleMs);
    const { events, tasks, mark } = await page.evaluate(() => window.__bench);
    // An interaction's duration is that of its longest event (keydown and keyup share an interactionId).
    const byInteraction = new Map();
    for (const e of events) {
      if (e.start < mark || !e.id) continue;
      byInteraction.set(e.id, Math.max(byInteraction.get(e.id) ?? 0, e.duration));
      if (e.duration >= 16) names.set(e.name, (names.get(e.name) ?? 0) + 1);
    }
    durations.push(byInteraction.size ? Math.max(...byInteraction.values()) : 0);
    for (const t of tasks) if (t.start + t.duration >= mark) longest = Math.max(longest, t.duration);
  }
  return { ...control, durations, longest, skipped, slowEvents: Object.fromEntries(names) };
}

/** Nearest-rank percentile of numbers (p in 0..1); NaN for none. */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/** A duration in ms for the table: '<16' below the Event Timing threshold, '—' for none. */
export function ms(value, floor = 16) {
  if (!Number.isFinite(value)) return '—';
  return value < floor ? `<${floor}` : String(Math.round(value));
}

/** Summary of one control's presses: median, p95 and max input → paint, longest task. */
export function summarize(result) {
  const d = result.durations;
  return {
    control: `${result.kind}: ${result.label}`,
    presses: d.length,
    median: percentile(d, 0.5),
    p95: percentile(d, 0.95),
    max: d.length ? Math.max(...d) : Number.NaN,
    longest: result.longest,
  };
}

/** The Markdown table of a widget's (or the baseline's) controls. */
export function table(results) {
  const rows = results.map(summarize);
  const lines = [
    '| control | presses | median ms | p95 ms | max ms | longest task ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.control.replace(/\|/g, '\\|')} | ${r.presses} | ${ms(r.median)} | ${ms(r.p95)} | ${ms(r.max)} | ${ms(r.longest, 50)} |`,
    ),
  ];
  return lines.join('\n');
}

/**
 * Press End on every slider of the widget, one at a time (each settles, and a slider a redraw replaced is
 * found again), so the widget sits at the largest values its controls allow. Returns the longest task seen
 * from the first press until the page is quiet again.
 */
async function maximize(page) {
  const sliders = (await page.evaluate(discover)).filter((c) => c.kind === 'range' || c.kind === 'slider');
  await page.evaluate(() => {
    window.__bench.tasks.length = 0;
  });
  for (const control of sliders) {
    const handle = await locate(page, control);
    if (!handle) continue;
    await handle.focus({ timeout: 5000 });
    await page.keyboard.press('End');
    await settle(page, 100);
    await quiet(page, 300, 20_000);
  }
  await quiet(page, 500, 20_000);
  return page.evaluate(() => Math.max(0, ...window.__bench.tasks.map((t) => t.duration)));
}

async function measurePage(page, url, options) {
  await page.goto(url);
  await page.locator('.widget-root[data-ready]').first().waitFor({ timeout: 30_000 });
  await page.evaluate(() => document.fonts.ready);
  await quiet(page);
  const toLargest = options.largest ? await maximize(page) : undefined;
  let controls = await page.evaluate(discover);
  if (options.kinds) controls = controls.filter((c, i) => controls.findIndex((d) => d.kind === c.kind) === i);
  const results = [];
  for (const control of controls) {
    results.push(await measureControl(page, control, options));
  }
  return { results, toLargest };
}

function parseArgs(args) {
  const value = (name) => {
    const i = args.indexOf(name);
    return i === -1 ? undefined : args[i + 1];
  };
  return {
    grep: value('--grep'),
    json: value('--json'),
    presses: Number(value('--presses') ?? 20),
    settleMs: Number(value('--settle') ?? 100),
    kinds: args.includes('--kinds'),
    largest: args.includes('--largest'),
    query: value('--query'),
  };
}

async function main(args) {
  process.chdir(path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
  const options = parseArgs(args);
  const root = process.env.OUT_DIR ?? 'out';
  let paths = readSitemapPaths(root).filter((p) => /^\/embed\/[^/]+\/$/.test(p));
  if (options.grep) paths = paths.filter((p) => p.includes(options.grep));
  const server = await startServer({ root, port: 0 });
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const report = { date: new Date().toISOString(), options, baseline: [], widgets: {}, toLargest: {} };
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(observe);
    await context.route(`${base}${BARE_PATH}`, (route) =>
      route.fulfill({ contentType: 'text/html', body: BARE_HTML }),
    );
    const page = await context.newPage();
    report.baseline = (await measurePage(page, base + BARE_PATH, options)).results;
    console.log(`## bare page (baseline)\n\n${table(report.baseline)}\n`);
    for (const p of paths) {
      const id = p.split('/')[2];
      const url = base + p + (options.query ? `?${options.query.replace(/^\?/, '')}` : '');
      const { results, toLargest } = await measurePage(page, url, options);
      report.widgets[id] = results;
      let heading = `## ${id}`;
      if (toLargest !== undefined) {
        report.toLargest[id] = toLargest;
        heading += ` (every slider at its end; longest task getting there: ${ms(toLargest, 50)} ms)`;
      }
      console.log(`${heading}\n\n${table(results)}\n`);
    }
    await context.close();
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
  if (options.json) writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2)).then(
    () => 0,
    (error) => {
      console.error(`bench:browser: ${error.stack ?? error.message}`);
      return 1;
    },
  );
}
