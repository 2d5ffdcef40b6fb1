'use client';

import { type KeyboardEvent, useMemo, useRef } from 'react';
import { ParamSelect, ParamSlider, useParamSpec } from '@/components/controls';
import { useDeferredWidgetParams } from '@/components/figure/afterPaint';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { useWidgetStoreApi } from '@/components/figure/store';
import {
  AxisX,
  AxisY,
  Heatmap,
  Plot,
  RampLegend,
  Readout,
  sequentialColor,
  steppedColor,
  useElementWidth,
  usePlotTheme,
} from '@/components/plot';
import shared from '@/components/views/sparsity/sparsity.module.css';
import { formatNumber } from '@/lib/format';
import { roundTo } from '@/lib/parse/number';
import {
  evenLevels,
  type FieldGrid,
  fieldRange,
  L1_OVER_L2,
  planeToSimplex,
  projectToSimplex,
  sampleSimplex,
  sampleSquare,
  shadingEnds,
  simplexPoint,
  simplexToPlane,
} from '@/lib/sparsity/geometry';
import { getMeasure, type SparsityMeasure } from '@/lib/sparsity/registry';
import {
  fieldFrame,
  Handle,
  LevelSets,
  OutsideTriangle,
  OwnLevel,
  PlaneGuides,
  SimplexClip,
  SimplexGuides,
} from './draw';
import type { sparsityGeometryParams } from './params';
import styles from './SparsityGeometry.module.css';

type P = ParamValues<typeof sparsityGeometryParams>;
type MeasureId = P['measure'];

/** Grid points per side: 121² ≈ 15k evaluations, a few milliseconds for every measure offered. */
const RESOLUTION = 121;
/** Level sets drawn between the two ends of the measure's range. */
const LEVELS = 9;
/** Arrow keys move the point this far in plane units (Shift: a fifth of it). */
const KEY_STEP = 0.05;
/** Colours in the shading's ramp. */
const RAMP_STEPS = 256;
/** Pixels between the plot's edge and the square or triangle (room for the labels). */
const INSET = 30;

const fmt = (v: number, digits = 3) => formatNumber(v, { digits });
const fmtTick = (v: number | string) => (typeof v === 'number' ? fmt(v) : v);

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
/** "1.5" → "₁.₅": the parameters of S*_q,p written as subscripts. */
const subscript = (text: string) => text.replace(/\d/g, (d) => SUBSCRIPTS[Number(d)] ?? d);

/** A measure as the widget shades by it: the registry's (or ‖x‖₁/‖x‖₂) at q and p, with its display name. */
interface Shading {
  name: string;
  measure: SparsityMeasure;
  compute: (x: ArrayLike<number>) => number;
  bounds: (n: number) => { dense: number; sparse: number } | null;
}

function shadingFor(id: MeasureId, q: number, p: number): Shading {
  const m = id === 'l1l2' ? L1_OVER_L2 : (getMeasure(id) as SparsityMeasure);
  const params = { q, p };
  return {
    name: id === 'sStar' ? `S*${subscript(fmt(q, 2))},${subscript(fmt(p, 2))}` : m.name,
    measure: m,
    compute: (x) => m.compute(x, params),
    bounds: (n) => m.bounds(n, params),
  };
}

/** The vector of `params` (n = 2: x₁, x₂; n = 3: the weights as a point of the simplex) and its plane position. */
function pointOf(params: P) {
  const n: 2 | 3 = params.dim === '2' ? 2 : 3;
  const x = n === 2 ? [params.x1, params.x2] : simplexPoint([params.b1, params.b2, params.b3]);
  const [X, Y] = n === 2 ? (x as [number, number]) : simplexToPlane(x);
  return { n, x, X: X as number, Y: Y as number };
}

/** The readout's fixed measures (at q = 1, p = 2), beside the one that shades the picture. */
const OTHERS = (['sStar', 'l1l2', 'gini', 'hoyer'] as const).map((id) => ({ id, ...shadingFor(id, 1, 2) }));

/**
 * The geometry of sparsity: a measure shading the plane (n = 2) or the probability simplex (n = 3) with its
 * level sets, and the current vector as a point to drag, click or move with the arrow keys.
 */
export default function SparsityGeometry() {
  // The shading follows a new measure, q, p or n in a deferred render (it resamples 121² points and traces
  // the level sets), so the control that changed is painted first. The point stays live (moving it is cheap),
  // except while a new n is pending: its vector belongs to the picture's n.
  const [params, live] = useDeferredWidgetParams<P>();
  const store = useWidgetStoreApi<P>();
  const digits = useParamSpec('x1', ['number']).digits ?? 3;
  const { measure, q, p } = params;
  const { n, x, X, Y } = useMemo(() => pointOf(live.dim === params.dim ? live : params), [live, params]);
  const theme = usePlotTheme();
  const bodyRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(bodyRef);

  const shading = useMemo(() => shadingFor(measure, q, p), [measure, q, p]);
  const grid = useMemo<FieldGrid>(
    () => (n === 2 ? sampleSquare(shading.compute, RESOLUTION) : sampleSimplex(shading.compute, RESOLUTION)),
    [n, shading],
  );
  // The colour runs from the measure's sparse end to its dense end for this n, or over the values in the
  // picture when the measure has no bounds.
  const ends = useMemo(
    () => shadingEnds(shading.bounds(n), grid, shading.measure.direction),
    [shading, n, grid],
  );
  const range = useMemo(() => fieldRange(grid), [grid]);
  const constant = !range || range.max - range.min < 1e-12;
  const levels = useMemo(
    () =>
      ends ? evenLevels(Math.min(ends.sparse, ends.dense), Math.max(ends.sparse, ends.dense), LEVELS) : [],
    [ends],
  );
  // Sparse stands out (deep on a light page, pale on a dark one); dense fades into the page. The ramp is
  // sampled in RAMP_STEPS colours, so the raster parses a few hundred colours instead of one per grid point.
  const color = useMemo(() => {
    if (!ends) return null;
    const ramp = sequentialColor([ends.dense, ends.sparse], theme, 'blues');
    const lo = Math.min(ends.dense, ends.sparse);
    const hi = Math.max(ends.dense, ends.sparse);
    return steppedColor(
      Array.from({ length: RAMP_STEPS }, (_, i) => ramp(lo + ((hi - lo) * (i + 0.5)) / RAMP_STEPS)),
      lo,
      hi,
    );
  }, [ends, theme]);

  const value = shading.compute(x);

  const size = Math.max(240, Math.min(width || 360, 460));
  const frame = useMemo(() => fieldFrame(n, size, grid, INSET), [n, size, grid]);

  const round = (v: number) => roundTo(v, digits);
  const moveTo = (toX: number, toY: number) => {
    if (pointOf(live).n === 2) {
      const clamp = (v: number) => round(Math.min(1, Math.max(-1, v)));
      store.getState().setParams({ x1: clamp(toX), x2: clamp(toY) });
      return;
    }
    const b = projectToSimplex(planeToSimplex(toX, toY));
    store
      .getState()
      .setParams({ b1: round(b[0] as number), b2: round(b[1] as number), b3: round(b[2] as number) });
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? KEY_STEP / 5 : KEY_STEP;
    const moves: Record<string, [number, number]> = {
      ArrowRight: [step, 0],
      ArrowLeft: [-step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const d = moves[e.key];
    if (!d) return;
    e.preventDefault();
    const at = pointOf(live);
    moveTo(at.X + d[0], at.Y + d[1]);
  };

  useExportData(() => ({
    name: `sparsity-geometry-n${n}-${measure}`,
    rows: Array.from({ length: grid.rows }, (_, r) =>
      Array.from(grid.values.subarray(r * grid.cols, (r + 1) * grid.cols)),
    ),
    meta: {
      n,
      measure,
      q,
      p,
      grid: { cols: grid.cols, rows: grid.rows, x0: grid.x0, y0: grid.y0, dx: grid.dx, dy: grid.dy },
      note:
        n === 3
          ? 'Points outside the triangle hold the value at their projection onto the simplex.'
          : undefined,
      vector: x,
      value,
      levels,
    },
  }));

  const coords = x.map((v) => fmt(v)).join(', ');
  const others = OTHERS.filter((o) => !(o.id === measure && (measure !== 'sStar' || (q === 1 && p === 2))));

  return (
    <div className={shared.widget}>
      <div className={shared.controls}>
        <ParamSelect name="dim" />
        <ParamSelect name="measure" />
        {measure === 'sStar' ? (
          <>
            <ParamSlider name="q" />
            <ParamSlider name="p" />
          </>
        ) : null}
      </div>
      <div className={styles.body} ref={bodyRef}>
        <div className={styles.view} style={{ width: size }}>
          <div
            className={styles.point}
            role="slider"
            tabIndex={0}
            aria-label={`Vector x (${n === 2 ? 'arrow keys move x₁ and x₂' : 'arrow keys move it on the simplex'})`}
            aria-valuemin={Math.min(ends?.sparse ?? 0, ends?.dense ?? 1)}
            aria-valuemax={Math.max(ends?.sparse ?? 0, ends?.dense ?? 1)}
            aria-valuenow={Number.isFinite(value) ? value : 0}
            aria-valuetext={`x = (${coords}); ${shading.name} = ${fmt(value, 4)}`}
            onKeyDown={onKey}
            data-testid="point"
            data-x={x.join(',')}
            data-value={value}
          >
            <Plot
              label={`${shading.name} over ${n === 2 ? 'the square [−1, 1]²' : 'the probability simplex'}, with level sets`}
              width={frame.width}
              height={frame.height}
              x={frame.x}
              y={frame.y}
              margin={frame.margin}
              exportView
              testId="geometry-plot"
              className={styles.pickable}
              onDrag={(pt) => {
                if (typeof pt.x === 'number' && typeof pt.y === 'number') moveTo(pt.x, pt.y);
              }}
            >
              {color ? (
                <Heatmap values={grid.values} rows={grid.rows} cols={grid.cols} color={color} smooth />
              ) : null}
              {n === 2 ? (
                <>
                  <AxisX tickValues={[-1, 1]} tickFormat={fmtTick} label="x₁ →" line={false} />
                  <AxisY tickValues={[]} label="x₂ →" />
                  <PlaneGuides />
                </>
              ) : (
                <>
                  <OutsideTriangle />
                  <SimplexClip />
                  <SimplexGuides />
                </>
              )}
              <LevelSets grid={grid} levels={levels} simplex={n === 3} />
              <OwnLevel grid={grid} level={value} constant={constant} simplex={n === 3} />
              <Handle X={X} Y={Y} />
            </Plot>
          </div>
          {color && ends ? (
            <RampLegend
              color={color}
              lo={ends.sparse}
              hi={ends.dense}
              caption={shading.name}
              labels={[`${fmt(ends.sparse)} sparse`, `dense ${fmt(ends.dense)}`]}
            />
          ) : null}
          <p className={styles.hint}>
            {n === 2
              ? 'Drag the point, or focus it and use the arrow keys (Shift: finer). Thin lines: level sets; bold: the level set through x.'
              : 'Drag the point inside the triangle, or focus it and use the arrow keys (Shift: finer). Every point is a probability vector.'}
          </p>
        </div>
        <div className={styles.side}>
          {n === 2 ? (
            <>
              <ParamSlider name="x1" />
              <ParamSlider name="x2" />
            </>
          ) : (
            <>
              <ParamSlider name="b1" />
              <ParamSlider name="b2" />
              <ParamSlider name="b3" />
            </>
          )}
          <Readout
            items={[
              { label: 'x', value: `(${coords})`, testId: 'vector' },
              {
                label: shading.name,
                value: (
                  <span className={styles.mainValue} data-testid="value">
                    {fmt(value, 4)}
                  </span>
                ),
              },
              ...(ends
                ? [
                    {
                      label: `range for n = ${n}`,
                      value: `${fmt(ends.sparse, 3)} (sparse) … ${fmt(ends.dense, 3)} (dense)`,
                      testId: 'range',
                    },
                  ]
                : []),
              ...others.map((o) => ({ label: o.name, value: fmt(o.compute(x), 4), testId: `value-${o.id}` })),
            ]}
          />
          {constant ? (
            <p className={styles.note} data-testid="constant-note">
              {shading.name} takes the same value everywhere here
              {measure === 'negL1' && n === 3 ? ': every probability vector has ‖x‖₁ = 1.' : '.'}
            </p>
          ) : null}
        </div>
      </div>
    </div>
  );
}
