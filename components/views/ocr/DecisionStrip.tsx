'use client';

import { scaleLog } from 'd3-scale';
import { useRef } from 'react';
import { cx } from '@/components/controls/util';
import { useElementWidth } from '@/components/plot/hooks';
import { formatNumber } from '@/lib/format';
import type { DecisionSegment } from '@/lib/viterbi';
import styles from './ocrLattice.module.css';

/** Props of {@link DecisionStrip}. */
export interface DecisionStripProps {
  segments: readonly DecisionSegment[];
  /** The slider's current value (marked), on the same log axis as the segments. */
  value: number;
  lo: number;
  hi: number;
  /** What the axis is, for the sentence: "W(视)" or "α". */
  name: string;
  testId?: string;
}

const fmt = (x: number) => formatNumber(x, { digits: 5 });

/** "电柳 up to 0.0113 · 电视 above": the winner over each stretch of the parameter, as words. */
export function describeSegments(segments: readonly DecisionSegment[], name: string): string {
  if (segments.length <= 1) return `${segments[0]?.winner ?? '—'} wins for every ${name} in range`;
  return segments
    .map((s, k) => (k < segments.length - 1 ? `${s.winner} up to ${fmt(s.to)}` : `${s.winner} above`))
    .join(' · ');
}

/**
 * A thin bar under a log-scale slider: the parameter's range split into stretches by the winning reading
 * (from lib's decisionSegments), the current stretch highlighted, a tick at the current value, and the
 * change points written out beneath it.
 */
export function DecisionStrip({ segments, value, lo, hi, name, testId }: DecisionStripProps) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  const x = scaleLog()
    .domain([lo, Math.max(hi, lo * 1.0001)])
    .range([0, Math.max(1, width)])
    .clamp(true);
  const current = Math.min(hi, Math.max(lo, value));
  return (
    <div
      ref={ref}
      data-testid={testId}
      data-flips={segments
        .slice(0, -1)
        .map((s) => s.to)
        .join(',')}
    >
      {width > 0 ? (
        <svg className={styles.strip} width={width} height={26} aria-hidden="true">
          {segments.map((s) => {
            const x0 = x(Math.max(lo, s.from));
            const x1 = x(Math.max(lo, s.to));
            const here = current >= s.from && current <= s.to;
            return (
              <g key={`${s.from}-${s.winner}`}>
                <rect
                  className={cx(styles.stripSeg, here && styles.stripSegCurrent)}
                  x={x0}
                  y={3}
                  width={Math.max(0, x1 - x0)}
                  height={20}
                />
                {x1 - x0 > 34 ? (
                  <text className={styles.stripText} x={(x0 + x1) / 2} y={13}>
                    {s.winner}
                  </text>
                ) : null}
              </g>
            );
          })}
          <line className={styles.stripMarker} x1={x(current)} x2={x(current)} y1={0} y2={26} />
        </svg>
      ) : (
        <div style={{ height: 26 }} />
      )}
      <p className={styles.hint} data-testid={testId ? `${testId}-text` : undefined}>
        {describeSegments(segments, name)}
      </p>
    </div>
  );
}
