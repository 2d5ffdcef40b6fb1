'use client';

import { type KeyboardEvent, type PointerEvent, useId, useMemo, useRef } from 'react';
import { Select, Slider } from '@/components/controls';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { useWidgetParams } from '@/components/figure/store';
import { useCanvas, useDarkTheme, useElementWidth } from '@/components/plot/hooks';
import { formatNumber } from '@/lib/format';
import {
  evenLevels,
  type FieldGrid,
  fieldRange,
  l1OverL2,
  levelSet,
  planeToSimplex,
  projectToSimplex,
  SIMPLEX_HEIGHT,
  sampleSimplex,
  sampleSquare,
  simplexToPlane,
} from '@/lib/sparsity/geometry';
import { getMeasure, type SparsityMeasure } from '@/lib/sparsity/registry';
import { paintField, segmentsPath, sparsityRamp } from './draw';
import { GEOMETRY_MEASURES, type sparsityGeometryParams } from './params';
import styles from './SparsityGeometry.module.css';

type P = ParamValues<typeof sparsityGeometryParams>;
type MeasureId = P['measure'];

/** Grid points per side: 121² ≈ 15k evaluations, a few milliseconds for every measure offered. */
const RESOLUTION = 121;
/** Level sets drawn between the two ends of the measure's range. */
const LEVELS = 9;
/** Arrow keys move the point this far in plane units (Shift: a fifth of it). */
const KEY_STEP = 0.05;

/** A measure as the widget uses it: a name, which way is sparser, a function of x, and its range. */
interface Shading {
  name: string;
  direction: 'lower' | 'higher';
  compute: (x: ArrayLike<number>) => number;
  bounds: (n: number) => { dense: number; sparse: number } | null;
}

const MEASURE_LABELS: Record<MeasureId, string> = {
  sStar: 'S*_q,p (the post)',
  l1l2: '‖x‖₁/‖x‖₂ = √n·S*₁,₂',
  gini: 'Gini index',
  hoyer: 'Hoyer',
  s0: 'S₀ = mean/max',
  kappa4: 'κ₄ (kurtosis)',
  negL1: '−‖x‖₁',
  shannon: 'Shannon entropy',
};

function shadingFor(id: MeasureId, q: number, p: number): Shading {
  if (id === 'l1l2') {
    return {
      name: '‖x‖₁/‖x‖₂',
      direction: 'lower',
      compute: l1OverL2,
      bounds: (n) => ({ dense: Math.sqrt(n), sparse: 1 }),
    };
  }
  const m = getMeasure(id) as SparsityMeasure;
  const params = { q, p };
  const name = id === 'sStar' ? `S*${subscript(fmt(q, 2))},${subscript(fmt(p, 2))}` : m.name;
  return {
    name,
    direction: m.direction,
    compute: (x) => m.compute(x, params),
    bounds: (n) => m.bounds(n, params),
  };
}

const fmt = (v: number, digits = 3) => formatNumber(v, { digits });

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
/** "1.5" → "₁.₅": the parameters of S*_q,p written as subscripts. */
const subscript = (text: string) => text.replace(/\d/g, (d) => SUBSCRIPTS[Number(d)] ?? d);

/** Rounds a coordinate for the store and the URL (three decimals, as the schema writes them). */
const round3 = (v: number) => Math.round(v * 1000) / 1000;

/** The vector shown: (x₁, x₂) for n = 2, the normalised weights for n = 3. */
function vectorOf(params: P): number[] {
  if (params.dim === '2') return [params.x1, params.x2];
  const [X, Y] = simplexToPlane([params.b1, params.b2, params.b3]);
  return planeToSimplex(X, Y).map((v) => Math.max(0, v));
}

/**
 * The geometry of sparsity: a measure shading the plane (n = 2) or the probability simplex (n = 3) with its
 * level sets, and the current vector as a draggable point.
 */
export default function SparsityGeometry() {
  const [params, setParam] = useWidgetParams<P>();
  const { dim, measure, q, p } = params;
  const n = dim === '2' ? 2 : 3;
  const dark = useDarkTheme();
  const clipId = `geometry-clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const viewRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(viewRef);

  const shading = useMemo(() => shadingFor(measure, q, p), [measure, q, p]);
  const grid = useMemo<FieldGrid>(
    () => (n === 2 ? sampleSquare(shading.compute, RESOLUTION) : sampleSimplex(shading.compute, RESOLUTION)),
    [n, shading],
  );
  // The colour runs from the measure's sparse end (t = 0) to its dense end (t = 1) for this n, or over the
  // values in the picture when the measure has no bounds.
  const ends = useMemo(() => {
    const b = shading.bounds(n);
    if (b && Number.isFinite(b.dense) && Number.isFinite(b.sparse) && b.dense !== b.sparse) return b;
    const r = fieldRange(grid);
    if (!r) return null;
    return shading.direction === 'lower' ? { sparse: r.min, dense: r.max } : { sparse: r.max, dense: r.min };
  }, [shading, n, grid]);
  const range = useMemo(() => fieldRange(grid), [grid]);
  const constant = !range || range.max - range.min < 1e-12;
  const levels = useMemo(
    () =>
      ends ? evenLevels(Math.min(ends.sparse, ends.dense), Math.max(ends.sparse, ends.dense), LEVELS) : [],
    [ends],
  );
  const levelPaths = useMemo(() => levels.map((level) => levelSet(grid, level)), [grid, levels]);

  const x = vectorOf(params);
  const value = shading.compute(x);
  const ownLevel = useMemo(
    () => (constant ? new Float64Array(0) : levelSet(grid, value)),
    [grid, value, constant],
  );
  const toT = (v: number) => (ends ? (v - ends.sparse) / (ends.dense - ends.sparse) : 0.5);

  // Layout: a square plot for n = 2, the triangle's box for n = 3, both with a margin for labels.
  const size = Math.max(240, Math.min(width || 360, 460));
  const margin = 30;
  const k = n === 2 ? (size - 2 * margin) / 2 : size - 2 * margin;
  const height = n === 2 ? size : Math.round(SIMPLEX_HEIGHT * k + 2 * margin + 6);
  const x0 = n === 2 ? -1 : 0;
  const yTop = n === 2 ? 1 : SIMPLEX_HEIGHT;
  const px = (X: number) => margin + (X - x0) * k;
  const py = (Y: number) => margin + (yTop - Y) * k;
  const triangle: [number, number][] = [
    [0, 0],
    [1, 0],
    [0.5, SIMPLEX_HEIGHT],
  ];

  const ramp = useMemo(() => sparsityRamp(dark), [dark]);
  const canvasRef = useCanvas(
    (ctx) =>
      paintField(
        ctx,
        grid,
        toT,
        ramp,
        { left: margin, top: margin, k, x0, yTop },
        n === 3 ? triangle : undefined,
      ),
    size,
    height,
    [grid, ends, ramp, n, k],
  );

  const point: [number, number] = n === 2 ? [params.x1, params.x2] : simplexToPlane(x);
  const moveTo = (X: number, Y: number) => {
    if (n === 2) {
      setParam('x1', round3(Math.min(1, Math.max(-1, X))));
      setParam('x2', round3(Math.min(1, Math.max(-1, Y))));
      return;
    }
    const b = projectToSimplex(planeToSimplex(X, Y));
    setParam('b1', round3(b[0] as number));
    setParam('b2', round3(b[1] as number));
    setParam('b3', round3(b[2] as number));
  };
  const fromPointer = (e: PointerEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const sx = ((e.clientX - rect.left) / rect.width) * size;
    const sy = ((e.clientY - rect.top) / rect.height) * height;
    moveTo(x0 + (sx - margin) / k, yTop - (sy - margin) / k);
  };
  const onKey = (e: KeyboardEvent<SVGGElement>) => {
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
    moveTo(point[0] + d[0], point[1] + d[1]);
  };

  // The other measures at the current vector, for the readout.
  const others = (['sStar', 'l1l2', 'gini', 'hoyer'] as const).map((id) => {
    const s = shadingFor(id, 1, 2);
    return { id, name: s.name, value: s.compute(x), direction: s.direction };
  });

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

  const coords = x.map((v) => formatNumber(v, { digits: 3 })).join(', ');
  const valueText = `x = (${coords}); ${shading.name} = ${fmt(value, 4)}`;
  const legendStops = Array.from({ length: 11 }, (_, i) => `${ramp(i / 10)} ${i * 10}%`).join(', ');

  return (
    <div className={styles.widget}>
      <div className={styles.controls}>
        <Select
          label="Dimension"
          value={dim}
          options={[
            { value: '2', label: 'n = 2: the plane' },
            { value: '3', label: 'n = 3: the simplex' },
          ]}
          onChange={(v) => setParam('dim', v as P['dim'])}
        />
        <Select
          label="Measure"
          value={measure}
          options={GEOMETRY_MEASURES.map((id) => ({ value: id, label: MEASURE_LABELS[id] }))}
          onChange={(v) => setParam('measure', v as MeasureId)}
        />
        {measure === 'sStar' ? (
          <>
            <Slider
              label="q"
              value={q}
              min={0.1}
              max={4}
              step={0.1}
              format={(v) => fmt(v)}
              onChange={(v) => setParam('q', v)}
            />
            <Slider
              label="p"
              value={p}
              min={0.2}
              max={8}
              step={0.1}
              format={(v) => fmt(v)}
              onChange={(v) => setParam('p', v)}
            />
          </>
        ) : null}
      </div>
      <div className={styles.body} ref={viewRef}>
        <div className={styles.view}>
          <div className={styles.stage} style={{ width: size, height }}>
            <canvas ref={canvasRef} className={styles.canvas} style={{ width: size, height }} />
            <svg
              className={styles.overlay}
              viewBox={`0 0 ${size} ${height}`}
              width={size}
              height={height}
              data-export
              data-testid="geometry-plot"
              onPointerDown={(e) => {
                e.currentTarget.setPointerCapture(e.pointerId);
                fromPointer(e);
              }}
              onPointerMove={(e) => {
                if (e.buttons & 1) fromPointer(e);
              }}
            >
              <title>{`${shading.name} over ${n === 2 ? 'the square [−1, 1]²' : 'the probability simplex'}, with level sets`}</title>
              {n === 2 ? (
                <g className={styles.guides}>
                  <rect x={px(-1)} y={py(1)} width={2 * k} height={2 * k} className={styles.frame} />
                  <line x1={px(-1)} x2={px(1)} y1={py(0)} y2={py(0)} className={styles.axis} />
                  <line x1={px(0)} x2={px(0)} y1={py(1)} y2={py(-1)} className={styles.axis} />
                  <line x1={px(-1)} x2={px(1)} y1={py(-1)} y2={py(1)} className={styles.diagonal} />
                  <line x1={px(-1)} x2={px(1)} y1={py(1)} y2={py(-1)} className={styles.diagonal} />
                  <text x={px(1) - 4} y={py(0) - 5} textAnchor="end" className={styles.sparseLabel}>
                    x₁ axis: sparse
                  </text>
                  <text x={px(0) + 5} y={py(1) + 12} className={styles.sparseLabel}>
                    x₂ axis: sparse
                  </text>
                  <text
                    x={px(0.5)}
                    y={py(0.5) - 5}
                    textAnchor="middle"
                    className={styles.denseLabel}
                    transform={`rotate(-45 ${px(0.5)} ${py(0.5)})`}
                  >
                    |x₁| = |x₂|: dense
                  </text>
                  <text x={px(0)} y={height - 8} textAnchor="middle" className={styles.tick}>
                    x₁ →
                  </text>
                  <text
                    x={12}
                    y={py(0)}
                    textAnchor="middle"
                    className={styles.tick}
                    transform={`rotate(-90 12 ${py(0)})`}
                  >
                    x₂ →
                  </text>
                  <text x={px(-1)} y={py(-1) + 14} textAnchor="middle" className={styles.tick}>
                    −1
                  </text>
                  <text x={px(1)} y={py(-1) + 14} textAnchor="middle" className={styles.tick}>
                    1
                  </text>
                </g>
              ) : (
                <g className={styles.guides}>
                  <path
                    d={`M${triangle.map(([X, Y]) => `${px(X)},${py(Y)}`).join('L')}Z`}
                    className={styles.frame}
                  />
                  <text x={px(0) - 4} y={py(0) + 16} textAnchor="start" className={styles.sparseLabel}>
                    (1, 0, 0) sparse
                  </text>
                  <text x={px(1) + 4} y={py(0) + 16} textAnchor="end" className={styles.sparseLabel}>
                    (0, 1, 0) sparse
                  </text>
                  <text
                    x={px(0.5)}
                    y={py(SIMPLEX_HEIGHT) - 8}
                    textAnchor="middle"
                    className={styles.sparseLabel}
                  >
                    (0, 0, 1) sparse
                  </text>
                  <circle cx={px(0.5)} cy={py(SIMPLEX_HEIGHT / 3)} r={2.5} className={styles.centre} />
                  <text
                    x={px(0.5)}
                    y={py(SIMPLEX_HEIGHT / 3) + 14}
                    textAnchor="middle"
                    className={styles.denseLabel}
                  >
                    (⅓, ⅓, ⅓) dense
                  </text>
                </g>
              )}
              <defs>
                <clipPath id={clipId}>
                  {n === 2 ? (
                    <rect x={px(-1)} y={py(1)} width={2 * k} height={2 * k} />
                  ) : (
                    <path d={`M${triangle.map(([X, Y]) => `${px(X)},${py(Y)}`).join('L')}Z`} />
                  )}
                </clipPath>
              </defs>
              <g clipPath={`url(#${clipId})`}>
                {levelPaths.map((segs, i) => (
                  <path
                    key={i}
                    d={segmentsPath(segs, px, py)}
                    className={styles.level}
                    data-level={levels[i]}
                  />
                ))}
                <path
                  d={segmentsPath(ownLevel, px, py)}
                  className={styles.ownLevel}
                  data-testid="own-level"
                />
              </g>
              <g
                role="slider"
                tabIndex={0}
                aria-label={`Vector x (${n === 2 ? 'arrow keys move x₁ and x₂' : 'arrow keys move it on the simplex'})`}
                aria-valuemin={Math.min(ends?.sparse ?? 0, ends?.dense ?? 1)}
                aria-valuemax={Math.max(ends?.sparse ?? 0, ends?.dense ?? 1)}
                aria-valuenow={Number.isFinite(value) ? value : 0}
                aria-valuetext={valueText}
                onKeyDown={onKey}
                className={styles.handle}
                data-testid="point"
                data-x={x.join(',')}
                data-value={value}
              >
                <circle cx={px(point[0])} cy={py(point[1])} r={14} className={styles.handleHalo} />
                <circle cx={px(point[0])} cy={py(point[1])} r={6.5} className={styles.handleDot} />
              </g>
            </svg>
          </div>
          <div className={styles.legend} aria-hidden="true">
            <span>sparse</span>
            <span
              className={styles.legendBar}
              style={{ background: `linear-gradient(to right, ${legendStops})` }}
            />
            <span>dense</span>
          </div>
          <p className={styles.hint}>
            {n === 2
              ? 'Drag the point, or focus it and use the arrow keys (Shift: finer). Thin lines: level sets; bold: the level set through x.'
              : 'Drag the point inside the triangle, or focus it and use the arrow keys (Shift: finer). Every point is a probability vector.'}
          </p>
        </div>
        <div className={styles.side}>
          {n === 2 ? (
            <>
              <Slider
                label="x₁"
                value={params.x1}
                min={-1}
                max={1}
                step={0.01}
                format={(v) => fmt(v)}
                onChange={(v) => setParam('x1', v)}
              />
              <Slider
                label="x₂"
                value={params.x2}
                min={-1}
                max={1}
                step={0.01}
                format={(v) => fmt(v)}
                onChange={(v) => setParam('x2', v)}
              />
            </>
          ) : (
            <>
              <Slider
                label="weight of x₁"
                value={params.b1}
                min={0}
                max={1}
                step={0.01}
                format={(v) => fmt(v)}
                onChange={(v) => setParam('b1', v)}
              />
              <Slider
                label="weight of x₂"
                value={params.b2}
                min={0}
                max={1}
                step={0.01}
                format={(v) => fmt(v)}
                onChange={(v) => setParam('b2', v)}
              />
              <Slider
                label="weight of x₃"
                value={params.b3}
                min={0}
                max={1}
                step={0.01}
                format={(v) => fmt(v)}
                onChange={(v) => setParam('b3', v)}
              />
            </>
          )}
          <dl className="widget-stats" aria-live="polite">
            <div>
              <dt>x</dt>
              <dd data-testid="vector">({coords})</dd>
            </div>
            <div className={styles.main}>
              <dt>{shading.name}</dt>
              <dd data-testid="value">{fmt(value, 4)}</dd>
            </div>
            {ends ? (
              <div>
                <dt>range for n = {n}</dt>
                <dd data-testid="range">
                  {fmt(ends.sparse, 3)} (sparse) … {fmt(ends.dense, 3)} (dense)
                </dd>
              </div>
            ) : null}
            {others
              .filter((o) => !(o.id === measure && (measure !== 'sStar' || (q === 1 && p === 2))))
              .map((o) => (
                <div key={o.id}>
                  <dt>{o.name}</dt>
                  <dd data-testid={`value-${o.id}`}>{fmt(o.value, 4)}</dd>
                </div>
              ))}
          </dl>
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
