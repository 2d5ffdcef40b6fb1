#!/usr/bin/env node
// Screenshots to look at (not a test): every page of the sitemap, or only the pages whose path contains one
// of the given words, at desktop (1280) and phone (390) widths, light and optionally dark, full page, after
// every figure on the page has mounted (each scrolled into view until it carries data-ready).
// Usage: `npm run shots -- [--out=dir] [--dark] [--widgets] [word …]`; `--widgets` = the /embed/<id>/ pages.
// Needs a built out/ (npm run build). Env: OUT_DIR (default out), CHROMIUM_PATH.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';
import { readSitemapPaths } from './sitemap.mjs';

const VIEWPORTS = [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
];

/** 'articles/sparse-attention' → 'articles-sparse-attention'; '/' → 'home'. */
export function shotName(pathname) {
  return pathname.split('/').filter(Boolean).join('-') || 'home';
}

async function settle(page) {
  // Bring each figure to the viewport in turn and wait until its widget is ready (or 15 s pass), so lazy
  // figures have mounted and computed before the picture is taken.
  const figures = page.locator('[data-figure]');
  const count = await figures.count();
  for (let i = 0; i < count; i++) {
    const figure = figures.nth(i);
    await figure.scrollIntoViewIfNeeded().catch(() => {});
    await figure
      .locator('.widget-root[data-ready], [data-error-card]')
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(() => {});
  }
  await page
    .waitForFunction(
      () => [...document.querySelectorAll('.widget-root')].every((el) => el.hasAttribute('data-ready')),
      null,
      { timeout: 15_000 },
    )
    .catch(() => {});
  await page.evaluate(() => document.fonts.ready.then(() => window.scrollTo(0, 0)));
  await page.waitForTimeout(400);
}

async function main(args) {
  process.chdir(path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
  const root = process.env.OUT_DIR ?? 'out';
  const out = args.find((a) => a.startsWith('--out='))?.slice(6) ?? path.join('e2e', 'screenshots');
  const schemes = args.includes('--dark') ? ['light', 'dark'] : ['light'];
  const words = args.filter((a) => !a.startsWith('--'));
  let paths = readSitemapPaths(root);
  if (args.includes('--widgets')) paths = paths.filter((p) => /^\/embed\/[^/]+\/$/.test(p));
  if (words.length > 0) paths = paths.filter((p) => words.some((w) => p.includes(w)));
  mkdirSync(out, { recursive: true });
  const server = await startServer({ root, port: 0 });
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    for (const scheme of schemes) {
      for (const [name, viewport] of VIEWPORTS) {
        const context = await browser.newContext({ viewport, colorScheme: scheme });
        const page = await context.newPage();
        for (const p of paths) {
          await page.goto(base + p);
          await settle(page);
          const file = path.join(out, `${shotName(p)}-${name}${scheme === 'dark' ? '-dark' : ''}.png`);
          await page.screenshot({ path: file, fullPage: true });
          console.log(file);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
}

process.exitCode = await main(process.argv.slice(2)).then(
  () => 0,
  (error) => {
    console.error(`shots: ${error.message}`);
    return 1;
  },
);
