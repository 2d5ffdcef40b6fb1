import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildCjkFonts,
  charsByFace,
  FAMILY,
  faceRule,
  lateStylesheetScript,
  parseFaces,
  SITE_FAMILY,
  unicodeRange,
  withCjkHead,
} from './cjk-fonts.mjs';

const CSS = `/* a */
@font-face {
  font-family: 'Noto Sans SC Variable';
  src: url(./files/a-1.woff2) format('woff2-variations');
  unicode-range: U+4e00-4e0f,U+3002;
}
@font-face {
  font-family: 'Noto Sans SC Variable';
  src: url(./files/b-2.woff2) format('woff2-variations');
  unicode-range: U+67f3,U+7535;
}
@font-face { font-family: 'No Range'; src: url(./files/c.woff2); }`;

/** The real Noto Sans SC stylesheet of the npm package. */
const cssPath = () => createRequire(import.meta.url).resolve('@fontsource-variable/noto-sans-sc/wght.css');

describe('parseFaces(css)', () => {
  it('reads each face file with its unicode ranges as inclusive pairs and skips faces without a range', () => {
    expect(parseFaces(CSS)).toEqual([
      {
        file: 'a-1.woff2',
        ranges: [
          [0x4e00, 0x4e0f],
          [0x3002, 0x3002],
        ],
      },
      {
        file: 'b-2.woff2',
        ranges: [
          [0x67f3, 0x67f3],
          [0x7535, 0x7535],
        ],
      },
    ]);
  });

  it('parses the real Noto Sans SC stylesheet into 101 faces that cover the common Han block', () => {
    const faces = parseFaces(readFileSync(cssPath(), 'utf8'));
    expect(faces).toHaveLength(101);
    for (const ch of '电视柳苏剑林我爱空间科学。') {
      const cp = ch.codePointAt(0) ?? 0;
      expect(
        faces.some((f) => f.ranges.some(([a, b]) => cp >= a && cp <= b)),
        ch,
      ).toBe(true);
    }
  });
});

describe('charsByFace(text, faces)', () => {
  const faces = parseFaces(CSS);
  it('groups distinct CJK code points by the face that covers them, sorted, ignoring Latin and uncovered ones', () => {
    const found = charsByFace('电柳 一。一 ok 丁 漢', faces);
    expect([...found.entries()]).toEqual([
      ['b-2.woff2', [0x67f3, 0x7535]],
      ['a-1.woff2', [0x3002, 0x4e00, 0x4e01]],
    ]);
  });

  it('gives an empty map for text without CJK characters', () => {
    expect(charsByFace('', faces).size).toBe(0);
    expect(charsByFace('plain ASCII, é and ü', faces).size).toBe(0);
  });
});

describe('unicodeRange(cps) and faceRule(url, cps)', () => {
  it('collapses runs of consecutive code points', () => {
    expect(unicodeRange([0x3001, 0x3002, 0x4e00, 0x4e02, 0x4e03, 0x4e04])).toBe(
      'U+3001-3002,U+4e00,U+4e02-4e04',
    );
    expect(unicodeRange([])).toBe('');
  });

  it('declares the subset family, swap display, the weight axis and the exact range', () => {
    const rule = faceRule('/m/x.woff2', [0x4e00, 0x4e01]);
    expect(rule).toContain(`font-family:"${FAMILY}"`);
    expect(rule).toContain('font-display:swap');
    expect(rule).toContain('font-weight:100 900');
    expect(rule).toContain('src:url(/m/x.woff2) format("woff2-variations")');
    expect(rule).toContain('unicode-range:U+4e00-4e01}');
  });
});

describe('withCjkHead(html, head) and lateStylesheetScript(href)', () => {
  const page = '<html><head><meta charSet="utf-8"/><title>t</title></head><body>电</body></html>';
  it('puts the block right after the charset meta, and a second run replaces it instead of adding one', () => {
    const once = withCjkHead(page, '<style>a</style>');
    expect(once).toBe(
      '<html><head><meta charSet="utf-8"/><meta name="cjk-fonts"/><style>a</style><meta name="cjk-fonts-end"/><title>t</title></head><body>电</body></html>',
    );
    const twice = withCjkHead(once, '<style>b</style>');
    expect(twice).toBe(once.replace('<style>a</style>', '<style>b</style>'));
    expect(() => withCjkHead('<p>电</p>', 'x')).toThrow('no <head>');
  });

  it('attaches the stylesheet once the page has loaded, or at once if it already has', () => {
    const script = lateStylesheetScript('/m/n.css');
    const appended: { rel: string; href: string }[] = [];
    const listeners: Record<string, () => void> = {};
    // The script runs in a bare context holding only the document and listener API it may use.
    const run = (readyState: string) =>
      runInNewContext(script, {
        document: {
          readyState,
          createElement: () => ({ rel: '', href: '' }),
          head: { appendChild: (l: { rel: string; href: string }) => appended.push(l) },
        },
        addEventListener: (type: string, fn: () => void) => {
          listeners[type] = fn;
        },
      });
    run('loading');
    expect(appended).toHaveLength(0);
    listeners.load?.();
    expect(appended).toEqual([{ rel: 'stylesheet', href: '/m/n.css' }]);
    run('complete');
    expect(appended).toHaveLength(2);
  });
});

describe('buildCjkFonts(root)', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'cjk-fonts-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("cuts each page's pieces for exactly its CJK characters, copies the whole slices and wires both in", async () => {
    const media = path.join(root, '_next', 'static', 'media');
    mkdirSync(media, { recursive: true });
    mkdirSync(path.join(root, 'a'));
    const head = '<html><head><meta charSet="utf-8"/></head>';
    writeFileSync(path.join(root, 'index.html'), `${head}<body><p>电视 and 柳</p></body></html>`);
    writeFileSync(path.join(root, 'a', 'index.html'), `${head}<body><p>no Han here</p></body></html>`);
    mkdirSync(path.join(root, 'b'));
    writeFileSync(
      path.join(root, 'b', 'index.html'),
      `${head}<body><p>电 alone, twice: 电</p></body></html>`,
    );

    const { pages, pieces, slices } = await buildCjkFonts(root);
    expect(pages).toBe(3);
    expect(slices).toBe(101);
    // 电, 视 and 柳 for the first page; 电 again for the third, in a piece of its own unless the first page's
    // piece of 电's slice holds 电 alone (then the two pages share it).
    const first = charsByFace('电视柳', parseFaces(readFileSync(cssPath(), 'utf8')));
    const alone = [...first.values()].some((cps) => cps.length === 1 && cps[0] === 0x7535);
    expect(pieces.reduce((sum, p) => sum + p.chars, 0)).toBe(alone ? 3 : 4);
    expect(new Set(pieces.map((p) => p.file)).size).toBe(pieces.length);
    const files = readdirSync(media);
    for (const piece of pieces) {
      expect(files).toContain(piece.file);
      expect(piece.file).toMatch(/^frugal-cjk-noto-sans-sc-\d+-wght-normal\.[0-9a-f]{12}\.woff2$/);
      // A piece is a real, much smaller woff2 than the slice it was cut from.
      const bytes = readFileSync(path.join(media, piece.file));
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
      expect(bytes.length).toBe(piece.bytes);
      const stem = piece.file.replace(/^frugal-cjk-/, '').replace(/\..*$/, '');
      const slice = files.find((f) => f.startsWith(`${stem}.`)) ?? `${stem} (missing)`;
      expect(slice).toMatch(/^noto-sans-sc-\d+-wght-normal\.[0-9a-f]{12}\.woff2$/);
      expect(piece.bytes).toBeLessThan(statSync(path.join(media, slice)).size / 3);
    }
    // The late stylesheet names only files that exist, with their hashed names: the 101 whole slices, and the
    // shared pieces of every page's characters (电, 视 and 柳) as the site family.
    const css = files.find((f) => /^noto-sans-sc\.[0-9a-f]{12}\.css$/.test(f)) ?? '';
    const lateCss = readFileSync(path.join(media, css), 'utf8');
    const urls = [...lateCss.matchAll(/url\(\/_next\/static\/media\/([^)]+)\)/g)];
    for (const [, file] of urls) expect(files).toContain(file);
    expect(urls.filter(([, file]) => /^noto-sans-sc-[\w-]+-wght-normal\./.test(file))).toHaveLength(101);
    const siteFaces = lateCss.split('@font-face').filter((rule) => rule.includes(`"${SITE_FAMILY}"`));
    expect(siteFaces.length).toBe(first.size);
    expect(
      siteFaces.flatMap((rule) => /unicode-range:([^}]+)\}/.exec(rule)?.[1].split(',') ?? []).sort(),
    ).toEqual(['U+67f3', 'U+7535', 'U+89c6']);

    // Each page declares faces for exactly its own characters, and every page gets the whole slices.
    const htmls = ['index.html', 'a/index.html', 'b/index.html'].map((f) =>
      readFileSync(path.join(root, f), 'utf8'),
    );
    const block = (html: string) =>
      html.slice(html.indexOf('<meta name="cjk-fonts"/>'), html.indexOf('<meta name="cjk-fonts-end"/>'));
    const ranges = (html: string) =>
      [...block(html).matchAll(/unicode-range:([^}]+)\}/g)].flatMap((m) => m[1].split(',')).sort();
    expect(ranges(htmls[0])).toEqual(['U+67f3', 'U+7535', 'U+89c6']);
    expect(ranges(htmls[1])).toEqual([]);
    expect(block(htmls[1])).not.toContain('<style>');
    expect(ranges(htmls[2])).toEqual(['U+7535']);
    for (const html of htmls) expect(block(html)).toContain(`/_next/static/media/${css}`);
    // Every piece a page names exists.
    for (const html of htmls)
      for (const [, file] of block(html).matchAll(/url\(\/_next\/static\/media\/([^)]+)\)/g))
        expect(files).toContain(file);

    // A second run over its own output changes nothing in the pages.
    await buildCjkFonts(root);
    expect(readFileSync(path.join(root, 'index.html'), 'utf8')).toBe(htmls[0]);
  }, 60_000);
});
