import type { ArticleMeta } from './types';

export function formatDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Title, subtitle, and the original post this article explains (title, author, date, link). */
export function ArticleHeader({ article }: { article: ArticleMeta }) {
  const o = article.original;
  return (
    <header className="article-header">
      <h1 id="article-title">{article.title}</h1>
      <p className="article-subtitle">{article.subtitle}</p>
      <dl className="article-byline">
        <div>
          <dt>Explains</dt>
          <dd>
            <a href={o.url} lang="zh-Hans">
              {o.title}
            </a>{' '}
            <span className="article-byline-en">({o.titleEn})</span>
          </dd>
        </div>
        <div>
          <dt>Original by</dt>
          <dd>
            {o.author}, <time dateTime={o.date}>{formatDate(o.date)}</time>, Scientific Spaces
          </dd>
        </div>
        <div>
          <dt>Updated</dt>
          <dd>
            <time dateTime={article.updated}>{formatDate(article.updated)}</time>
          </dd>
        </div>
      </dl>
    </header>
  );
}
