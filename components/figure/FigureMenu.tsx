'use client';

import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { FigureMenuPanelProps } from './FigureMenuPanel';

const FigureMenuPanel = lazy(() => import('./FigureMenuPanel'));

/** Share / Embed / Download / Copy data, for one figure. The panel's code loads when it is first opened. */
export function FigureMenu(props: FigureMenuPanelProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (rootRef.current && !rootRef.current.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        rootRef.current?.querySelector<HTMLButtonElement>('.figure-menu-button')?.focus();
      }
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="figure-menu" ref={rootRef}>
      <button
        type="button"
        className="figure-menu-button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={`Share, embed or download ${props.label}`}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="figure-menu-icon" aria-hidden="true">
          ⋯
        </span>
        <span className="figure-menu-button-text">Share</span>
      </button>
      {open ? (
        <Suspense fallback={<div className="figure-menu-panel">Loading…</div>}>
          <FigureMenuPanel {...props} panelId={panelId} />
        </Suspense>
      ) : null}
    </div>
  );
}
