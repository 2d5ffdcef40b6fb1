'use client';

import { lazy, Suspense, useCallback, useId, useRef, useState } from 'react';
import type { FigureMenuPanelProps } from './FigureMenuPanel';

const FigureMenuPanel = lazy(() => import('./FigureMenuPanel'));

/**
 * Share / Embed / Download / Copy data, for one figure. The panel's code (closing on Escape or a press outside
 * included) loads when it is first opened.
 */
export function FigureMenu(props: FigureMenuPanelProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);

  const close = useCallback(() => setOpen(false), []);

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
          <FigureMenuPanel {...props} panelId={panelId} menu={rootRef} close={close} />
        </Suspense>
      ) : null}
    </div>
  );
}
