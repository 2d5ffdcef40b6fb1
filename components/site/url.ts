/**
 * The public origin of the site and the absolute URLs a static page needs (sitemap, oEmbed files and their
 * discovery links). The origin is a build setting, `NEXT_PUBLIC_SITE_URL`; every builder takes it as an
 * argument so that tests can pass another. Pages compute share and embed links from `location` at run time.
 */
import type { WidgetMeta } from '@/components/figure/catalog';
import { embedSnippet, OEMBED_WIDTH } from '@/components/figure/embedSnippet';
import type { OriginalPost } from '@/components/prose/types';

/** The origin used when `NEXT_PUBLIC_SITE_URL` is unset: what `npm start` serves. */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:3000';

/**
 * The site origin from a setting: an absolute http(s) URL without a path (the export has no base path),
 * returned as its origin (no trailing slash); `undefined` or '' gives {@link DEFAULT_SITE_URL}. Anything else
 * throws an Error naming `NEXT_PUBLIC_SITE_URL` and the value, so a bad setting fails the build.
 * Example: `siteOrigin('https://frugal.example/')` → 'https://frugal.example'.
 */
export function siteOrigin(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(
      `NEXT_PUBLIC_SITE_URL must be an absolute URL such as https://frugal.example, not "${value}"`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`NEXT_PUBLIC_SITE_URL must start with http:// or https://, not "${value}"`);
  if (url.pathname !== '/' || url.search || url.hash)
    throw new Error(
      `NEXT_PUBLIC_SITE_URL must be an origin without a path, query or fragment (the site is served from /), not "${value}"`,
    );
  return url.origin;
}

/** The origin this build writes into absolute URLs (`NEXT_PUBLIC_SITE_URL`, default {@link DEFAULT_SITE_URL}). */
export const SITE_URL = siteOrigin(process.env.NEXT_PUBLIC_SITE_URL);

/**
 * Absolute URLs of every page, in the sitemap's order: home, about, the articles, the embed gallery and one
 * embed page per widget.
 * Example: `sitemapUrls('https://x.org', ['svd'], ['svd-rank'])` → ['https://x.org/', 'https://x.org/about/',
 * 'https://x.org/articles/svd/', 'https://x.org/embed/', 'https://x.org/embed/svd-rank/'].
 */
export function sitemapUrls(
  origin: string,
  articleSlugs: readonly string[],
  widgetIds: readonly string[],
): string[] {
  const paths = [
    '/',
    '/about/',
    ...articleSlugs.map((slug) => `/articles/${slug}/`),
    '/embed/',
    ...widgetIds.map((id) => `/embed/${id}/`),
  ];
  return paths.map((p) => `${origin}${p}`);
}

/**
 * The canonical URL of a widget's embed page and its oEmbed discovery link, absolute, for Next's
 * `metadata.alternates` (rendered as `<link rel="alternate" type="application/json+oembed">`).
 * Example: `embedAlternates('https://x.org', 'svd-rank').types['application/json+oembed']` →
 * 'https://x.org/oembed/svd-rank.json'.
 */
export function embedAlternates(origin: string, widgetId: string) {
  return {
    canonical: `${origin}/embed/${widgetId}/`,
    types: { 'application/json+oembed': `${origin}/oembed/${widgetId}.json` },
  };
}

/** An oEmbed 1.0 "rich" response (https://oembed.com, section 2.3.4). */
export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  author_name: string;
  author_url: string;
  provider_name: 'Frugal';
  provider_url: string;
  width: number;
  height: number;
  html: string;
}

/**
 * The oEmbed response of a widget at its default state: its title, the author and address of the original
 * post it explains (the work the widget is about), Frugal as the provider, and the iframe snippet of its
 * embed page at {@link OEMBED_WIDTH} × `embedHeight`, all on `origin`.
 * Example: `oembedResponse('https://x.org', svdRankMeta, post).author_name` → 'Su Jianlin (苏剑林)'.
 */
export function oembedResponse(
  origin: string,
  widget: Pick<WidgetMeta, 'id' | 'title' | 'embedHeight'>,
  post: Pick<OriginalPost, 'author' | 'url'>,
): OEmbedRich {
  return {
    version: '1.0',
    type: 'rich',
    title: widget.title,
    author_name: post.author,
    author_url: post.url,
    provider_name: 'Frugal',
    provider_url: `${origin}/`,
    width: OEMBED_WIDTH,
    height: widget.embedHeight,
    html: embedSnippet(
      `${origin}/embed/${widget.id}/`,
      widget.title,
      widget.embedHeight,
      origin,
      OEMBED_WIDTH,
    ),
  };
}
