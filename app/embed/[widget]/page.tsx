import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { catalog, getWidgetMeta } from '@/components/figure/catalog';
import { reservedHeight, reserveKey } from '@/components/figure/reservedHeights';
import { embedAlternates, SITE_URL } from '@/components/site/url';
import { getArticle } from '@/content/articles';
import { EmbedClient } from './EmbedClient';

export const dynamicParams = false;

export function generateStaticParams() {
  return catalog.map((w) => ({ widget: w.id }));
}

type Params = { params: Promise<{ widget: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { widget } = await params;
  const entry = getWidgetMeta(widget);
  if (!entry) return {};
  return {
    title: entry.title,
    description: entry.description,
    robots: { index: false },
    alternates: embedAlternates(SITE_URL, entry.id),
  };
}

export default async function EmbedPage({ params }: Params) {
  const { widget } = await params;
  const entry = getWidgetMeta(widget);
  if (!entry) notFound();
  const article = getArticle(entry.article);
  return (
    <main className="embed-page">
      <h1 className="visually-hidden">{entry.title}</h1>
      <EmbedClient
        meta={entry}
        articleHref={`/articles/${entry.article}/#fig-${entry.figure}`}
        articleTitle={article?.title ?? 'Frugal'}
        reserve={reservedHeight(reserveKey(`/embed/${entry.id}/`))}
      />
    </main>
  );
}
