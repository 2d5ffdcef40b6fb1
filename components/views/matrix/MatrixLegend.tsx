'use client';

import { type ColorScale, gradientStops } from '@/components/widgets/MaskedAttention/draw';
import styles from '@/components/widgets/MaskedAttention/MaskedAttention.module.css';

/**
 * A colour bar for a heatmap: the scale's gradient from `lo` to `hi` with three labels under it, and
 * optionally the hatch swatch that marks masked cells.
 */
export function MatrixLegend({
  scale,
  lo,
  hi,
  labels,
  caption,
  masked,
}: {
  scale: ColorScale;
  lo: number;
  hi: number;
  labels: [string, string, string];
  caption: string;
  masked?: string;
}) {
  const stops = gradientStops(scale, lo, hi)
    .map((s) => `${s.color} ${s.offset}`)
    .join(', ');
  return (
    <div className={styles.legend}>
      <div className={styles.legendScale}>
        <span className={styles.legendCaption}>{caption}</span>
        <span className={styles.legendBar} style={{ background: `linear-gradient(to right, ${stops})` }} />
        <span className={styles.legendLabels}>
          <span>{labels[0]}</span>
          <span>{labels[1]}</span>
          <span>{labels[2]}</span>
        </span>
      </div>
      {masked ? (
        <span className={styles.legendMasked}>
          <span className={styles.maskedSwatch} /> {masked}
        </span>
      ) : null}
    </div>
  );
}
