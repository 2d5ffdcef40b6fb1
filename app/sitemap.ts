import type { MetadataRoute } from 'next';
import { catalog } from '@/components/figure/catalog';
import { SITE_URL, sitemapUrls } from '@/components/site/url';
import { articles } from '@/content/articles';

export const dynamic = 'force-static';

/** Every page of the site, embed pages included (the browser tests visit each one). */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapUrls(
    SITE_URL,
    articles.map((a) => a.slug),
    catalog.map((w) => w.id),
  ).map((url) => ({ url }));
}
