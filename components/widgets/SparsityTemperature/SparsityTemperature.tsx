'use client';

import { memo, useMemo } from 'react';
import { ParamSeed, ParamSlider } from '@/components/controls';
import { useDeferredWidgetParams } from '@/components/figure/afterPaint';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import {
  AxisX,
  AxisY,
  BarY,
  Dot,
  Frame,
  Line,
  Plot,
  Readout,
  Rect,
  RuleX,
  RuleY,
  SwatchLegend,
  TextMark,
} from '@/components/plot';
import shared from '@/components/views/sparsity/sparsity.module.css';
import { formatInteger, formatNumber } from '@/lib/format';
import {
  logSpace,
  renyiIdentity,
  renyiIdentityCurve,
  seededLogits,
  softmaxAtTemperature,
  sStarFromRenyi,
  type TemperaturePath,
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
/** Points on the drawn curve exp(−(p−1)/p·(log n − H)). */
const CURVE_POINTS = 120;
/** The three plots' shape: a little wider than tall, 220–300 px high. */
const SIZE = { aspect: 1.39, minHeight: 220, maxHeight: 300 } as const;

const fmt = (v: number, digits = 4) => formatNumber(v, { digits });
const fmtT = (t: number) => formatNumber(t, { digits: 3 });
const fmtTick = (v: number | string) => (typeof v === 'number' ? formatNumber(v, { digits: 2 }) : v);
/** Differences are tiny: two significant digits, exponent notation. */
const fmtDiff = (v: number) => formatNumber(v, { digits: 2 });

interface HS {
  h: number;
  s: number;
}

const coldLabel = () => 'T → 0';
const hotLabel = () => 'T → ∞';
const barAttrs = (d: { w: number }) => ({ 'data-value': d.w });

const LEGEND = [
  { label: 'the identity’s curve', shape: 'line', color: 'var(--fg-muted)' },
  {
    label: `softmax(z/T), ${formatInteger(PATH_TEMPERATURES.length - 2)} temperatures from ${fmtT(PATH_LO)} to ${fmtT(PATH_HI)}`,
    shape: 'dot',
    color: 'var(--accent)',
  },
  { label: 'current T', shape: 'dot', color: 'var(--warn)' },
] as const;

/** S*₁,ₚ against Hₚ along the temperature path, the identity's curve beneath it, the current T marked. */
const IdentityPlot = memo(function IdentityPlot({
  n,
  p,
  path,
  current,
  T,
}: {
  n: number;
  p: number;
  path: TemperaturePath;
  current: HS;
  T: number;
}) {
  const logN = Math.log(n);
  const last = path.temperatures.length - 1;
  const curve = useMemo(() => {
    const c = renyiIdentityCurve(n, p, CURVE_POINTS);
    return Array.from(c.h, (h, i): HS => ({ h, s: c.s[i] as number }));
  }, [n, p]);
  const dots = useMemo(
    () =>
      Array.from(
        { length: Math.max(0, last - 1) },
        (_, k): HS => ({
          h: path.renyi[k + 1] as number,
          s: path.sStar[k + 1] as number,
        }),
      ),
    [path, last],
  );
  const cold = useMemo(() => [{ h: path.renyi[0] as number, s: path.sStar[0] as number }], [path]);
  const hot = useMemo(() => [{ h: path.renyi[last] as number, s: path.sStar[last] as number }], [path, last]);
  const limits = useMemo(() => [...cold, ...hot], [cold, hot]);
  const point = useMemo(() => [current], [current]);
  const attrs = useMemo(
    () => () => ({ 'data-testid': 'current-point', 'data-t': T, 'data-h': current.h, 'data-s': current.s }),
    [T, current],
  );
  return (
    <Plot
      label={`S*₁,${fmt(p, 3)} against Rényi entropy H${fmt(p, 3)} for ${path.temperatures.length} temperatures; at T = ${fmtT(T)}: H = ${fmt(current.h)}, S* = ${fmt(current.s)}`}
      x={{ domain: [0, logN] }}
      y={{ domain: [sStarFromRenyi(0, n, p), 1], nice: true }}
      {...SIZE}
      exportView
      testId="identity-plot"
    >
      <AxisX label={`Rényi entropy Hₚ (nats; log n = ${fmt(logN, 3)})`} tickFormat={fmtTick} grid />
      <AxisY label="S*₁,ₚ" tickFormat={fmtTick} grid />
      <Frame />
      <Line
        data={curve}
        x="h"
        y="s"
        stroke="var(--fg-muted)"
        strokeWidth={7}
        opacity={0.45}
        testId="identity-curve"
      />
      <Dot data={dots} x="h" y="s" r={1.6} fill="var(--accent)" stroke="none" opacity={0.75} />
      <Dot
        data={limits}
        x="h"
        y="s"
        r={4}
        symbol="square"
        fill="var(--bg)"
        stroke="var(--fg)"
        strokeWidth={1.5}
      />
      <TextMark data={cold} x="h" y="s" text={coldLabel} dx={7} dy={-10} anchor="start" />
      <TextMark data={hot} x="h" y="s" text={hotLabel} dx={-7} dy={14} anchor="end" />
      <Dot
        data={point}
        x="h"
        y="s"
        r={6}
        fill="var(--warn)"
        stroke="var(--fg)"
        strokeWidth={1.5}
        attrs={attrs}
      />
    </Plot>
  );
});

interface TV {
  t: number;
  v: number;
}

/** S*₁,ₚ and Hₚ/log n against T on a log axis, the slider's range shaded; click or drag to set T. */
const TemperaturePlot = memo(function TemperaturePlot({
  n,
  path,
  T,
  onT,
}: {
  n: number;
  path: TemperaturePath;
  T: number;
  onT: (t: number) => void;
}) {
  const [sStar, entropy] = useMemo(() => {
    const logN = Math.log(n);
    const a: TV[] = [];
    const b: TV[] = [];
    for (let k = 1; k < path.temperatures.length - 1; k++) {
      const t = path.temperatures[k] as number;
      a.push({ t, v: path.sStar[k] as number });
      b.push({ t, v: (path.renyi[k] as number) / logN });
    }
    return [a, b];
  }, [n, path]);
  return (
    <Plot
      label={`S*₁,ₚ and Hₚ/log n against temperature; current T = ${fmtT(T)}. Click to set T.`}
      x={{ type: 'log', domain: [PATH_LO, PATH_HI] }}
      y={{ domain: [0, 1] }}
      {...SIZE}
      className={styles.pickable}
      onDrag={(pt) => {
        if (typeof pt.x === 'number') onT(pt.x);
      }}
    >
      <Rect x1={T_MIN} x2={T_MAX} fill="var(--surface-2)" stroke="none" />
      <AxisX label="temperature T (log scale)" tickFormat={fmtTick} grid />
      <AxisY tickValues={[0, 0.25, 0.5, 0.75, 1]} tickFormat={fmtTick} grid />
      <Frame />
      <Line data={entropy} x="t" y="v" stroke="var(--fg-muted)" strokeWidth={1.8} dash="5 3" />
      <Line data={sStar} x="t" y="v" strokeWidth={2} />
      <RuleX values={[T]} stroke="var(--warn)" strokeWidth={2} dash="none" />
    </Plot>
  );
});

/** The distribution softmax(z/T), largest first, with the uniform level 1/n dashed. */
const Bars = memo(function Bars({ weights, n }: { weights: Float64Array; n: number }) {
  const sorted = useMemo(
    () =>
      Array.from(weights)
        .sort((a, b) => b - a)
        .map((w, i) => ({ i, w })),
    [weights],
  );
  const top = Math.max(sorted[0]?.w ?? 0, 1 / n);
  const x = useMemo(
    () => ({ type: 'band' as const, domain: sorted.map((d) => d.i), padding: n > 64 ? 0 : 0.15 }),
    [sorted, n],
  );
  return (
    <Plot
      label={`softmax(z/T) sorted: largest weight ${fmt(sorted[0]?.w ?? Number.NaN, 3)}, smallest ${fmt(sorted[n - 1]?.w ?? Number.NaN, 3)}`}
      x={x}
      y={{ domain: [0, top], nice: true }}
      {...SIZE}
      testId="bars"
    >
      <AxisY label="weight" ticks={4} tickFormat={fmtTick} grid />
      <AxisX label={`the ${formatInteger(n)} weights, largest first`} tickValues={[]} />
      <BarY data={sorted} x="i" y="w" attrs={barAttrs} />
      <RuleY values={[1 / n]} label="1/n" />
    </Plot>
  );
});

/**
 * Softmax of seeded logits at a temperature T: the distribution, and S*₁,ₚ against the Rényi entropy Hₚ along
 * the whole temperature path, where every point lies on exp(−(p−1)/p·(log n − Hₚ)).
 */
export default function SparsityTemperature() {
  // The plots follow a change in a deferred render (the temperature path is 302 softmaxes), so the control
  // that changed is painted first; the controls themselves read the live values.
  const [params, live, setParam] = useDeferredWidgetParams<P>();
  const { n, seed, spread, ties, T, p } = params;
  const k = Math.min(ties, n);

  const logits = useMemo(() => seededLogits(n, seed, spread, k), [n, seed, spread, k]);
  const path = useMemo(() => temperaturePath(logits, PATH_TEMPERATURES, p), [logits, p]);
  const weights = useMemo(() => softmaxAtTemperature(logits, T), [logits, T]);
  const check = useMemo(() => renyiIdentity(weights, p), [weights, p]);
  const current = useMemo(() => ({ h: check.renyi, s: check.sStar }), [check]);
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

  const onT = useMemo(() => (t: number) => setParam('T', Math.min(T_MAX, Math.max(T_MIN, t))), [setParam]);
  const worstT = path.temperatures[worst] ?? Number.NaN;
  const worstText =
    worstT === 0 ? 'T → 0' : worstT === Number.POSITIVE_INFINITY ? 'T → ∞' : `T = ${fmtT(worstT)}`;
  const value = (testId: string, text: string, data?: number) => (
    <span data-testid={testId} data-value={data}>
      {text}
    </span>
  );

  return (
    <div className={shared.widget}>
      <div className={shared.controls}>
        <ParamSlider name="T" className={styles.tSlider} />
        <ParamSlider name="p" />
        <ParamSlider name="n" />
        <ParamSlider name="spread" />
        <ParamSlider name="ties" max={live.n} format={(v) => formatInteger(Math.min(v, live.n))} />
        <ParamSeed />
      </div>
      <div className={styles.grid}>
        <figure className={styles.plotBox}>
          <figcaption>
            S*₁,ₚ against Hₚ as T runs from 0 to ∞ (dots), on the curve exp(−(p−1)/p·(log n − Hₚ))
          </figcaption>
          <IdentityPlot n={n} p={p} path={path} current={current} T={T} />
          <SwatchLegend items={LEGEND} />
        </figure>
        <figure className={styles.plotBox}>
          <figcaption>softmax(z / T) at T = {fmtT(T)}</figcaption>
          <Bars weights={weights} n={n} />
        </figure>
        <figure className={styles.plotBox}>
          <figcaption>
            Against T: S*₁,ₚ (solid) and Hₚ / log n (dashed); the slider’s range is shaded
          </figcaption>
          <TemperaturePlot n={n} path={path} T={T} onT={onT} />
        </figure>
        <div className={styles.stats}>
          <Readout
            items={[
              { label: 'T', value: value('temperature', fmtT(T)) },
              { label: 'S*₁,ₚ from norms', value: value('lhs', fmt(check.sStar, 6)) },
              { label: 'Hₚ (nats)', value: value('renyi', fmt(check.renyi, 6)) },
              { label: 'exp(−(p−1)/p·(log n − Hₚ))', value: value('rhs', fmt(check.predicted, 6)) },
              {
                label: 'Difference',
                value: value('difference', fmtDiff(check.difference), check.difference),
              },
              {
                label: 'Largest |difference| on the path',
                value: (
                  <>
                    {value('max-difference', fmtDiff(path.maxAbsDifference), path.maxAbsDifference)}{' '}
                    <span className={styles.where}>at {worstText}</span>
                  </>
                ),
              },
              { label: 'Largest weight', value: value('max-weight', fmt(Math.max(...weights), 4)) },
              {
                label: 'Limits T → 0 / ∞ (S*)',
                value: value(
                  'limits',
                  `${fmt(path.sStar[0] as number, 4)} / ${fmt(path.sStar[path.sStar.length - 1] as number, 4)}`,
                ),
              },
            ]}
          />
        </div>
      </div>
    </div>
  );
}
