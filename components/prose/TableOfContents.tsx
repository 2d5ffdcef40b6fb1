'use client';

import { useEffect, useState } from 'react';
import type { OutlineHeading } from './outline';

/**
 * The article's headings: a sticky sidebar on wide screens, a collapsible list on narrow ones. The section
 * being read is marked with aria-current.
 */
export function TableOfContents({ headings }: { headings: OutlineHeading[] }) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState<string | null>(null);

  useEffect(() => {
    const elements = headings
      .map((h) => document.getElementById(h.id))
      .filter((el): el is HTMLElement => el !== null);
    if (elements.length === 0 || typeof IntersectionObserver === 'undefined') return;
    const visible = new Set<string>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          if (e.isIntersecting) visible.add(e.target.id);
          else visible.delete(e.target.id);
        }
        const first = elements.find((el) => visible.has(el.id));
        if (first) setActive(first.id);
      },
      { rootMargin: '0px 0px -70% 0px' },
    );
    for (const el of elements) observer.observe(el);
    return () => observer.disconnect();
  }, [headings]);

  if (headings.length === 0) return null;
  return (
    <nav className={open ? 'toc toc-open' : 'toc'} aria-label="Table of contents">
      <button type="button" className="toc-toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        Contents
      </button>
      <p className="toc-title">Contents</p>
      <ol className="toc-list">
        {headings.map((h) => (
          <li key={h.id} className={`toc-depth-${h.depth}`}>
            <a
              href={`#${h.id}`}
              aria-current={active === h.id ? 'location' : undefined}
              onClick={() => setOpen(false)}
            >
              <span className="toc-number">{h.number}</span> {h.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
