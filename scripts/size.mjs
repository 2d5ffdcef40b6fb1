#!/usr/bin/env node
// First-load JavaScript per exported page: the /_next/ scripts each HTML file loads, gzipped (level 9) and summed.
// Next 16 no longer prints "First Load JS", so this reads it from out/ after `next build`.
// Usage: `npm run size` (SIZE_BUDGET_KB=150 by default; measures OUT_DIR, default out, or `--root <dir>`;
// `--json <file>` writes the report elsewhere than .next/size-report.json).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Default budget for any /articles/* page, in kB (1 kB = 1000 bytes) of gzipped first-load JS. */
export const DEFAULT_BUDGET_KB = 150;

const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * Parse the attributes of one start tag (`<script src="/a.js" async>`) into a Map with lower-cased names;
 * valueless attributes map to ''. Entities are not decoded (URLs in Next's output carry none but `&amp;`,
 * which is decoded).
 * Example: `parseAttributes('<link rel="preload" as=script>').get('as')` → 'script'.
 */
export function parseAttributes(tag) {
  const inner = tag.replace(/^<\s*[a-zA-Z][^\s/>]*/, '').replace(/\/?>$/, '');
  const attributes = new Map();
  for (const match of inner.matchAll(ATTRIBUTE)) {
    const name = match[1].toLowerCase();
    if (attributes.has(name)) continue;
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    attributes.set(name, value.replaceAll('&amp;', '&'));
  }
  return attributes;
}

/**
 * The /_next/ scripts an HTML page loads at first load, in document order, without duplicates and with
 * query strings and fragments removed: `<script src>` (except `nomodule` ones, which modern browsers skip),
 * `<link rel="modulepreload" href>` and `<link rel="preload" as="script" href>`. Script contents and
 * comments are ignored, so a URL quoted inside an inline script does not count.
 * Example: `extractScripts('<script src="/_next/a.js?v=1" async></script>')` → ['/_next/a.js'].
 */
export function extractScripts(html) {
  const found = [];
  const add = (url) => {
    if (!url?.startsWith('/_next/')) return;
    const clean = url.split(/[?#]/)[0];
    if (!found.includes(clean)) found.push(clean);
  };
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  const tags = /<script\b[^>]*>[\s\S]*?<\/script\s*>|<link\b[^>]*>/gi;
  for (const [element] of withoutComments.matchAll(tags)) {
    const startTag = element.slice(0, element.indexOf('>') + 1);
    const attributes = parseAttributes(startTag);
    if (/^<script/i.test(startTag)) {
      if (!attributes.has('nomodule')) add(attributes.get('src'));
      continue;
    }
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('modulepreload')) add(attributes.get('href'));
    else if (rel.includes('preload') && attributes.get('as')?.toLowerCase() === 'script')
      add(attributes.get('href'));
  }
  return found;
}

/**
 * The URL path of an exported HTML file relative to the export root: `index.html` → '/',
 * `about/index.html` → '/about/', `404.html` → '/404.html'.
 * Example: `pagePath('articles/x/index.html')` → '/articles/x/'.
 */
export function pagePath(relativeFile) {
  const posix = relativeFile.split(path.sep).join('/');
  if (posix === 'index.html') return '/';
  if (posix.endsWith('/index.html')) return `/${posix.slice(0, -'index.html'.length)}`;
  return `/${posix}`;
}

/**
 * Where a tag may go at the start of a page's <head>: the index just after `<head …>` and its charset meta if
 * that comes first (the charset must stay within the first bytes). Throws `no <head> to put <what> in`.
 * Example: `headStart('<html><head><meta charset="utf-8"><title>', 'x')` → 34.
 */
export function headStart(html, what) {
  const head = /<head\b[^>]*>(\s*<meta\b[^>]*\bcharset\b[^>]*>)?/i.exec(html);
  if (!head) throw new Error(`no <head> to put ${what} in`);
  return head.index + head[0].length;
}

/**
 * Every file under `dir` whose name passes `keep` (default: all), as paths relative to `dir`, sorted.
 * Example: `listFiles('out', (name) => name.endsWith('.css'))` → ['_next/static/chunks/a.css'].
 */
export function listFiles(dir, keep = () => true) {
  const files = [];
  const walk = (sub) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (entry.isFile() && keep(entry.name)) files.push(rel);
    }
  };
  walk('');
  return files.sort();
}

/** Every *.html file under `dir`, as paths relative to `dir`, sorted. */
export function listHtml(dir) {
  return listFiles(dir, (name) => name.endsWith('.html'));
}

/**
 * Measure every HTML page under `root`: for each, the first-load scripts and the sum of their gzip sizes
 * (zlib level 9, each file compressed on its own, as a browser downloads them). The shared baseline is the
 * set of scripts every page loads. Pages under /articles/ above `budgetKb` are listed in `overBudget`.
 * Throws when `root` is missing, holds no HTML, or a page names a script that is not in `root`.
 * Example: `sizeReport({ root: 'out' }).pages[0]` → `{ page: '/', scripts: [...], gzipBytes: 135012 }`.
 */
export function sizeReport({ root = 'out', budgetKb = DEFAULT_BUDGET_KB } = {}) {
  if (!existsSync(root) || !statSync(root).isDirectory())
    throw new Error(`${root}/ does not exist: run npm run build first.`);
  const gzipped = new Map();
  const gzipBytes = (src, page) => {
    if (!gzipped.has(src)) {
      const file = path.join(root, src);
      if (!existsSync(file)) throw new Error(`${page} loads ${src}, which is not in ${root}/.`);
      gzipped.set(src, gzipSync(readFileSync(file), { level: 9 }).length);
    }
    return gzipped.get(src);
  };
  const files = listHtml(root);
  if (files.length === 0) throw new Error(`${root}/ holds no HTML pages: run npm run build first.`);
  const pages = files
    .map((file) => {
      const page = pagePath(file);
      const scripts = extractScripts(readFileSync(path.join(root, file), 'utf8'));
      return { page, file, scripts, gzipBytes: scripts.reduce((sum, src) => sum + gzipBytes(src, page), 0) };
    })
    .sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0));
  const shared = pages[0].scripts.filter((src) => pages.every((p) => p.scripts.includes(src)));
  const baseline = { scripts: shared, gzipBytes: shared.reduce((sum, src) => sum + gzipped.get(src), 0) };
  const overBudget = pages.filter((p) => p.page.startsWith('/articles/') && p.gzipBytes > budgetKb * 1000);
  return { budgetKb, baseline, pages, overBudget };
}

const kB = (bytes) => (bytes / 1000).toFixed(1);

/**
 * The report as a plain-text table (page, number of scripts, gzip kB), with the baseline and budget lines.
 * Example: `formatReport(sizeReport())` → 'page  scripts  gzip kB\n/  6  132.4\n…'.
 */
export function formatReport(report) {
  const rows = [
    ['page', 'scripts', 'gzip kB'],
    ...report.pages.map((p) => [p.page, String(p.scripts.length), kB(p.gzipBytes)]),
  ];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) =>
    `${row[0].padEnd(widths[0])}  ${row[1].padStart(widths[1])}  ${row[2].padStart(widths[2])}`;
  const out = [line(rows[0]), '-'.repeat(widths[0] + widths[1] + widths[2] + 4), ...rows.slice(1).map(line)];
  out.push('');
  out.push(
    `shared framework baseline: ${report.baseline.scripts.length} scripts, ${kB(report.baseline.gzipBytes)} kB gzip`,
  );
  out.push(`budget for /articles/*: ${report.budgetKb} kB gzip (SIZE_BUDGET_KB)`);
  for (const p of report.overBudget)
    out.push(`✗ ${p.page} loads ${kB(p.gzipBytes)} kB, over the ${report.budgetKb} kB budget`);
  return out.join('\n');
}

function main(argv) {
  const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
  const root = option('--root', process.env.OUT_DIR ?? 'out');
  const jsonFile = option('--json', path.join('.next', 'size-report.json'));
  const budgetKb = Number(process.env.SIZE_BUDGET_KB ?? DEFAULT_BUDGET_KB);
  if (!Number.isFinite(budgetKb) || budgetKb <= 0) {
    console.error(`SIZE_BUDGET_KB must be a positive number, got ${process.env.SIZE_BUDGET_KB}`);
    return 1;
  }
  let report;
  try {
    report = sizeReport({ root, budgetKb });
  } catch (error) {
    console.error(`size: ${error.message}`);
    return 1;
  }
  console.log(formatReport(report));
  mkdirSync(path.dirname(jsonFile), { recursive: true });
  const json = {
    budgetKb: report.budgetKb,
    baseline: report.baseline,
    pages: report.pages.map(({ page, scripts, gzipBytes }) => ({
      page,
      scripts: scripts.length,
      gzipBytes,
      files: scripts,
    })),
    overBudget: report.overBudget.map((p) => p.page),
  };
  writeFileSync(jsonFile, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`wrote ${jsonFile}`);
  return report.overBudget.length > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
