import { type ReactNode, useId } from 'react';

const titles = {
  note: 'Note',
  tip: 'Try this',
  warning: 'Careful',
  correction: 'Where we differ from the original',
} as const;

/** A boxed callout in the text column: `<Note kind="correction" title="…">…</Note>`. */
export function Note({
  kind = 'note',
  title,
  children,
}: {
  kind?: keyof typeof titles;
  title?: string;
  children: ReactNode;
}) {
  return (
    <aside className={`callout callout-${kind}`} aria-label={title ?? titles[kind]}>
      <p className="callout-title">{title ?? titles[kind]}</p>
      {children}
    </aside>
  );
}

/** A remark beside the text on wide screens, inline (and indented) on narrow ones. */
export function Aside({ children }: { children: ReactNode }) {
  return (
    <aside className="margin-aside">
      <div className="margin-aside-body">{children}</div>
    </aside>
  );
}

/**
 * A numbered side note: in the margin on wide screens; on narrow screens the number is a toggle that opens
 * the note inline, so it works with a tap and without script. Numbers come from a CSS counter.
 */
export function SideNote({ children }: { children: ReactNode }) {
  const id = useId();
  return (
    <span className="sidenote-wrap">
      <input type="checkbox" id={id} className="sidenote-toggle" />
      <label htmlFor={id} className="sidenote-number">
        <span className="visually-hidden">Show side note</span>
      </label>
      <span className="sidenote">{children}</span>
    </span>
  );
}
