import type { ReactNode } from 'react';
import type { OutlineTarget } from './outline';

/** A cross-reference to a figure, equation or section, numbered at build time: "Figure 3", "Eq. 2". */
export function Ref({ target, children }: { target: OutlineTarget; children?: ReactNode }) {
  return (
    <a className={`xref xref-${target.kind}`} href={`#${target.anchor}`}>
      {children ?? target.label}
    </a>
  );
}
