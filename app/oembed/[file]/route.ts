import { catalog } from '@/components/figure/catalog';
import { oembedResponse, SITE_URL } from '@/components/site/url';
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
  const article = entry && getArticle(entry.article);
  if (!entry || !article) return new Response('Not found', { status: 404 });
  return Response.json(oembedResponse(SITE_URL, entry, article.original));
}
