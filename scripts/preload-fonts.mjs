#!/usr/bin/env node
// Font preloads for the static export: after `next build`, every HTML page with typeset math gets
// `<link rel="preload" as="font">` for the KaTeX fonts nearly every formula uses. KaTeX's fonts are
// `font-display: block`, but text still takes the fallback font's widths until they arrive, so a paragraph with
// inline math rewrapped when they came (a layout shift of 0.07 at 412 px). Preloaded, they are fetched with the
// stylesheets instead of after the first layout. The files' hashed names exist only after the build, hence a
// build step. Runs before scripts/csp.mjs (whose policy then goes first in <head>).
// Usage: `node scripts/preload-fonts.mjs [root]` (root defaults to OUT_DIR or out); `npm run build` runs it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { headStart, listHtml } from './size.mjs';

/** The KaTeX fonts preloaded: upright text and operators, and italic letters. */
export const PRELOADED_FONTS = ['KaTeX_Main-Regular', 'KaTeX_Math-Italic'];

/**
 * The URL of each of `names` among the font files in `mediaDir` (`<name>.<hash>.woff2`, as the build names
 * them). Throws if one is missing.
 * Example: `fontUrls(['KaTeX_Main-Regular'], ['KaTeX_Main-Regular.1ry.woff2'])` → ['/_next/static/media/KaTeX_Main-Regular.1ry.woff2'].
 */
export function fontUrls(names, files) {
  return names.map((name) => {
    const file = files.find((f) => f.startsWith(`${name}.`) && f.endsWith('.woff2'));
    if (!file) throw new Error(`no ${name}.*.woff2 among the built fonts`);
    return `/_next/static/media/${file}`;
  });
}

/**
 * `html` with a preload link for each of `urls` at the start of <head> (after a charset meta), if the page has
 * KaTeX markup and no such links yet; otherwise unchanged.
 */
export function withFontPreloads(html, urls) {
  if (!html.includes('class="katex') || urls.every((url) => html.includes(`href="${url}"`))) return html;
  const at = headStart(html, 'the font preloads');
  const links = urls
    .map((url) => `<link rel="preload" href="${url}" as="font" type="font/woff2" crossorigin=""/>`)
    .join('');
  return `${html.slice(0, at)}${links}${html.slice(at)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? process.env.OUT_DIR ?? 'out';
  try {
    const urls = fontUrls(PRELOADED_FONTS, readdirSync(path.join(root, '_next', 'static', 'media')));
    let count = 0;
    for (const file of listHtml(root)) {
      const full = path.join(root, file);
      const html = readFileSync(full, 'utf8');
      const next = withFontPreloads(html, urls);
      if (next !== html) {
        writeFileSync(full, next);
        count += 1;
      }
    }
    console.log(`preload-fonts: ${PRELOADED_FONTS.join(', ')} preloaded by ${count} pages with math`);
  } catch (error) {
    console.error(`preload-fonts: ${error.message}`);
    process.exit(1);
  }
}
