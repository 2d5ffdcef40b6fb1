'use client';

import styles from './controls.module.css';
import { cx, progressPercent, useControlId } from './util';

/** Props of {@link ProgressBar}. */
export interface ProgressBarProps {
  label: string;
  /** Fraction done, 0..1 (clamped; NaN counts as 0). */
  value: number;
  /** Unknown progress: an animated bar (static under reduced motion), no value announced. */
  indeterminate?: boolean;
  /**
   * Work is under way, even at 0 %: the bar is `aria-busy`, which tells assistive technology, and the figure
   * runtime (it waits for a widget to settle before showing it), that what it measures is still changing. A
   * bar that waits for the reader at 0 or 100 % is not busy. (A `useTask` job marks its whole widget busy by
   * itself; this is for runs the reader starts.)
   */
  busy?: boolean;
  hideLabel?: boolean;
  /** Thinner bar without the percentage, as used inside the Stepper. */
  thin?: boolean;
  id?: string;
  className?: string;
}

/**
 * A labelled progress bar: `role="progressbar"` with `aria-valuenow` in percent (omitted when
 * `indeterminate`), a visible label and percentage, and a bar filled with the accent colour.
 *
 * @example <ProgressBar label="Computing SVD" value={done / total} />
 */
export function ProgressBar({
  label,
  value,
  indeterminate,
  busy,
  hideLabel,
  thin,
  id,
  className,
}: ProgressBarProps) {
  const barId = useControlId(id);
  const labelId = `${barId}-label`;
  const pct = progressPercent(value);
  const fraction = Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
  return (
    // `progress-bar`: a global hook, so a widget still hidden behind its skeleton shows its progress (figure.css).
    <div className={cx('progress-bar', styles.field, indeterminate && styles.indeterminate, className)}>
      {!hideLabel && (
        <div className={styles.labelRow}>
          <span id={labelId} className={styles.label}>
            {label}
          </span>
          {!thin && (
            <span className={styles.value} aria-hidden="true">
              {indeterminate ? '…' : `${pct}%`}
            </span>
          )}
        </div>
      )}
      <div
        id={barId}
        role="progressbar"
        aria-labelledby={hideLabel ? undefined : labelId}
        aria-label={hideLabel ? label : undefined}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={indeterminate ? undefined : pct}
        aria-busy={indeterminate || busy || undefined}
        className={cx(styles.track, thin && styles.thin)}
      >
        <div
          className={styles.fill}
          style={indeterminate ? undefined : { transform: `scaleX(${fraction})` }}
        />
      </div>
    </div>
  );
}
