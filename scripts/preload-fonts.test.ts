import { describe, expect, it } from 'vitest';
import { fontUrls, withFontPreloads } from './preload-fonts.mjs';

describe('fontUrls(names, files)', () => {
  it('finds each font by its name among the hashed woff2 files, and throws for a missing one', () => {
    const files = [
      'KaTeX_Main-Regular.ab1.woff2',
      'KaTeX_Main-Regular.ab1.woff',
      'KaTeX_Math-Italic.cd2.woff2',
    ];
    expect(fontUrls(['KaTeX_Math-Italic', 'KaTeX_Main-Regular'], files)).toEqual([
      '/_next/static/media/KaTeX_Math-Italic.cd2.woff2',
      '/_next/static/media/KaTeX_Main-Regular.ab1.woff2',
    ]);
    expect(() => fontUrls(['KaTeX_Size1-Regular'], files)).toThrow('no KaTeX_Size1-Regular.*.woff2');
  });
});

describe('withFontPreloads(html, urls)', () => {
  const urls = ['/_next/static/media/a.woff2', '/_next/static/media/b.woff2'];
  const page =
    '<html><head><meta charSet="utf-8"/><title>t</title></head><body><span class="katex">x</span></body></html>';

  it('puts one crossorigin font preload per URL right after the charset meta of a page with math, once', () => {
    const out = withFontPreloads(page, urls);
    expect(out).toBe(
      '<html><head><meta charSet="utf-8"/><link rel="preload" href="/_next/static/media/a.woff2" as="font" type="font/woff2" crossorigin=""/><link rel="preload" href="/_next/static/media/b.woff2" as="font" type="font/woff2" crossorigin=""/><title>t</title></head><body><span class="katex">x</span></body></html>',
    );
    expect(withFontPreloads(out, urls)).toBe(out);
  });

  it('leaves a page without math alone and throws for a document without <head>', () => {
    const plain = '<html><head></head><body>no math</body></html>';
    expect(withFontPreloads(plain, urls)).toBe(plain);
    expect(() => withFontPreloads('<span class="katex">x</span>', urls)).toThrow('no <head>');
  });
});
