'use client';

/**
 * Legends are HTML beside a plot: swatches for series (line, area, dot or hatch) and a colour ramp with
 * ticks for a heatmap's scale.
 */
import { type ReactNode, useMemo } from 'react';
import { type ColorScale, cssGradient } from './color';
import styles from './plot.module.css';

export interface SwatchItem {
  label: ReactNode;
  /** CSS colour, e.g. `var(--accent)`. */
  color?: string;
  /** How the swatch is drawn (default 'box'). */
  shape?: 'box' | 'line' | 'dash' | 'dot' | 'hatch';
  /** A class that styles the swatch instead of `color`. */
  className?: string;
}

/** A row of labelled swatches. */
export function SwatchLegend({ items, label }: { items: readonly SwatchItem[]; label?: string }) {
  return (
    <ul className={styles.swatches} aria-label={label}>
      {items.map((item, i) => (
        <li key={i}>
          <span
            className={`${styles.swatch} ${styles[`swatch-${item.shape ?? 'box'}`]} ${item.className ?? ''}`}
            style={item.color ? ({ '--swatch': item.color } as React.CSSProperties) : undefined}
            aria-hidden="true"
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/** A colour bar for `color` over [lo, hi] with labels under it (default: lo, middle, hi). */
export function RampLegend({
  color,
  lo,
  hi,
  labels,
  caption,
  children,
}: {
  color: ColorScale;
  lo: number;
  hi: number;
  labels: readonly ReactNode[];
  caption: ReactNode;
  /** Extra legend items after the ramp (a hatch swatch for masked cells). */
  children?: ReactNode;
}) {
  // Sampling the scale for the gradient is the costly part of a redraw: only a new scale or range redoes it.
  const background = useMemo(() => cssGradient(color, lo, hi), [color, lo, hi]);
  return (
    <div className={styles.ramp}>
      <div className={styles.rampScale}>
        <span className={styles.rampCaption}>{caption}</span>
        <span className={styles.rampBar} style={{ background }} />
        <span className={styles.rampLabels}>
          {labels.map((l, i) => (
            <span key={i}>{l}</span>
          ))}
        </span>
      </div>
      {children}
    </div>
  );
}
