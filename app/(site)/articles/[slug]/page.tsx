import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleHeader } from '@/components/prose/ArticleHeader';
import { ArticleProvider } from '@/components/prose/ArticleState';
import { References } from '@/components/prose/Cite';
import { articleComponents, citedReferences } from '@/components/prose/components';
import { buildOutline } from '@/components/prose/outline';
import { TableOfContents } from '@/components/prose/TableOfContents';
import { articles, getArticle } from '@/content/articles';
import { liveArticles } from '@/content/live';
import '@/components/prose/katex.generated.css';
import '@/components/prose/prose.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return articles.map((a) => ({ slug: a.slug }));
}

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const article = getArticle(slug);
  if (!article) return {};
  return {
    title: article.title,
    description: article.summary,
    alternates: { canonical: `/articles/${slug}/` },
    openGraph: { title: article.title, description: article.summary, type: 'article' },
  };
}

export default async function ArticlePage({ params }: Params) {
  const { slug } = await params;
  const article = getArticle(slug);
  if (!article) notFound();
  const source = await readFile(path.join(process.cwd(), 'content', `${slug}.mdx`), 'utf8');
  const outline = buildOutline(source, `content/${slug}.mdx`);
  const { default: Content } = await import(`@/content/${slug}.mdx`);
  const Provider = liveArticles[slug]?.Provider ?? ArticleProvider;

  return (
    <Provider>
      <div className="article-layout">
        <TableOfContents headings={outline.headings} />
        <article className="article" aria-labelledby="article-title">
          <ArticleHeader article={article} />
          <div className="article-body">
            <Content components={articleComponents(slug, outline)} />
            <References cited={citedReferences(outline, slug)} />
          </div>
        </article>
      </div>
    </Provider>
  );
}
