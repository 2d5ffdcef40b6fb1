'use client';

import { useEffect, useState } from 'react';

type Katex = typeof import('katex');
let katexPromise: Promise<Katex> | null = null;

/**
 * A formula typeset with KaTeX as MathML, which loads only when the first formula is shown (formulas sit in
 * expandable rows, so the widget's first load does not carry KaTeX). MathML needs no KaTeX stylesheet or
 * fonts, so it also works on embed pages, which do not load them. Until KaTeX arrives, and if loading fails,
 * the TeX source shows as code.
 */
export function Tex({ tex }: { tex: string }) {
  const [html, setHtml] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    katexPromise ??= import('katex').then((m) => (m.default ?? m) as Katex);
    katexPromise.then(
      (katex) => {
        if (live)
          setHtml(katex.renderToString(tex, { output: 'mathml', throwOnError: false, strict: false }));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [tex]);
  if (html === null) return <code>{tex}</code>;
  // biome-ignore lint/security/noDangerouslySetInnerHtml: KaTeX output of formulas written in lib/sparsity's registry.
  return <span dangerouslySetInnerHTML={{ __html: html }} />;
}
