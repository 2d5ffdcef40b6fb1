'use client';

import { formatNumber } from '@/lib/format';
import { boundsFraction } from '@/lib/sparsity';
import styles from './SparsityVector.module.css';

const fmt = (v: number) => formatNumber(v, { digits: 3 });

/**
 * A small bar placing a measure's value between its least-sparse value (left) and its most-sparse value
 * (right) for this n; "unbounded" when the measure has no bounds, "—" when they coincide (n = 1).
 * Carries `data-fraction` (0…1) for tests.
 */
export function BoundsBar({
  value,
  bounds,
}: {
  value: number;
  bounds: { dense: number; sparse: number } | null;
}) {
  if (!bounds) return <span className={styles.unbounded}>unbounded</span>;
  const t = boundsFraction(value, bounds);
  if (!Number.isFinite(t)) return <span className={styles.unbounded}>—</span>;
  const pct = Math.round(t * 100);
  return (
    <span
      className={styles.boundsCell}
      title={`least sparse ${fmt(bounds.dense)}, most sparse ${fmt(bounds.sparse)}`}
    >
      <span className={styles.boundsEnd}>{fmt(bounds.dense)}</span>
      <span
        className={styles.boundsTrack}
        role="img"
        aria-label={`${pct}% of the way from least sparse (${fmt(bounds.dense)}) to most sparse (${fmt(bounds.sparse)})`}
        data-fraction={t}
      >
        {/* Scaled, not sized: a new value moves no layout. */}
        <span className={styles.boundsFill} style={{ transform: `scaleX(${t})` }} />
      </span>
      <span className={styles.boundsEnd}>{fmt(bounds.sparse)}</span>
    </span>
  );
}
