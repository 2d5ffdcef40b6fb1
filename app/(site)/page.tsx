import { formatDate } from '@/components/prose/ArticleHeader';
import { ArticleThumb } from '@/components/site/ArticleThumb';
import { articles } from '@/content/articles';

export default function IndexPage() {
  return (
    <div className="page">
      <h1>The mathematics of efficient machine learning, explorable</h1>
      <p className="lede">
        Each article explains one post from Su Jianlin’s blog Scientific Spaces in our own words, with widgets
        you can drag, edit and run. Every number is computed live in your browser; every widget’s state can be
        shared by link or embedded in your own page.
      </p>
      <ul className="article-list">
        {articles.map((a) => (
          <li key={a.slug} className="article-card">
            <span className="article-card-thumb" aria-hidden="true">
              <ArticleThumb slug={a.slug} />
            </span>
            <div className="article-card-body">
              <h2>
                <a href={`/articles/${a.slug}/`}>{a.title}</a>
              </h2>
              <p>{a.summary}</p>
              <p className="original">
                Explains{' '}
                <a href={a.original.url} lang="zh-Hans">
                  {a.original.title}
                </a>{' '}
                ({formatDate(a.original.date)})
              </p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
