'use client';

import { memo } from 'react';
import { cx } from '@/components/controls/util';
import { formatNumber } from '@/lib/format';
import type { ScoredReading } from '@/lib/viterbi';
import styles from './ocr.module.css';

const fmtP = (x: number) => formatNumber(x, { digits: 5 });
const fmtF = (x: number) => formatNumber(x, { digits: 6 });

/** Props of {@link PathTable}. */
export interface PathTableProps {
  caption: string;
  /** Readings best first. */
  paths: readonly ScoredReading[];
  /** The winner (marked); the one lib's viterbi picked. */
  best: string;
  /** Show the three factors W(s₁), P(s₂|s₁), W(s₂) as well as f and log f. */
  factors?: boolean;
  testId?: string;
  exportView?: boolean;
}

/**
 * The six readings of the two-character figure sorted by score f = W(s₁)·P(s₂|s₁)·W(s₂), with the factors,
 * f and log f; impossible readings (f = 0) are marked. Rows carry `data-reading`, `data-score` and
 * `data-log-score` (the unrounded numbers) for tests.
 */
export const PathTable = memo(function PathTable({
  caption,
  paths,
  best,
  factors = true,
  testId,
  exportView,
}: PathTableProps) {
  return (
    // Focusable, so a keyboard can scroll it when it is wider than its column (axe: scrollable-region-focusable).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
    <section className={styles.tableBox} aria-label={caption} tabIndex={0}>
      <table className={styles.table} data-testid={testId} data-export={exportView ? '' : undefined}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">s₁s₂</th>
            {factors ? (
              <>
                <th scope="col" className={styles.num}>
                  W(s₁)
                </th>
                <th scope="col" className={styles.num}>
                  P(s₂|s₁)
                </th>
                <th scope="col" className={styles.num}>
                  W(s₂)
                </th>
              </>
            ) : null}
            <th scope="col" className={styles.num}>
              f
            </th>
            <th scope="col" className={styles.num}>
              log f
            </th>
          </tr>
        </thead>
        <tbody>
          {paths.map((p, k) => (
            <tr
              key={p.reading}
              className={cx(p.reading === best && styles.winnerRow)}
              data-reading={p.reading}
              data-score={p.score}
              data-log-score={p.logScore}
              data-winner={p.reading === best ? '' : undefined}
            >
              <td>{k + 1}</td>
              <td className={styles.zh}>
                {p.reading}
                {p.reading === best ? ' ✓' : ''}
              </td>
              {factors ? (
                <>
                  <td className={styles.num}>{fmtP(p.w1)}</td>
                  <td className={cx(styles.num, p.p === 0 && styles.zero)}>{fmtP(p.p)}</td>
                  <td className={styles.num}>{fmtP(p.w2)}</td>
                </>
              ) : null}
              <td className={cx(styles.num, p.score === 0 && styles.zero)}>{fmtF(p.score)}</td>
              <td className={styles.num}>{formatNumber(p.logScore, { digits: 5 })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
});
