'use client';

import { scaleBand, scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { useMemo, useRef } from 'react';
import { Button, NumberInput, Slider } from '@/components/controls';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { useWidgetParams } from '@/components/figure/store';
import { Axes, type Frame, frameOf, type Tick } from '@/components/plot/Axes';
import { useElementWidth } from '@/components/plot/hooks';
import { formatInteger, formatNumber } from '@/lib/format';
import {
  logSpace,
  renyiIdentity,
  seededLogits,
  softmaxAtTemperature,
  sStarFromRenyi,
  temperaturePath,
} from '@/lib/sparsity/temperature';
import { type sparsityTemperatureParams, T_MAX, T_MIN } from './params';
import styles from './SparsityTemperature.module.css';

type P = ParamValues<typeof sparsityTemperatureParams>;

/** The plotted path: 300 log-spaced temperatures a decade beyond the slider each way, plus the exact limits. */
const PATH_LO = T_MIN / 10;
const PATH_HI = T_MAX * 10;
const PATH_TEMPERATURES = Float64Array.from([
  0,
  ...logSpace(PATH_LO, PATH_HI, 300),
  Number.POSITIVE_INFINITY,
]);
const LOG_MIN = Math.log10(T_MIN);
const LOG_MAX = Math.log10(T_MAX);
/** 400 steps from T_MIN to T_MAX (a factor of 1.02 each), so Home and End reach both ends exactly. */
const LOG_STEP = (LOG_MAX - LOG_MIN) / 400;
/** Points on the drawn curve exp(−(p−1)/p·(log n − H)). */
const CURVE_POINTS = 120;

const fmt = (v: number, digits = 4) => formatNumber(v, { digits });
const fmtT = (t: number) => formatNumber(t, { digits: 3 });
/** Differences are tiny: two significant digits, exponent notation. */
const fmtDiff = (v: number) => formatNumber(v, { digits: 2 });

function ticksOf(values: readonly number[], format: (v: number) => string): Tick[] {
  return values.map((value) => ({ value, label: format(value) }));
}

/** S*₁,ₚ against Hₚ along the temperature path, the identity's curve beside it, the current T marked. */
function IdentityPlot({
  frame,
  n,
  p,
  path,
  current,
  T,
}: {
  frame: Frame;
  n: number;
  p: number;
  path: ReturnType<typeof temperaturePath>;
  current: { h: number; s: number };
  T: number;
}) {
  const logN = Math.log(n);
  const sLo = sStarFromRenyi(0, n, p);
  const x = scaleLinear()
    .domain([0, logN])
    .range([frame.left, frame.width - frame.right]);
  const y = scaleLinear()
    .domain([sLo, 1])
    .range([frame.height - frame.bottom, frame.top])
    .nice(4);
  const curve = useMemo(() => {
    const pts: [number, number][] = [];
    for (let k = 0; k <= CURVE_POINTS; k++) {
      const h = (logN * k) / CURVE_POINTS;
      pts.push([h, sStarFromRenyi(h, n, p)]);
    }
    return pts;
  }, [logN, n, p]);
  const curvePath =
    line<[number, number]>()
      .x((d) => x(d[0]))
      .y((d) => y(d[1]))(curve) ?? '';
  const last = path.temperatures.length - 1;
  const dots: string[] = [];
  for (let k = 1; k < last; k++) {
    const cx = x(path.renyi[k] as number);
    const cy = y(path.sStar[k] as number);
    dots.push(`M${cx - 1.6},${cy}a1.6,1.6 0 1,0 3.2,0a1.6,1.6 0 1,0 -3.2,0`);
  }
  const xTicks = ticksOf(x.ticks(5), (v) => fmt(v, 3));
  const yTicks = ticksOf(y.ticks(5), (v) => fmt(v, 3));
  const cold = [x(path.renyi[0] as number), y(path.sStar[0] as number)] as const;
  const hot = [x(path.renyi[last] as number), y(path.sStar[last] as number)] as const;
  const cx = x(current.h);
  const cy = y(current.s);
  return (
    <svg
      className={styles.plot}
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      width={frame.width}
      height={frame.height}
      role="img"
      aria-label={`S*₁,${fmt(p, 3)} against Rényi entropy H${fmt(p, 3)} for ${path.temperatures.length} temperatures; at T = ${fmtT(T)}: H = ${fmt(current.h)}, S* = ${fmt(current.s)}`}
      data-export
      data-testid="identity-plot"
    >
      <Axes
        frame={frame}
        x={x}
        y={y}
        xTicks={xTicks}
        yTicks={yTicks}
        xTitle={`Rényi entropy Hₚ (nats; log n = ${fmt(logN, 3)})`}
        yTitle="S*₁,ₚ"
      />
      <path d={curvePath} className={styles.curve} data-testid="identity-curve" />
      <path d={dots.join('')} className={styles.pathDots} />
      <g className={styles.limit}>
        <rect x={cold[0] - 4} y={cold[1] - 4} width={8} height={8} />
        <text x={cold[0] + 7} y={cold[1] - 6}>
          T → 0
        </text>
        <rect x={hot[0] - 4} y={hot[1] - 4} width={8} height={8} />
        <text x={hot[0] - 7} y={hot[1] + 16} textAnchor="end">
          T → ∞
        </text>
      </g>
      <circle
        cx={cx}
        cy={cy}
        r={6}
        className={styles.current}
        data-testid="current-point"
        data-t={T}
        data-h={current.h}
        data-s={current.s}
      />
    </svg>
  );
}

/** S*₁,ₚ and Hₚ/log n against T on a log axis; click or drag to set T. */
function TemperaturePlot({
  frame,
  n,
  path,
  T,
  onT,
}: {
  frame: Frame;
  n: number;
  path: ReturnType<typeof temperaturePath>;
  T: number;
  onT: (t: number) => void;
}) {
  const x = scaleLog()
    .domain([PATH_LO, PATH_HI])
    .range([frame.left, frame.width - frame.right]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([frame.height - frame.bottom, frame.top]);
  const logN = Math.log(n);
  const last = path.temperatures.length - 1;
  const series = (values: Float64Array, scale = 1) => {
    const pts: [number, number][] = [];
    for (let k = 1; k < last; k++) pts.push([path.temperatures[k] as number, (values[k] as number) / scale]);
    return (
      line<[number, number]>()
        .x((d) => x(d[0]))
        .y((d) => y(d[1]))(pts) ?? ''
    );
  };
  const pick = (e: React.PointerEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const px = ((e.clientX - rect.left) / rect.width) * frame.width;
    const t = x.invert(px);
    onT(Math.min(T_MAX, Math.max(T_MIN, t)));
  };
  const xTicks = ticksOf([0.01, 0.1, 1, 10, 100], (v) => formatNumber(v, { digits: 2 }));
  const yTicks = ticksOf([0, 0.25, 0.5, 0.75, 1], (v) => fmt(v, 2));
  return (
    <svg
      className={`${styles.plot} ${styles.pickable}`}
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      width={frame.width}
      height={frame.height}
      role="img"
      aria-label={`S*₁,ₚ and Hₚ/log n against temperature; current T = ${fmtT(T)}. Click to set T.`}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        pick(e);
      }}
      onPointerMove={(e) => {
        if (e.buttons & 1) pick(e);
      }}
    >
      <rect
        x={x(T_MIN)}
        y={frame.top}
        width={x(T_MAX) - x(T_MIN)}
        height={frame.height - frame.top - frame.bottom}
        className={styles.sliderRange}
      />
      <Axes
        frame={frame}
        x={x}
        y={y}
        xTicks={xTicks}
        yTicks={yTicks}
        xTitle="temperature T (log scale)"
        yTitle=""
      />
      <path d={series(path.renyi, logN)} className={styles.entropyLine} />
      <path d={series(path.sStar)} className={styles.sStarLine} />
      <line x1={x(T)} x2={x(T)} y1={frame.top} y2={frame.height - frame.bottom} className={styles.tLine} />
    </svg>
  );
}

/** The distribution softmax(z/T), largest first, with the uniform level 1/n dashed. */
function Bars({ frame, weights, n }: { frame: Frame; weights: Float64Array; n: number }) {
  const sorted = useMemo(() => Array.from(weights).sort((a, b) => b - a), [weights]);
  const top = Math.max(sorted[0] ?? 0, 1 / n);
  const x = scaleBand<number>()
    .domain(sorted.map((_, i) => i))
    .range([frame.left, frame.width - frame.right])
    .paddingInner(n > 64 ? 0 : 0.15);
  const y = scaleLinear()
    .domain([0, top])
    .range([frame.height - frame.bottom, frame.top])
    .nice(4);
  const yTicks = ticksOf(y.ticks(4), (v) => fmt(v, 2));
  const base = frame.height - frame.bottom;
  return (
    <svg
      className={styles.plot}
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      width={frame.width}
      height={frame.height}
      role="img"
      aria-label={`softmax(z/T) sorted: largest weight ${fmt(sorted[0] ?? Number.NaN, 3)}, smallest ${fmt(sorted[n - 1] ?? Number.NaN, 3)}`}
      data-testid="bars"
    >
      <Axes
        frame={frame}
        x={() => 0}
        y={y}
        xTicks={[]}
        yTicks={yTicks}
        xTitle={`the ${formatInteger(n)} weights, largest first`}
        yTitle="weight"
      />
      {sorted.map((w, i) => (
        <rect
          key={i}
          x={x(i)}
          y={y(w)}
          width={Math.max(0.5, x.bandwidth())}
          height={Math.max(0, base - y(w))}
          className={styles.bar}
          data-value={w}
        />
      ))}
      <line
        x1={frame.left}
        x2={frame.width - frame.right}
        y1={y(1 / n)}
        y2={y(1 / n)}
        className={styles.uniform}
      />
      <text
        x={frame.width - frame.right - 3}
        y={y(1 / n) - 4}
        textAnchor="end"
        className={styles.uniformLabel}
      >
        1/n
      </text>
    </svg>
  );
}

/**
 * Softmax of seeded logits at a temperature T: the distribution, and S*₁,ₚ against the Rényi entropy Hₚ along
 * the whole temperature path, where every point lies on exp(−(p−1)/p·(log n − Hₚ)).
 */
export default function SparsityTemperature() {
  const [params, setParam] = useWidgetParams<P>();
  const { n, seed, spread, ties, T, p } = params;
  const viewRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(viewRef);
  const k = Math.min(ties, n);

  const logits = useMemo(() => seededLogits(n, seed, spread, k), [n, seed, spread, k]);
  const path = useMemo(() => temperaturePath(logits, PATH_TEMPERATURES, p), [logits, p]);
  const weights = useMemo(() => softmaxAtTemperature(logits, T), [logits, T]);
  const check = useMemo(() => renyiIdentity(weights, p), [weights, p]);
  const worst = path.argMaxDifference;

  useExportData(() => {
    const rows: number[][] = [];
    for (let i = 1; i < path.temperatures.length - 1; i++) {
      rows.push([
        path.temperatures[i] as number,
        path.sStar[i] as number,
        path.renyi[i] as number,
        path.predicted[i] as number,
        path.difference[i] as number,
      ]);
    }
    return {
      name: `sparsity-temperature-n${n}-seed${seed}-p${p}`,
      colLabels: ['T', 'S*_{1,p}', 'H_p', 'exp(-(p-1)/p (log n - H_p))', 'difference'],
      rows,
      meta: {
        n,
        seed,
        spread,
        ties: k,
        p,
        T,
        logits: Array.from(logits),
        limitT0: { sStar: path.sStar[0], renyi: path.renyi[0] },
        limitTInfinity: {
          sStar: path.sStar[path.sStar.length - 1],
          renyi: path.renyi[path.renyi.length - 1],
        },
        maxAbsDifference: path.maxAbsDifference,
      },
    };
  });

  const wide = width >= 620;
  const plotWidth = Math.max(260, Math.floor(wide ? (width - 16) / 2 : width || 340));
  const plotHeight = Math.round(Math.min(300, Math.max(220, plotWidth * 0.72)));
  const frame = frameOf(plotWidth, plotHeight);
  const setT = (t: number) => setParam('T', Math.min(T_MAX, Math.max(T_MIN, t)));
  const worstT = path.temperatures[worst] ?? Number.NaN;
  const worstText =
    worstT === 0 ? 'T → 0' : worstT === Number.POSITIVE_INFINITY ? 'T → ∞' : `T = ${fmtT(worstT)}`;

  return (
    <div className={styles.widget}>
      <div className={styles.controls}>
        <div className={styles.tSlider}>
          <Slider
            label="Temperature T (log scale)"
            value={Math.log10(T)}
            min={LOG_MIN}
            max={LOG_MAX}
            step={LOG_STEP}
            format={(v) => fmtT(Math.abs(v - Math.log10(T)) < 1e-9 ? T : 10 ** v)}
            onChange={(v) => setT(10 ** v)}
          />
        </div>
        <Slider
          label="Order p"
          value={p}
          min={1.05}
          max={8}
          step={0.05}
          format={(v) => fmt(v, 3)}
          onChange={(v) => setParam('p', v)}
        />
        <Slider label="Length n" value={n} min={2} max={256} onChange={(v) => setParam('n', v)} />
        <Slider
          label="Logit spread σ"
          value={spread}
          min={0.1}
          max={10}
          step={0.1}
          format={(v) => fmt(v, 3)}
          onChange={(v) => setParam('spread', v)}
        />
        <Slider label="Tied maxima" value={k} min={1} max={n} onChange={(v) => setParam('ties', v)} />
        <div className={styles.seedRow}>
          <NumberInput
            label="Seed"
            value={seed}
            min={0}
            max={999_999}
            integer
            onChange={(v) => setParam('seed', v)}
          />
          <Button onClick={() => setParam('seed', (seed + 1) % 1_000_000)}>New seed</Button>
        </div>
      </div>
      <div className={styles.grid} ref={viewRef}>
        <figure className={styles.plotBox}>
          <figcaption>
            S*₁,ₚ against Hₚ as T runs from 0 to ∞ (dots), on the curve exp(−(p−1)/p·(log n − Hₚ))
          </figcaption>
          <IdentityPlot
            frame={frame}
            n={n}
            p={p}
            path={path}
            current={{ h: check.renyi, s: check.sStar }}
            T={T}
          />
          <ul className={styles.legend} aria-hidden="true">
            <li>
              <span className={styles.swatchCurve} /> the identity’s curve
            </li>
            <li>
              <span className={styles.swatchDot} /> softmax(z/T),{' '}
              {formatInteger(PATH_TEMPERATURES.length - 2)} temperatures from {fmtT(PATH_LO)} to{' '}
              {fmtT(PATH_HI)}
            </li>
            <li>
              <span className={styles.swatchCurrent} /> current T
            </li>
          </ul>
        </figure>
        <figure className={styles.plotBox}>
          <figcaption>softmax(z / T) at T = {fmtT(T)}</figcaption>
          <Bars frame={frame} weights={weights} n={n} />
        </figure>
        <figure className={styles.plotBox}>
          <figcaption>
            Against T: S*₁,ₚ (solid) and Hₚ / log n (dashed); the slider’s range is shaded
          </figcaption>
          <TemperaturePlot frame={frame} n={n} path={path} T={T} onT={setT} />
        </figure>
        <dl className={`widget-stats ${styles.stats}`} aria-live="polite">
          <div>
            <dt>T</dt>
            <dd data-testid="temperature">{fmtT(T)}</dd>
          </div>
          <div>
            <dt>S*₁,ₚ from norms</dt>
            <dd data-testid="lhs">{fmt(check.sStar, 6)}</dd>
          </div>
          <div>
            <dt>Hₚ (nats)</dt>
            <dd data-testid="renyi">{fmt(check.renyi, 6)}</dd>
          </div>
          <div>
            <dt>exp(−(p−1)/p·(log n − Hₚ))</dt>
            <dd data-testid="rhs">{fmt(check.predicted, 6)}</dd>
          </div>
          <div>
            <dt>Difference</dt>
            <dd data-testid="difference" data-value={check.difference}>
              {fmtDiff(check.difference)}
            </dd>
          </div>
          <div>
            <dt>Largest |difference| on the path</dt>
            <dd data-testid="max-difference" data-value={path.maxAbsDifference}>
              {fmtDiff(path.maxAbsDifference)} <span className={styles.where}>at {worstText}</span>
            </dd>
          </div>
          <div>
            <dt>Largest weight</dt>
            <dd data-testid="max-weight">{fmt(Math.max(...weights), 4)}</dd>
          </div>
          <div>
            <dt>Limits T → 0 / ∞ (S*)</dt>
            <dd data-testid="limits">
              {fmt(path.sStar[0] as number, 4)} / {fmt(path.sStar[path.sStar.length - 1] as number, 4)}
            </dd>
          </div>
        </dl>
      </div>
    </div>
  );
}
