import { describe, expect, it } from 'vitest';
import { getWidgetMeta } from '@/components/figure/catalog';
import { OEMBED_WIDTH } from '@/components/figure/embedSnippet';
import { DEFAULT_SITE_URL, embedAlternates, oembedResponse, sitemapUrls, siteOrigin } from './url';

const ORIGIN = 'https://frugal.example';
const POST = { author: 'Su Jianlin (苏剑林)', url: 'https://kexue.fm/archives/4208' };

describe('siteOrigin(value)', () => {
  it('siteOrigin gives the default origin when the setting is unset or blank', () => {
    expect(siteOrigin(undefined)).toBe(DEFAULT_SITE_URL);
    expect(siteOrigin('  ')).toBe(DEFAULT_SITE_URL);
  });

  it('siteOrigin normalises an origin with or without a trailing slash, keeping a port', () => {
    expect(siteOrigin('https://frugal.example/')).toBe(ORIGIN);
    expect(siteOrigin(' HTTPS://Frugal.Example ')).toBe(ORIGIN);
    expect(siteOrigin('http://localhost:8080')).toBe('http://localhost:8080');
  });

  it('siteOrigin throws, naming the setting, for a relative URL, another scheme or a path', () => {
    expect(() => siteOrigin('frugal.example')).toThrow(/NEXT_PUBLIC_SITE_URL .*"frugal\.example"/);
    expect(() => siteOrigin('ftp://frugal.example')).toThrow(/http:\/\/ or https:\/\//);
    expect(() => siteOrigin('https://x.github.io/frugal/')).toThrow(/without a path/);
    expect(() => siteOrigin('https://frugal.example/?a=1')).toThrow(/without a path/);
  });
});

describe('absolute URLs on a non-default origin', () => {
  it('sitemapUrls puts every page on the origin it is given', () => {
    expect(sitemapUrls(ORIGIN, ['svd-autoencoder'], ['svd-rank', 'new-words'])).toEqual([
      `${ORIGIN}/`,
      `${ORIGIN}/about/`,
      `${ORIGIN}/articles/svd-autoencoder/`,
      `${ORIGIN}/embed/`,
      `${ORIGIN}/embed/svd-rank/`,
      `${ORIGIN}/embed/new-words/`,
    ]);
  });

  it('embedAlternates gives the absolute canonical URL and oEmbed discovery link', () => {
    expect(embedAlternates(ORIGIN, 'svd-rank')).toEqual({
      canonical: `${ORIGIN}/embed/svd-rank/`,
      types: { 'application/json+oembed': `${ORIGIN}/oembed/svd-rank.json` },
    });
  });

  it('oembedResponse points the iframe, embed.js and provider at the origin, and credits the post author', () => {
    const widget = getWidgetMeta('svd-rank');
    if (!widget) throw new Error('svd-rank is not in the catalog');
    const body = oembedResponse(ORIGIN, widget, POST);
    expect(body).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: widget.title,
      author_name: POST.author,
      author_url: POST.url,
      provider_name: 'Frugal',
      provider_url: `${ORIGIN}/`,
      width: OEMBED_WIDTH,
      height: widget.embedHeight,
    });
    expect(body.html).toContain(
      `<iframe src="${ORIGIN}/embed/svd-rank/" title="${widget.title}" width="${OEMBED_WIDTH}" height="${widget.embedHeight}"`,
    );
    expect(body.html).toContain(`<script src="${ORIGIN}/embed.js" async></script>`);
    expect(body.html).not.toContain(DEFAULT_SITE_URL);
  });

  it('oembedResponse escapes a title with quotes and ampersands in the iframe attribute', () => {
    const body = oembedResponse(ORIGIN, { id: 'x', title: 'Rank "k" & <error>', embedHeight: 300 }, POST);
    expect(body.title).toBe('Rank "k" & <error>');
    expect(body.html).toContain('title="Rank &quot;k&quot; &amp; &lt;error>"');
  });
});
