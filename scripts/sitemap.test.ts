import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSitemap, readSitemapPaths, sitemapPaths } from './sitemap.mjs';

// The shape app/sitemap.ts exports (Next's MetadataRoute.Sitemap serialised), with a production-like base.
const SITEMAP = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url>
<loc>http://127.0.0.1:3000/</loc>
</url>
<url>
<loc>http://127.0.0.1:3000/about/</loc>
<lastmod>2026-11-29</lastmod>
</url>
<url><loc> https://frugal.example/articles/sparse-attention/ </loc></url>
<!-- <url><loc>http://127.0.0.1:3000/test/</loc></url> -->
<url><loc><![CDATA[http://127.0.0.1:3000/embed/attention-mask/?n=32&pattern=local]]></loc></url>
<url><loc>http://127.0.0.1:3000/search/?q=a&amp;b=%C3%A9&#38;c=&#x31;</loc></url>
</urlset>`;

describe('parseSitemap(xml)', () => {
  it('parseSitemap returns every <loc> in order, trimmed, skipping comments and decoding entities and CDATA', () => {
    expect(parseSitemap(SITEMAP)).toEqual([
      'http://127.0.0.1:3000/',
      'http://127.0.0.1:3000/about/',
      'https://frugal.example/articles/sparse-attention/',
      'http://127.0.0.1:3000/embed/attention-mask/?n=32&pattern=local',
      'http://127.0.0.1:3000/search/?q=a&b=%C3%A9&c=1',
    ]);
  });

  it('parseSitemap gives [] for an empty urlset and drops empty <loc>s', () => {
    expect(parseSitemap('<urlset></urlset>')).toEqual([]);
    expect(parseSitemap('<urlset><url><loc>  </loc></url></urlset>')).toEqual([]);
  });
});

describe('sitemapPaths(xml)', () => {
  it('sitemapPaths keeps pathnames only, whatever the host, without duplicates', () => {
    const xml = `${SITEMAP}<url><loc>https://other.example/about/</loc></url>`;
    expect(sitemapPaths(xml)).toEqual([
      '/',
      '/about/',
      '/articles/sparse-attention/',
      '/embed/attention-mask/',
      '/search/',
    ]);
  });

  it('sitemapPaths resolves relative locs against / and throws on a loc that is not a URL', () => {
    expect(sitemapPaths('<loc>/about/</loc><loc>embed/</loc>')).toEqual(['/about/', '/embed/']);
    expect(() => sitemapPaths('<loc>http://[bad/</loc>')).toThrow('sitemap <loc> is not a URL: http://[bad/');
  });
});

describe('readSitemapPaths(root)', () => {
  it('readSitemapPaths reads root/sitemap.xml and says to build when it is missing', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'frugal-sitemap-'));
    try {
      expect(() => readSitemapPaths(root)).toThrow(/sitemap\.xml is missing: run npm run build first/);
      writeFileSync(path.join(root, 'sitemap.xml'), SITEMAP);
      expect(readSitemapPaths(root)).toHaveLength(5);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
