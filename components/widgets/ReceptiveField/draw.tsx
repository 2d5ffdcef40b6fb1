'use client';

/**
 * The receptive-field diagram's own marks, on a plot whose x axis is a band scale over the n positions and
 * whose y axis counts levels (0 = inputs at the bottom, L = outputs at the top): the connections between
 * levels, the marked runs of each level when positions are too many for dots, and the level labels.
 */
import { memo } from 'react';
import { usePlot } from '@/components/plot';
import type { MaskKind } from '@/lib/attention';
import styles from './ReceptiveField.module.css';

/** Room around the levels: their labels on the left, the output's label above, the input axis below. */
export const CONE_MARGIN = { top: 26, right: 8, bottom: 30, left: 46 } as const;
/** Positions are dots up to this n, touching bars above. */
export const DOT_MAX_N = 64;
const BAR_HEIGHT = 12;

/** The diagram's height for a plot `width` wide: taller levels on wide screens, at least 50 px apart on phones. */
export function coneHeight(width: number, layers: number): number {
  const gap = Math.max(50, Math.min(120, Math.min(0.32 * width, 300) / layers));
  return CONE_MARGIN.top + layers * gap + CONE_MARGIN.bottom;
}

/** Dot radius for positions `step` pixels apart. */
export const dotRadius = (step: number) => Math.max(1.5, Math.min(6, step * 0.36));

/** Maximal runs of consecutive marked positions, as [start, length] pairs, so wide rows draw as few rects. */
export function markedRuns(marks: ArrayLike<number>): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= marks.length; i++) {
    const on = i < marks.length && marks[i] !== 0;
    if (on && start < 0) start = i;
    else if (!on && start >= 0) {
      out.push([start, i - start]);
      start = -1;
    }
  }
  return out;
}

function useLevelScales() {
  const { x, y } = usePlot();
  const step = 'bandwidth' in x ? x.step() : 0;
  const at = (i: number) => ('bandwidth' in x ? (x(i) ?? Number.NaN) + step / 2 : Number.NaN);
  const level = (l: number) => ('bandwidth' in y ? Number.NaN : y(l));
  return { step, at, level };
}

/** One line per connection: position p of level ℓ reads position j of level ℓ − 1 (edges[ℓ − 1] = [p, j, …]). */
export const ConeEdges = memo(function ConeEdges({ edges }: { edges: readonly Int32Array[] }) {
  const { at, level } = useLevelScales();
  const lines = [];
  for (let l = edges.length; l >= 1; l--) {
    const e = edges[l - 1] as Int32Array;
    for (let t = 0; t < e.length; t += 2) {
      lines.push(
        <line
          key={`${l}-${t}`}
          x1={at(e[t] as number)}
          y1={level(l)}
          x2={at(e[t + 1] as number)}
          y2={level(l - 1)}
          className={styles.edge}
        />,
      );
    }
  }
  return <g data-testid="cone-edges">{lines}</g>;
});

/** Each level as a bar with its marked runs painted over it (for n too large for dots); the output's run ringed. */
export const LevelRuns = memo(function LevelRuns({ levels }: { levels: readonly Uint8Array[] }) {
  const { at, level, step } = useLevelScales();
  const top = levels.length - 1;
  return (
    <g>
      {levels.map((marks, l) => {
        const y = level(l) - BAR_HEIGHT / 2;
        return (
          <g key={l}>
            <rect
              x={at(0) - step / 2}
              y={y}
              width={marks.length * step}
              height={BAR_HEIGHT}
              className={styles.barOff}
            />
            {markedRuns(marks).map(([start, length]) => (
              <rect
                key={start}
                x={at(start) - step / 2}
                y={y}
                width={Math.max(length * step, 2)}
                height={BAR_HEIGHT}
                className={l === top ? styles.chosen : styles.on}
              />
            ))}
          </g>
        );
      })}
    </g>
  );
});

/** "input", "layer 1" (with its pattern under it), … in the left margin beside each level. */
export const LevelLabels = memo(function LevelLabels({ kinds }: { kinds: readonly MaskKind[] }) {
  const { level } = useLevelScales();
  return (
    <g>
      {[0, ...kinds.map((_, t) => t + 1)].map((l) => (
        <g key={l}>
          <text x={4} y={level(l) - 1} className={styles.levelLabel}>
            {l === 0 ? 'input' : `layer ${l}`}
          </text>
          {l > 0 ? (
            <text x={4} y={level(l) + 11} className={styles.levelSub}>
              {kinds[l - 1]}
            </text>
          ) : null}
        </g>
      ))}
    </g>
  );
});
