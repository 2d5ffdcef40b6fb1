'use client';

import { useMemo } from 'react';
import { useLiveVars } from '@/components/figure/ArticleState';
import { fillTemplate } from '@/components/figure/live';
import { TeX } from './TeX';

interface Props {
  template: string;
  display: boolean;
  /** The TeX for the initial values, which the page was rendered with. */
  initialTex: string;
}

/** Re-typesets a TeX template whenever the article's variables change; KaTeX loads only on the first change. */
export function LiveEquationClient({ template, display, initialTex }: Props) {
  const { vars, def } = useLiveVars('LiveEquation');
  const tex = useMemo(() => fillTemplate(def, vars, template), [def, vars, template]);
  return <TeX tex={tex} display={display} serverTex={initialTex} />;
}
