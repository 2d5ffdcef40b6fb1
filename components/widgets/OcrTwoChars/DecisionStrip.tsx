'use client';

import { memo, useMemo } from 'react';
import { Plot, position, Rect, RuleX, TextMark, usePlot } from '@/components/plot';
import styles from '@/components/views/ocr/ocr.module.css';
import { formatNumber } from '@/lib/format';
import type { DecisionSegment } from '@/lib/viterbi';
import own from './OcrTwoChars.module.css';

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
/** A stretch narrower than this (px) is not labelled. */
const LABEL_MIN_PX = 34;
const NO_MARGIN = { top: 0, right: 0, bottom: 0, left: 0 };
const Y = { domain: [0, 1] };

/** "电柳 up to 0.0113 · 电视 above": the winner over each stretch of the parameter, as words. */
export function describeSegments(segments: readonly DecisionSegment[], name: string): string {
  if (segments.length <= 1) return `${segments[0]?.winner ?? '—'} wins for every ${name} in range`;
  return segments
    .map((s, k) => (k < segments.length - 1 ? `${s.winner} up to ${fmt(s.to)}` : `${s.winner} above`))
    .join(' · ');
}

/** The winner's name in the middle (on the log axis) of each stretch wide enough to hold it. */
const StretchLabels = memo(function StretchLabels({
  segments,
  lo,
}: {
  segments: readonly DecisionSegment[];
  lo: number;
}) {
  const { x } = usePlot();
  const wide = segments.filter(
    (s) => position(x, Math.max(lo, s.to)) - position(x, Math.max(lo, s.from)) > LABEL_MIN_PX,
  );
  return (
    <TextMark
      data={wide}
      x={(s) => Math.sqrt(Math.max(lo, s.from) * Math.max(lo, s.to))}
      y={() => 0.5}
      text={(s) => s.winner}
    />
  );
});

/**
 * A thin bar under a log-scale slider: the parameter's range split into stretches by the winning reading
 * (from lib's decisionSegments), the current stretch highlighted, a rule at the current value, and the change
 * points written out beneath it. `data-flips` lists the change points for tests.
 */
export const DecisionStrip = memo(function DecisionStrip({
  segments,
  value,
  lo,
  hi,
  name,
  testId,
}: DecisionStripProps) {
  const x = useMemo(
    () => ({ type: 'log' as const, domain: [lo, Math.max(hi, lo * 1.0001)], clamp: true }),
    [lo, hi],
  );
  const current = Math.min(hi, Math.max(lo, value));
  const sentence = describeSegments(segments, name);
  return (
    <div
      className={own.strip}
      data-testid={testId}
      data-flips={segments
        .slice(0, -1)
        .map((s) => s.to)
        .join(',')}
    >
      <Plot label={`Winning reading along ${name}: ${sentence}`} x={x} y={Y} height={26} margin={NO_MARGIN}>
        {segments.map((s) => {
          const here = current >= s.from && current <= s.to;
          return (
            <Rect
              key={`${s.from}-${s.winner}`}
              x1={Math.max(lo, s.from)}
              x2={Math.max(lo, s.to)}
              y1={3 / 26}
              y2={23 / 26}
              fill={here ? 'var(--accent-soft)' : 'var(--surface-2)'}
              stroke={here ? 'var(--accent)' : 'var(--bg)'}
              strokeWidth={1}
            />
          );
        })}
        <StretchLabels segments={segments} lo={lo} />
        <RuleX values={[current]} stroke="var(--fg)" strokeWidth={2} dash="none" />
      </Plot>
      <p className={styles.hint} data-testid={testId ? `${testId}-text` : undefined}>
        {sentence}
      </p>
    </div>
  );
});
