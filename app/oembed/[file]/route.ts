import { catalog } from '@/components/figure/catalog';
import { SITE_URL } from '@/components/site/url';
import { getArticle } from '@/content/articles';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return catalog.map((w) => ({ file: `${w.id}.json` }));
}

/** oEmbed (https://oembed.com) "rich" response for one widget at its default state, as a static JSON file. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const entry = catalog.find((w) => `${w.id}.json` === file);
  if (!entry) return new Response('Not found', { status: 404 });
  const src = `${SITE_URL}/embed/${entry.id}/`;
  const width = 720;
  return Response.json({
    version: '1.0',
    type: 'rich',
    provider_name: 'Frugal',
    provider_url: `${SITE_URL}/`,
    title: entry.title,
    author_name: getArticle(entry.article)?.title ?? 'Frugal',
    author_url: `${SITE_URL}/articles/${entry.article}/`,
    width,
    height: entry.embedHeight,
    html: `<iframe src="${src}" title="${entry.title}" width="${width}" height="${entry.embedHeight}" style="border:0;max-width:100%" loading="lazy" data-frugal-embed></iframe><script src="${SITE_URL}/embed.js" async></script>`,
  });
}
