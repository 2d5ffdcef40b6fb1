import type { ReactNode } from 'react';

/** A numbered display equation: `<Equation id="cost">$$…$$</Equation>`; `<Ref to="cost"/>` reads "Eq. N". */
export function Equation({
  anchor,
  number,
  children,
}: {
  anchor: string;
  number: number;
  children: ReactNode;
}) {
  return (
    <div className="equation" id={anchor}>
      <div className="equation-body">{children}</div>
      <span className="equation-number">({number})</span>
    </div>
  );
}
