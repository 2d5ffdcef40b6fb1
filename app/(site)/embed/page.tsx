import type { Metadata } from 'next';
import { catalog, getWidgetMeta } from '@/components/figure/catalog';
import { embedSnippet } from '@/components/figure/embedSnippet';
import { encodeValue, type ParamSpec } from '@/components/figure/schema';
import { articles } from '@/content/articles';

export const metadata: Metadata = {
  title: 'Embed a widget',
  description: 'Every Frugal widget, with a live preview, its parameters and the snippet to embed it.',
};

function range(spec: ParamSpec): string {
  switch (spec.type) {
    case 'int':
    case 'number':
      return `${spec.min} to ${spec.max}`;
    case 'enum':
      return spec.options.join(' | ');
    case 'boolean':
      return '0 | 1';
    case 'string':
      return `text, up to ${spec.maxLength} characters`;
    case 'vector':
      return `${spec.minLength}–${spec.maxLength} numbers, comma-separated`;
    case 'matrix':
      return `up to ${spec.maxRows}×${spec.maxCols}; rows separated by “;”`;
  }
}

export default function EmbedGallery() {
  const example = getWidgetMeta('attention-mask');
  if (!example) throw new Error('the gallery’s example widget, attention-mask, is not in the catalog');
  return (
    <div className="page">
      <h1>Embed a widget</h1>
      <p className="lede">
        Every widget on Frugal runs on its own at <code>/embed/&lt;widget&gt;/</code>, with its starting state
        in the query string. Paste the snippet into your page; the small script resizes the frame to fit its
        content. Each figure’s menu (“Share” → “Embed”) gives the snippet for the state you are looking at.
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
      <pre tabIndex={0}>
        <code>
          {embedSnippet(
            `https://<this site>/embed/${example.id}/?pattern=local&n=32`,
            example.title,
            example.embedHeight,
            'https://<this site>',
          )}
        </code>
      </pre>
      {/* The same resize script bloggers use, so each preview grows to fit its widget. */}
      <script src="/embed.js" async />
      {articles.map((article) => {
        const items = catalog.filter((w) => w.article === article.slug);
        if (items.length === 0) return null;
        return (
          <section key={article.slug} className="embed-gallery-group" aria-labelledby={`a-${article.slug}`}>
            <h2 id={`a-${article.slug}`}>
              From <a href={`/articles/${article.slug}/`}>{article.title}</a>
            </h2>
            <div className="embed-gallery">
              {items.map((w) => (
                <section key={w.id} className="embed-gallery-item" aria-labelledby={`w-${w.id}`}>
                  <h3 id={`w-${w.id}`}>
                    <a href={`/embed/${w.id}/`} data-embed-link>
                      {w.title}
                    </a>
                  </h3>
                  <p>{w.description}</p>
                  {/* Closed until asked for: a page of live widgets would run every one of them at once. */}
                  <details className="embed-gallery-details">
                    <summary>Live preview</summary>
                    <iframe
                      className="embed-gallery-preview"
                      src={`/embed/${w.id}/`}
                      title={`Live preview: ${w.title}`}
                      loading="lazy"
                      height={w.embedHeight}
                    />
                  </details>
                  <table>
                    <caption className="visually-hidden">Parameters of {w.title}</caption>
                    <thead>
                      <tr>
                        <th scope="col">Parameter</th>
                        <th scope="col">Meaning</th>
                        <th scope="col">Values</th>
                        <th scope="col">Default</th>
                      </tr>
                    </thead>
                    <tbody>
                      {Object.entries(w.params).map(([key, spec]) => (
                        <tr key={key}>
                          <td>
                            <code>{key}</code>
                          </td>
                          <td>
                            {spec.label}
                            {spec.description ? (
                              <span className="embed-param-description"> — {spec.description}</span>
                            ) : null}
                          </td>
                          <td>{range(spec)}</td>
                          <td>
                            <code>{encodeValue(spec, spec.default)}</code>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </section>
              ))}
            </div>
          </section>
        );
      })}
    </div>
  );
}
