'use client';

/**
 * Numbers beside a plot: a readout is a definition list of labelled values (announced politely when they
 * change); a tooltip is a small box placed at a data point in the plot's overlay layer.
 */
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { usePlot } from './Plot';
import styles from './plot.module.css';
import { position } from './scales';

export interface ReadoutItem {
  label: ReactNode;
  value: ReactNode;
  /** data-testid of the value, for tests. */
  testId?: string;
}

/** Labelled values in a row that wraps; `busy` while they are being recomputed. */
export function Readout({
  items,
  busy,
  label,
}: {
  items: readonly ReadoutItem[];
  busy?: boolean;
  label?: string;
}) {
  return (
    <dl className="widget-stats" aria-live="polite" aria-busy={busy || undefined} aria-label={label}>
      {items.map((item, i) => (
        <div key={i}>
          <dt>{item.label}</dt>
          <dd data-testid={item.testId}>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A tooltip at data point (x, y) of the enclosing plot, kept inside the plot's box. */
export function Tooltip({ x, y, children }: { x: number | string; y: number | string; children: ReactNode }) {
  const plot = usePlot();
  const px = position(plot.x, x);
  const py = position(plot.y, y);
  if (!plot.overlay || !Number.isFinite(px) || !Number.isFinite(py)) return null;
  const right = px > plot.width / 2;
  return createPortal(
    <div
      className={styles.tooltip}
      role="status"
      style={{
        left: right ? undefined : px + 8,
        right: right ? plot.width - px + 8 : undefined,
        top: Math.max(0, py - 28),
      }}
    >
      {children}
    </div>,
    plot.overlay,
  );
}
