import type { MetadataRoute } from 'next';
import { catalog } from '@/components/figure/catalog';
import { SITE_URL } from '@/components/site/url';
import { articles } from '@/content/articles';

export const dynamic = 'force-static';

/** Every page of the site, embed pages included (the browser tests visit each one). */
export default function sitemap(): MetadataRoute.Sitemap {
  const pages = [
    '/',
    '/about/',
    ...articles.map((a) => `/articles/${a.slug}/`),
    '/embed/',
    ...catalog.map((w) => `/embed/${w.id}/`),
  ];
  return pages.map((p) => ({ url: `${SITE_URL}${p}` }));
}
