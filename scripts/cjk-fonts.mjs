#!/usr/bin/env node
// The CJK web font, wired into the exported pages so that it costs a page almost nothing before it first paints.
// Noto Sans SC (OFL, @fontsource-variable/noto-sans-sc) comes as 101 unicode-range slices of 40–80 kB behind a
// 100 kB stylesheet of @font-face rules. Imported into the app's CSS, that stylesheet blocked the first paint of
// every page (32 kB gzip, 96% of it rules a page never uses), and the few dozen Han characters of an article
// (post titles, worked examples) pulled in up to a dozen whole slices: 450–700 kB of font that a phone fetched
// while the page first painted (Lighthouse mobile put first paint at 4–6 s). After `next build` this step:
// - collects the CJK characters of each exported page, cuts each slice they fall in down to that page's
//   characters (hb-subset through `subset-font`, the weight axis kept) and declares the pieces as
//   "Frugal CJK Subset" in an inline <style> of that page, ahead of Noto Sans SC in --font-cjk
//   (app/globals.css). A page fetches only its own glyphs before it first paints: an article's 18–45 Han
//   characters cost it 14–26 kB, where pieces shared by the whole site cost it 50–60 kB;
// - cuts those shared pieces too, every CJK character of any page ("Frugal CJK Site", next in --font-cjk), and
//   copies the whole slices, both in a stylesheet that an inline script attaches once the page has loaded: a
//   widget that draws Han text of its own (candidates, lattices) mostly draws characters some page is served
//   with, and takes them from a piece; only the rest (corpus sentences) comes from a whole slice.
// The site's links are plain (components/site/SiteChrome.tsx): every page loads its own declarations. Runs after
// scripts/preload-fonts.mjs and before scripts/csp.mjs (which hashes the inline script). `next dev` has no
// such step: there Han text is drawn with the system's CJK font, or blank where there is none.
// Usage: `node scripts/cjk-fonts.mjs [root]` (root defaults to OUT_DIR or out); `npm run build` runs it.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { headStart, listHtml } from './size.mjs';

/** The family a page's own subset pieces are declared as (named in --font-cjk before Noto Sans SC). */
export const FAMILY = 'Frugal CJK Subset';

/** The family of the pieces cut for every page's characters, attached after load (next in --font-cjk). */
export const SITE_FAMILY = 'Frugal CJK Site';

/** Below this code point every character is drawn by the Latin fonts of the stack, never by a CJK font. */
const FIRST_CJK = 0x2e80;

/**
 * The @font-face rules of a fontsource stylesheet, as `{ file, ranges }` with `ranges` a list of inclusive
 * `[first, last]` code point pairs. Rules without a unicode-range are skipped.
 * Example: `parseFaces("@font-face{src:url(./files/a.woff2) format('woff2');unicode-range:U+4e00-4e01,U+3002;}")`
 * → `[{ file: 'a.woff2', ranges: [[0x4e00, 0x4e01], [0x3002, 0x3002]] }]`.
 */
export function parseFaces(css) {
  const faces = [];
  for (const [rule] of css.matchAll(/@font-face\s*\{[^}]*\}/g)) {
    const file = /url\(\s*['"]?\.\/files\/([^'")\s]+)['"]?\s*\)/.exec(rule)?.[1];
    const range = /unicode-range:\s*([^;}]+)/.exec(rule)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(',').map((part) => {
      const [first, last = first] = part.trim().replace(/^U\+/i, '').split('-');
      return [Number.parseInt(first, 16), Number.parseInt(last, 16)];
    });
    faces.push({ file, ranges });
  }
  return faces;
}

/**
 * The CJK characters of `text` grouped by the face that covers them: a Map from face file to the sorted,
 * distinct code points (at or above U+2E80) it draws. Characters no face covers are left out.
 * Example: `charsByFace('电柳 ok', faces)` → Map { 'slice-117.woff2' => [0x67f3], 'slice-118.woff2' => [0x7535] }.
 */
export function charsByFace(text, faces) {
  const found = new Map();
  for (const char of new Set(text)) {
    const cp = char.codePointAt(0);
    if (cp < FIRST_CJK) continue;
    const face = faces.find((f) => f.ranges.some(([first, last]) => cp >= first && cp <= last));
    if (!face) continue;
    if (!found.has(face.file)) found.set(face.file, []);
    found.get(face.file).push(cp);
  }
  for (const cps of found.values()) cps.sort((a, b) => a - b);
  return found;
}

/**
 * A CSS unicode-range for sorted, distinct code points, runs collapsed.
 * Example: `unicodeRange([0x3001, 0x3002, 0x4e00])` → 'U+3001-3002,U+4e00'.
 */
export function unicodeRange(cps) {
  const parts = [];
  for (let i = 0; i < cps.length; ) {
    let j = i;
    while (j + 1 < cps.length && cps[j + 1] === cps[j] + 1) j += 1;
    const hex = (cp) => cp.toString(16);
    parts.push(j > i ? `U+${hex(cps[i])}-${hex(cps[j])}` : `U+${hex(cps[i])}`);
    i = j + 1;
  }
  return parts.join(',');
}

/**
 * The @font-face rule of one subset piece at `url` drawing `cps` as `family` (default FAMILY), weight axis
 * 100–900 as its source has.
 */
export function faceRule(url, cps, family = FAMILY) {
  return `@font-face{font-family:"${family}";font-style:normal;font-display:swap;font-weight:100 900;src:url(${url}) format("woff2-variations");unicode-range:${unicodeRange(cps)}}`;
}

/**
 * The inline script that attaches the stylesheet at `href` once the page has loaded (a stylesheet added by a
 * script does not block rendering; waiting for `load` keeps it out of the way of the page's own requests).
 */
export function lateStylesheetScript(href) {
  return `(function(){function a(){var l=document.createElement("link");l.rel="stylesheet";l.href=${JSON.stringify(href)};document.head.appendChild(l)}if(document.readyState==="complete")a();else addEventListener("load",a)})()`;
}

/**
 * `html` with `head` (markup) at the start of <head> (after a charset meta) between two marker metas
 * (`cjk-fonts`, `cjk-fonts-end`), replacing what a previous run put there. Throws for a document without <head>.
 */
export function withCjkHead(html, head) {
  const open = '<meta name="cjk-fonts"/>';
  const close = '<meta name="cjk-fonts-end"/>';
  const block = open + head + close;
  const from = html.indexOf(open);
  if (from >= 0) return html.slice(0, from) + block + html.slice(html.indexOf(close, from) + close.length);
  const at = headStart(html, 'the CJK font faces');
  return html.slice(0, at) + block + html.slice(at);
}

/** `bytes` written to `<media>/<stem>.<12 hex of their sha256><ext>`; returns the file name. */
function writeHashed(media, stem, ext, bytes) {
  const file = `${stem}.${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}${ext}`;
  writeFileSync(path.join(media, file), bytes);
  return file;
}

/**
 * Build the subset pieces of every HTML page under `root` and of all of them together, copy the whole slices
 * into `<root>/_next/static/media`, and declare in each page its own pieces (inline) and the shared pieces and
 * whole slices (a stylesheet attached after load). Pages that draw the same characters of a slice share its
 * piece. Returns `{ pages, pieces: [{ file, chars, bytes }], slices }`, `pieces` the distinct ones.
 */
export async function buildCjkFonts(root) {
  const require = createRequire(import.meta.url);
  const cssPath = require.resolve('@fontsource-variable/noto-sans-sc/wght.css');
  const files = path.join(path.dirname(cssPath), 'files');
  const media = path.join(root, '_next', 'static', 'media');
  const sourceCss = readFileSync(cssPath, 'utf8');
  const faces = parseFaces(sourceCss);
  const pages = listHtml(root);
  const htmls = pages.map((file) => readFileSync(path.join(root, file), 'utf8'));

  // One piece per slice and set of characters: `<face>:<code points>` → { file, chars, bytes, url }.
  const pieces = new Map();
  const piece = async (face, cps) => {
    const key = `${face}:${cps.join(',')}`;
    if (!pieces.has(key)) {
      const source = readFileSync(path.join(files, face));
      const bytes = await subsetFont(source, String.fromCodePoint(...cps), { targetFormat: 'woff2' });
      const file = writeHashed(media, `frugal-cjk-${face.replace(/\.woff2$/, '')}`, '.woff2', bytes);
      pieces.set(key, { file, chars: cps.length, bytes: bytes.length, url: `/_next/static/media/${file}` });
    }
    return pieces.get(key).url;
  };
  const pageRules = [];
  for (const html of htmls) {
    const rules = [];
    for (const [face, cps] of charsByFace(html, faces)) rules.push(faceRule(await piece(face, cps), cps));
    pageRules.push(rules);
  }
  const siteRules = [];
  for (const [face, cps] of charsByFace(htmls.join(''), faces))
    siteRules.push(faceRule(await piece(face, cps), cps, SITE_FAMILY));

  const copied = new Map(
    faces.map(({ file }) => [
      file,
      writeHashed(media, file.replace(/\.woff2$/, ''), '.woff2', readFileSync(path.join(files, file))),
    ]),
  );
  const wholeCss =
    siteRules.join('') +
    sourceCss.replace(/url\(\.\/files\/([^)]+)\)/g, (match, file) =>
      copied.has(file) ? `url(/_next/static/media/${copied.get(file)})` : match,
    );
  const cssFile = writeHashed(media, 'noto-sans-sc', '.css', Buffer.from(wholeCss));

  const late = `<script>${lateStylesheetScript(`/_next/static/media/${cssFile}`)}</script>`;
  pages.forEach((file, i) => {
    const rules = pageRules[i];
    const head = (rules.length > 0 ? `<style>${rules.join('')}</style>` : '') + late;
    writeFileSync(path.join(root, file), withCjkHead(htmls[i], head));
  });
  return {
    pages: pages.length,
    pieces: [...pieces.values()].map(({ file, chars, bytes }) => ({ file, chars, bytes })),
    slices: copied.size,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? process.env.OUT_DIR ?? 'out';
  try {
    const { pages, pieces, slices } = await buildCjkFonts(root);
    const bytes = pieces.reduce((sum, p) => sum + p.bytes, 0);
    console.log(
      `cjk-fonts: ${pages} pages, ${pieces.length} distinct subset pieces (${(bytes / 1024).toFixed(1)} kB in all); ${slices} whole slices loaded after the page`,
    );
  } catch (error) {
    console.error(`cjk-fonts: ${error.message}`);
    process.exit(1);
  }
}
