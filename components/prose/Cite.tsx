import { anchors } from './outline';
import type { Reference } from './types';

export interface CitedReference {
  key: string;
  number: number;
  reference: Reference;
}

function CardText({ r }: { r: Reference }) {
  return (
    <>
      <span className="cite-card-authors">{r.authors}</span>{' '}
      <span className="cite-card-title">{r.title}</span>{' '}
      <span className="cite-card-venue">
        {r.venue}, {r.year}.
      </span>
      {r.note ? <span className="cite-card-note">{r.note}</span> : null}
    </>
  );
}

/**
 * A numbered citation, "[2]", with a card that opens on hover, keyboard focus or tap (CSS only, so it works
 * before any script loads). The card links to the entry in the reference list.
 */
export function Cite({ cited }: { cited: CitedReference[] }) {
  return (
    <span className="cite">
      {cited.map(({ key, number, reference }, i) => (
        <span className="cite-item" key={key}>
          {i > 0 ? <span className="cite-sep">,</span> : null}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: focus opens the card on touch screens and keyboards. */}
          <span className="cite-trigger" tabIndex={0} aria-describedby={`cite-card-${key}`}>
            [{number}]
          </span>
          <span className="cite-card" role="tooltip" id={`cite-card-${key}`}>
            <CardText r={reference} />
            <a className="cite-card-link" href={`#${anchors.citation(key)}`}>
              See reference {number}
            </a>
          </span>
        </span>
      ))}
    </span>
  );
}

/** The reference list at the end of an article, in citation order. */
export function References({ cited }: { cited: CitedReference[] }) {
  if (cited.length === 0) return null;
  return (
    <section className="references" aria-labelledby="references">
      <h2 id="references">References</h2>
      <ol>
        {cited.map(({ key, reference: r }) => (
          <li key={key} id={anchors.citation(key)}>
            {r.authors}. {r.url ? <a href={r.url}>{r.title}</a> : r.title}. <em>{r.venue}</em>, {r.year}.
          </li>
        ))}
      </ol>
    </section>
  );
}
