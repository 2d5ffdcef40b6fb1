'use client';

import { useEffect, useMemo, useState } from 'react';
import { useLiveVars } from '@/components/figure/ArticleState';
import { fillTemplate } from '@/components/figure/live';

interface Props {
  template: string;
  display: boolean;
  /** KaTeX HTML rendered at build time for the initial values. */
  initialHtml: string;
  initialTex: string;
}

type Katex = typeof import('katex');
let katexPromise: Promise<Katex> | null = null;

/** Re-typesets a TeX template whenever the article's variables change; KaTeX loads only on the first change. */
export function LiveEquationClient({ template, display, initialHtml, initialTex }: Props) {
  const { vars, def } = useLiveVars('LiveEquation');
  const tex = useMemo(() => fillTemplate(def, vars, template), [def, vars, template]);
  const [html, setHtml] = useState(initialHtml);

  useEffect(() => {
    if (tex === initialTex) {
      setHtml(initialHtml);
      return;
    }
    let live = true;
    katexPromise ??= import('katex').then((m) => (m.default ?? m) as Katex);
    katexPromise.then((katex) => {
      if (!live) return;
      setHtml(katex.renderToString(tex, { displayMode: display, throwOnError: false, strict: false }));
    });
    return () => {
      live = false;
    };
  }, [tex, initialTex, initialHtml, display]);

  const Tag = display ? 'div' : 'span';
  return (
    <Tag
      className={display ? 'live-equation live-equation-display' : 'live-equation'}
      // A display equation may scroll sideways on a narrow screen; keyboard users must be able to reach it.
      tabIndex={display ? 0 : undefined}
      aria-live="polite"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: KaTeX output of a template written by our authors, filled with numbers.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
