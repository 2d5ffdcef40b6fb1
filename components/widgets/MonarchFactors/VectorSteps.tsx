'use client';

import { memo, useId, useMemo, useRef, useState } from 'react';
import { Stepper } from '@/components/controls';
import { useAfterPaint } from '@/components/figure/afterPaint';
import { divergingColor, textOn, useElementWidth, usePlotTheme } from '@/components/plot';
import { formatNumber } from '@/lib/format';
import { applyPermutation, monarchPermutation, monarchProductCheck, monarchStages } from '@/lib/monarch';
import styles from './MonarchFactors.module.css';
import { useReducedMotion } from './useReducedMotion';

/** What each stage of M·x = P(L(P(R·x))) is called and what the step to it did. */
const STAGES = [
  { name: 'x', what: 'x = (0, 1, …, n − 1), laid out row by row as an m×m grid.' },
  { name: 'R·x', what: 'R: block b mixes row b of the grid (its m entries), and nothing else.' },
  { name: 'P·R·x', what: 'P: the grid is transposed; the entry at place p[i] travels to place i.' },
  { name: 'L·P·R·x', what: 'L: block a mixes row a, which holds one entry from each of R’s blocks.' },
  { name: 'M·x', what: 'P again: transposed back. Every entry of M·x now depends on every entry of x.' },
] as const;
const LAST = STAGES.length - 1;
const GAP = 2;
const fmtCell = (v: number) => formatNumber(v, { digits: 3 });

/**
 * x stepped through the four factors, on an m×m grid: the block-diagonal steps recolour each row in place,
 * the permutation steps move every entry to its new place (keyed by where it came from, so CSS moves it there);
 * with reduced motion the entries jump and arrows run from their old places to the new ones.
 */
export const VectorSteps = memo(function VectorSteps({
  m,
  L,
  R,
}: {
  m: number;
  L: Float64Array;
  R: Float64Array;
}) {
  const n = m * m;
  const theme = usePlotTheme();
  const reduced = useReducedMotion();
  const boxRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(boxRef);
  const [stepRaw, setStep] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  const step = Math.min(LAST, stepRaw);
  // The stage (text and grid, up to 64 moving boxes) follows a step once the stepper has been painted.
  const shown = useAfterPaint(step);
  const arrowId = `arrow${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  const x = useMemo(() => Float64Array.from({ length: n }, (_, k) => k), [n]);
  const stages = useMemo(() => monarchStages(L, R, x), [L, R, x]);
  const check = useMemo(() => monarchProductCheck(L, R, x), [L, R, x]);
  const p = useMemo(() => monarchPermutation(m), [m]);
  // Which of x's places each place's entry has travelled from: the permutations move the labels, the blocks
  // only change values in place.
  const origin = useMemo(() => {
    const start = Float64Array.from({ length: n }, (_, k) => k);
    const mid = applyPermutation(p, start);
    return [start, start, mid, mid, applyPermutation(p, mid)];
  }, [n, p]);

  const values = stages[shown] as Float64Array;
  const from = origin[shown] as Float64Array;
  const scaleMax = useMemo(() => {
    let top = 0;
    for (const v of values) top = Math.max(top, Math.abs(v));
    return top;
  }, [values]);
  const color = useMemo(() => divergingColor(scaleMax, theme), [scaleMax, theme]);
  const cell = Math.max(26, Math.min(52, Math.floor((width - 24) / m)));
  const side = m * cell;
  const moved = shown === 2 || shown === 4;
  // Each entry keyed by the place it started from, so React keeps its node and CSS moves it.
  const placeOf = useMemo(() => {
    const at = new Int32Array(n);
    for (let i = 0; i < n; i++) at[from[i] as number] = i;
    return at;
  }, [from, n]);
  const centre = (place: number) => [((place % m) + 0.5) * cell, (Math.floor(place / m) + 0.5) * cell];
  const arrows = reduced && moved;

  return (
    <section className={styles.steps} aria-label="The fast product, factor by factor">
      <p className={styles.stepsTitle}>
        M·x = P(L(P(R·x))) step by step: <span data-testid="stage-name">{STAGES[shown].name}</span>
      </p>
      <Stepper
        label="Step through the factors"
        step={step}
        total={LAST}
        playing={playing}
        onPlayingChange={setPlaying}
        onStep={(s) => setStep(Math.max(0, Math.min(LAST, s)))}
        onReset={() => setStep(0)}
        speed={speed}
        onSpeedChange={setSpeed}
      />
      <p className={styles.hint} data-testid="stage-what">
        {STAGES[shown].what}
      </p>
      <div className={styles.gridBox} ref={boxRef}>
        {/* Cells are HTML boxes, not SVG: a transform transition on a box runs on the compositor, while on an
            SVG group it repainted the grid on the main thread every frame of the 0.7 s move, and a press of
            the stepper during it waited a frame. */}
        <div
          className={styles.vecGrid}
          style={{ width: side + 2 * GAP, height: side + 2 * GAP }}
          role="img"
          aria-label={`${STAGES[shown].name} on a ${m}×${m} grid: ${Array.from(values, fmtCell).join(', ')}`}
          data-testid="vector-grid"
        >
          {Array.from({ length: n }, (_, k) => {
            const place = placeOf[k] as number;
            const v = values[place] as number;
            const fill = color(v);
            return (
              <div
                key={k}
                className={styles.vecCell}
                style={{
                  width: cell - 2,
                  height: cell - 2,
                  transform: `translate(${GAP + 1 + (place % m) * cell}px, ${GAP + 1 + Math.floor(place / m) * cell}px)`,
                  background: fill,
                  color: textOn(fill, theme),
                  fontSize: cell >= 40 ? 11 : 9,
                }}
                data-place={place}
                data-from={k}
                data-value={v}
              >
                {fmtCell(v)}
                {shown > 0 ? <span className={styles.vecFrom}>{k}</span> : null}
              </div>
            );
          })}
          {arrows ? (
            <svg
              className={styles.arrows}
              width={side + 2 * GAP}
              height={side + 2 * GAP}
              viewBox={`${-GAP} ${-GAP} ${side + 2 * GAP} ${side + 2 * GAP}`}
              aria-hidden="true"
            >
              <defs>
                <marker
                  id={arrowId}
                  viewBox="0 0 6 6"
                  refX={5}
                  refY={3}
                  markerWidth={5}
                  markerHeight={5}
                  orient="auto"
                >
                  <path d="M0,0L6,3L0,6z" className={styles.arrowHead} />
                </marker>
              </defs>
              {Array.from(p, (src, i) => {
                if (src === i) return null;
                const [x1, y1] = centre(src);
                const [x2, y2] = centre(i);
                // From the old place's edge to the new place's edge, so the numbers stay readable.
                const trim = (0.3 * cell) / Math.hypot(x2 - x1, y2 - y1);
                const dx = (x2 - x1) * trim;
                const dy = (y2 - y1) * trim;
                const d = `M${x1 + dx},${y1 + dy}L${x2 - dx},${y2 - dy}`;
                return (
                  <g key={i} data-testid="move-arrow">
                    <path d={d} className={styles.arrowHalo} />
                    <path d={d} className={styles.arrow} markerEnd={`url(#${arrowId})`} />
                  </g>
                );
              })}
            </svg>
          ) : null}
        </div>
      </div>
      <p className={styles.hint}>
        {shown > 0
          ? 'The small number in a corner is the place the entry started from. '
          : 'Each cell is one entry of x. '}
        {reduced ? 'Reduced motion: entries jump, and arrows show the permutation’s moves.' : ''}
      </p>
      <p className={styles.entry} data-testid="dense-check">
        {shown === LAST
          ? `P(L(P(R·x))) equals the dense M·x: max |difference| = ${formatNumber(check.maxDifference, { digits: 2 })} over ${n} entries.`
          : `Step on to reach M·x and compare it with the dense M·x (${n}×${n} times ${n}).`}
      </p>
    </section>
  );
});
