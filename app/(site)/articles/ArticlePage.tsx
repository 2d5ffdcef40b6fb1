import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MDXProps } from 'mdx/types';
import type { Metadata } from 'next';
import type { ComponentType, ReactNode } from 'react';
import { articleComponents, citedReferences } from '@/app/(site)/articles/articleComponents';
import { ArticleHeader } from '@/components/prose/ArticleHeader';
import { References } from '@/components/prose/Cite';
import { DrawProse } from '@/components/prose/DrawProse';
import { buildOutline } from '@/components/prose/outline';
import { TableOfContents } from '@/components/prose/TableOfContents';
import { getArticle } from '@/content/articles';
import '@/components/prose/katex.generated.css';
import '@/components/prose/prose.css';

/** The page metadata of an article, from content/articles.ts. */
export function articleMetadata(slug: string): Metadata {
  const article = getArticle(slug);
  if (!article) throw new Error(`articleMetadata: no article "${slug}" in content/articles.ts`);
  return {
    title: article.title,
    description: article.summary,
    alternates: { canonical: `/articles/${slug}/` },
    openGraph: { title: article.title, description: article.summary, type: 'article' },
  };
}

/**
 * One article page: header, table of contents, the MDX body with the article vocabulary, and its references.
 * Each article has its own route (`app/(site)/articles/<slug>/page.tsx`) that imports its MDX and its
 * Provider statically, so a page's client bundle carries only its own live variables and widget table.
 */
export async function ArticlePage({
  slug,
  Content,
  Provider,
}: {
  slug: string;
  Content: ComponentType<MDXProps>;
  /** The article's client module (`content/<slug>.provider.tsx`): its widget table and live variables. */
  Provider: ComponentType<{ children: ReactNode }>;
}) {
  const article = getArticle(slug);
  if (!article) throw new Error(`ArticlePage: no article "${slug}" in content/articles.ts`);
  const source = await readFile(path.join(process.cwd(), 'content', `${slug}.mdx`), 'utf8');
  const outline = buildOutline(source, `content/${slug}.mdx`);
  return (
    <Provider>
      <div className="article-layout">
        <TableOfContents headings={outline.headings} />
        <article className="article" aria-labelledby="article-title">
          <ArticleHeader article={article} />
          <div className="article-body">
            <Content components={articleComponents(slug, outline)} />
            <References cited={citedReferences(outline, slug)} />
            <DrawProse />
          </div>
        </article>
      </div>
    </Provider>
  );
}
