// biome-ignore-all lint/correctness/noComponentHookFactories: these hook-free server components close over one article's outline, so numbering is resolved at build time.
import type { MDXComponents } from 'mdx/types';
import type { ReactNode } from 'react';
import { reservedHeight, reserveKey } from '@/components/figure/reservedHeights';
import { Aside, Note, SideNote } from '@/components/prose/Callouts';
import { Cite, type CitedReference } from '@/components/prose/Cite';
import { Draggable } from '@/components/prose/Draggable';
import { Equation } from '@/components/prose/Equation';
import { Figure, type FigureProps } from '@/components/prose/Figure';
import { LiveEquation } from '@/components/prose/LiveEquation';
import { anchors, type Outline } from '@/components/prose/outline';
import { Ref } from '@/components/prose/Ref';
import { TeX } from '@/components/prose/TeX';
import { Var } from '@/components/prose/Var';
import { liveDefinitions } from '@/content/live';
import { references } from '@/content/references';

/** The cited references of an article in citation order; an unknown key fails the build. */
export function citedReferences(outline: Outline, article: string): CitedReference[] {
  return Object.entries(outline.citations)
    .sort((a, b) => a[1] - b[1])
    .map(([key, number]) => {
      const reference = references[key];
      if (!reference) throw new Error(`${article}: <Cite id="${key}"/> is not in content/references.ts`);
      return { key, number, reference };
    });
}

/**
 * The article vocabulary, bound to one article's outline so numbers and references are resolved at build
 * time: Figure, Equation, Ref, Cite, SideNote, Aside, Note, Var, Draggable, TeX (prose math), LiveEquation.
 */
export function articleComponents(slug: string, outline: Outline): MDXComponents {
  const cited = new Map(citedReferences(outline, slug).map((c) => [c.key, c]));
  const def = liveDefinitions[slug] ?? { vars: {} };
  return {
    Figure: (props: FigureProps) => (
      <Figure
        {...props}
        number={outline.figures[props.id]}
        anchor={anchors.figure(props.id)}
        reserve={reservedHeight(reserveKey(`/articles/${slug}/`, props.id))}
      />
    ),
    Equation: ({ id, children }: { id: string; children: ReactNode }) => (
      <Equation anchor={anchors.equation(id)} number={outline.equations[id]}>
        {children}
      </Equation>
    ),
    Ref: ({ to, children }: { to: string; children?: ReactNode }) => (
      <Ref target={outline.targets[to]}>{children}</Ref>
    ),
    Cite: ({ id }: { id: string }) => (
      <Cite
        cited={id
          .split(',')
          .map((k) => k.trim())
          .filter(Boolean)
          .map((k) => cited.get(k) as CitedReference)}
      />
    ),
    SideNote,
    Aside,
    Note,
    Var,
    Draggable,
    TeX,
    LiveEquation: ({ tex, display }: { tex: string; display?: boolean }) => (
      <LiveEquation tex={tex} display={display} def={def} />
    ),
  };
}
