'use client';

import type { KatexOptions } from 'katex';
import { useEffect, useRef, useState } from 'react';

/** The options every formula of the prose is typeset with, on the server and in the browser. */
export const typesetOptions = (display: boolean): KatexOptions => ({
  displayMode: display,
  throwOnError: false,
  strict: false,
});

/** The class of the element `TeX` renders: KaTeX's own outer element. */
const outerClass = (display: boolean) => (display ? 'katex-display' : 'katex');

/**
 * KaTeX's markup without its outer element (`<span class="katex">`, or `<span class="katex-display">` for
 * display math), which `TeX` renders itself; anything else (KaTeX's error span) comes back whole.
 * Example: `innerMarkup('<span class="katex"><b>x</b></span>', false)` → `'<b>x</b>'`.
 */
export function innerMarkup(html: string, display: boolean): string {
  const open = `<span class="${outerClass(display)}">`;
  // KaTeX's markup is well formed: one that opens with this element ends by closing it.
  return html.startsWith(open) ? html.slice(open.length, -'</span>'.length) : html;
}

/**
 * A formula typeset by KaTeX while the page is rendered on the server, so the HTML carries KaTeX's markup (with
 * its MathML for screen readers) and the client payload only the TeX source: the prose's `$…$` and `$$…$$`
 * (`scripts/rehype-tex.mjs` turns them into `<TeX>`) and live equations. In the browser the element keeps the
 * server's markup: React does not touch the content of an element it hydrates that has
 * `dangerouslySetInnerHTML`, and this one's stays the same empty string until `tex` differs from what the
 * server typeset (`serverTex`, by default `tex`). Then, or when the server did not render the element (after a
 * client-side navigation from another page), KaTeX loads and typesets it in the browser.
 */
export function TeX({
  tex,
  display = false,
  serverTex = tex,
}: {
  tex: string;
  display?: boolean;
  serverTex?: string;
}) {
  // What the element shows: `html` '' in the browser means the server's markup of `serverTex` (if any).
  // `typeof window` is settled when the bundles are built, so the browser's bundle has no KaTeX here.
  const [shown, setShown] = useState(() => ({
    tex: serverTex,
    html:
      typeof window === 'undefined'
        ? (require('katex') as typeof import('katex')).renderToString(serverTex, typesetOptions(display))
        : '',
  }));
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (shown.tex === tex && (shown.html !== '' || ref.current?.hasChildNodes())) return;
    let live = true;
    // KaTeX is a chunk of its own, loaded on first use, so a page's first load does not carry it.
    import('katex').then(({ default: katex }) => {
      if (live) setShown({ tex, html: katex.renderToString(tex, typesetOptions(display)) });
    });
    return () => {
      live = false;
    };
  }, [tex, display, shown]);
  return (
    <span
      ref={ref}
      className={outerClass(display)}
      suppressHydrationWarning
      // biome-ignore lint/security/noDangerouslySetInnerHtml: KaTeX's rendering of TeX written by our authors.
      dangerouslySetInnerHTML={{ __html: innerMarkup(shown.html, display) }}
    />
  );
}
