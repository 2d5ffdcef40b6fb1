import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractScripts, formatReport, headStart, pagePath, parseAttributes, sizeReport } from './size.mjs';

// The head of a page exported by Next 16 (Turbopack), trimmed: a low-priority preload, async chunks, a
// nomodule polyfill, an inline bootstrap naming chunks in a string, and a chunk script after the body.
const NEXT_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>
<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>
<link rel="preload" as="style" href="/_next/static/chunks/b.css"/>
<script src="/_next/static/chunks/framework.js" async=""></script>
<script src="/_next/static/chunks/turbopack-x.js" async=""></script>
<script src="/_next/static/chunks/polyfill.js" noModule=""></script></head>
<body><!-- <script src="/_next/static/chunks/commented.js"></script> -->
<script id="_R_">(globalThis.TURBOPACK||[]).push({"otherChunks":["static/chunks/main.js"]});
document.write('<script src="/_next/static/chunks/inline-string.js"></script>')</script>
<script src="/_next/static/chunks/main.js" async=""></script>
<script>self.__next_f.push([1,"2:\\"/_next/static/chunks/page.js\\""])</script>
<script src="/embed.js"></script></body></html>`;

describe('parseAttributes(tag)', () => {
  it('parseAttributes reads double-, single- and unquoted values and valueless attributes, lower-casing names', () => {
    const attributes = parseAttributes(
      `<script SRC="/a.js?x=1&amp;y=2" data-x='q r' type=module noModule async="">`,
    );
    expect(Object.fromEntries(attributes)).toEqual({
      src: '/a.js?x=1&y=2',
      'data-x': 'q r',
      type: 'module',
      nomodule: '',
      async: '',
    });
  });

  it('parseAttributes keeps the first of duplicated attributes and handles self-closing tags', () => {
    expect(
      Object.fromEntries(parseAttributes('<link rel="preload" rel="x" as=script href="/h.js"/>')),
    ).toEqual({
      rel: 'preload',
      as: 'script',
      href: '/h.js',
    });
  });
});

describe('extractScripts(html)', () => {
  it('extractScripts lists the first-load /_next/ scripts of a Next page in order, once each, without nomodule ones', () => {
    expect(extractScripts(NEXT_PAGE)).toEqual([
      '/_next/static/chunks/main.js',
      '/_next/static/chunks/framework.js',
      '/_next/static/chunks/turbopack-x.js',
    ]);
  });

  it('extractScripts counts modulepreload and ignores preloads of other types, comments and inline script text', () => {
    const html = `<LINK REL="modulepreload" HREF="/_next/m.js"><link rel="preload" as="font" href="/_next/f.woff2">
      <!-- <link rel="modulepreload" href="/_next/c.js"> --><script>var s = '<link rel="modulepreload" href="/_next/i.js">'</script>`;
    expect(extractScripts(html)).toEqual(['/_next/m.js']);
  });

  it('extractScripts strips query strings and fragments and skips scripts outside /_next/', () => {
    const html = `<script src="/_next/a.js?dpl=1"></script><script src='/_next/a.js#x'></script>
      <script src="https://cdn.example/_next/b.js"></script><script src="/embed.js"></script><script src=/_next/c.js></script>`;
    expect(extractScripts(html)).toEqual(['/_next/a.js', '/_next/c.js']);
  });

  it('extractScripts gives [] for a page without scripts', () => {
    expect(extractScripts('<!doctype html><p>static</p>')).toEqual([]);
  });
});

describe('headStart(html, what)', () => {
  it('points just after <head> and a charset meta that opens it, else just after <head>', () => {
    expect(headStart('<html><head><meta charset="utf-8"><title>', 'x')).toBe(34);
    expect(headStart('<html><HEAD lang="en"><title>t</title><meta charset="utf-8">', 'x')).toBe(22);
    expect(() => headStart('<p>no head</p>', 'the policy')).toThrow('no <head> to put the policy in');
  });
});

describe('pagePath(relativeFile)', () => {
  it.each([
    ['index.html', '/'],
    ['about/index.html', '/about/'],
    ['articles/sparse-attention/index.html', '/articles/sparse-attention/'],
    ['404.html', '/404.html'],
  ])('pagePath(%s) is %s', (file, page) => {
    expect(pagePath(file)).toBe(page);
  });
});

describe('sizeReport({ root, budgetKb })', () => {
  let root: string;
  // Incompressible-ish content of known size: a seeded LCG in hex, so gzip sizes are stable but non-trivial.
  const noise = (seed: number, length: number) => {
    let s = seed;
    let out = '';
    while (out.length < length) {
      s = (s * 1103515245 + 12345) % 2 ** 31;
      out += s.toString(16);
    }
    return out.slice(0, length);
  };
  const chunks: Record<string, string> = {
    'framework.js': noise(1, 60_000),
    'shared.js': noise(2, 20_000),
    'article.js': noise(3, 90_000),
    'about.js': noise(4, 1_000),
  };
  const gz = (name: string) => gzipSync(Buffer.from(chunks[name]), { level: 9 }).length;
  const page = (...names: string[]) =>
    names.map((n) => `<script src="/_next/static/chunks/${n}" async></script>`).join('');

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'frugal-size-'));
    const files: Record<string, string> = {
      'index.html': page('framework.js', 'shared.js'),
      'about/index.html': page('framework.js', 'shared.js', 'about.js'),
      'articles/big/index.html': page('framework.js', 'shared.js', 'article.js'),
      'articles/small/index.html': page('framework.js', 'shared.js'),
      'embed/big/index.html': page('framework.js', 'shared.js', 'article.js'),
      ...Object.fromEntries(Object.entries(chunks).map(([n, body]) => [`_next/static/chunks/${n}`, body])),
    };
    for (const [name, body] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), body);
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('sizeReport sums the level-9 gzip size of each page’s scripts, pages sorted by path', () => {
    const report = sizeReport({ root, budgetKb: 1000 });
    expect(report.pages.map((p) => p.page)).toEqual([
      '/',
      '/about/',
      '/articles/big/',
      '/articles/small/',
      '/embed/big/',
    ]);
    const byPage = Object.fromEntries(report.pages.map((p) => [p.page, p.gzipBytes]));
    expect(byPage['/']).toBe(gz('framework.js') + gz('shared.js'));
    expect(byPage['/about/']).toBe(gz('framework.js') + gz('shared.js') + gz('about.js'));
    expect(byPage['/articles/big/']).toBe(gz('framework.js') + gz('shared.js') + gz('article.js'));
    expect(report.pages.find((p) => p.page === '/about/')?.scripts).toHaveLength(3);
  });

  it('sizeReport takes as baseline the scripts every page loads', () => {
    const { baseline } = sizeReport({ root });
    expect(baseline.scripts).toEqual(['/_next/static/chunks/framework.js', '/_next/static/chunks/shared.js']);
    expect(baseline.gzipBytes).toBe(gz('framework.js') + gz('shared.js'));
  });

  it('sizeReport flags only /articles/ pages above the budget', () => {
    const big = gz('framework.js') + gz('shared.js') + gz('article.js');
    const small = gz('framework.js') + gz('shared.js');
    const between = (big + small) / 2 / 1000;
    const report = sizeReport({ root, budgetKb: between });
    expect(report.overBudget.map((p) => p.page)).toEqual(['/articles/big/']);
    expect(sizeReport({ root, budgetKb: big / 1000 }).overBudget).toEqual([]);
    expect(sizeReport({ root, budgetKb: small / 1000 - 0.001 }).overBudget.map((p) => p.page)).toEqual([
      '/articles/big/',
      '/articles/small/',
    ]);
  });

  it('formatReport prints one row per page, the baseline and each page over budget', () => {
    const text = formatReport(sizeReport({ root, budgetKb: 60 }));
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^page\s+scripts\s+gzip kB$/);
    expect(lines.filter((l) => /^\/\S*\s+\d+\s+\d+\.\d$/.test(l))).toHaveLength(5);
    expect(text).toContain('shared framework baseline: 2 scripts');
    expect(text).toMatch(/✗ \/articles\/big\/ loads [\d.]+ kB, over the 60 kB budget/);
    expect(text).not.toContain('✗ /embed/big/');
  });

  it('sizeReport throws, naming the page and script, when a page loads a chunk missing from the export', () => {
    writeFileSync(path.join(root, 'broken.html'), page('gone.js'));
    try {
      expect(() => sizeReport({ root })).toThrow('/broken.html loads /_next/static/chunks/gone.js');
    } finally {
      rmSync(path.join(root, 'broken.html'));
    }
  });

  it('sizeReport throws "run npm run build first" for a missing folder', () => {
    expect(() => sizeReport({ root: path.join(root, 'nope') })).toThrow('run npm run build first');
  });
});
