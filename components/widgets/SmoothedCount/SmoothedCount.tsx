'use client';

import { memo, type ReactNode, useId, useMemo, useState } from 'react';
import { Button, ParamNumber, ParamSelect, ParamSlider, ParamToggle } from '@/components/controls';
import { useDeferredWidgetParams } from '@/components/figure/afterPaint';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { useWidgetStoreApi } from '@/components/figure/store';
import {
  AxisX,
  AxisY,
  Dot,
  Frame,
  Line,
  Plot,
  type PlotPointer,
  paddedLogDomain,
  Readout,
  RuleX,
  RuleY,
  type SwatchItem,
  SwatchLegend,
  Tooltip,
} from '@/components/plot';
import { formatNumber } from '@/lib/format';
import {
  FORGETTING_FORMS,
  type ForgettingForm,
  type ForgettingForms,
  forgettingCurves,
  forgettingForms,
  forgettingPlotRange,
  plottedError,
} from '@/lib/smoothing';
import { logLogSlope } from '@/lib/stats';
import { PlotClip } from './draw';
import type { smoothedCountParams } from './params';
import styles from './SmoothedCount.module.css';

type P = ParamValues<typeof smoothedCountParams>;

/** Counts sampled per curve: about 40 a decade over the default five decades. */
const SAMPLES = 241;
const MARGIN = { top: 10, right: 14, bottom: 36, left: 56 };
/** Enough ticks that a log axis labels every decade. */
const DECADES = 12;

/** How each form is drawn, in both plots and the legend. */
const STYLE: Record<ForgettingForm, { color: string; dash?: string; width: number }> = {
  exact: { color: 'var(--warn)', dash: '7 4', width: 2 },
  limit: { color: 'var(--accent)', width: 2.2 },
  addHalf: { color: 'var(--ok)', width: 1.6 },
  series: { color: 'var(--fg)', width: 1.3 },
  higher: { color: 'var(--fg-muted)', dash: '2 3', width: 1.6 },
  printed: { color: 'var(--danger)', dash: '5 3', width: 1.8 },
};
const IDENTITY = { color: 'var(--fg-muted)', dash: '1 4' };

/** y channels of the F̂ plot, one stable function per form (marks are memoised on their props). */
const VALUE_OF = Object.fromEntries(
  FORGETTING_FORMS.map((form) => [form, (d: ForgettingForms) => d.value[form]]),
) as Record<ForgettingForm, (d: ForgettingForms) => number>;
const errorOf = (form: ForgettingForm, relative: boolean) => (d: ForgettingForms) =>
  plottedError(d, form, relative);
const countOf = (d: ForgettingForms) => d.F;
const identity = (d: ForgettingForms) => d.F;

const numberLabel = (v: number | string) => formatNumber(Number(v), { digits: 3 });
/** F̂ in the table: eight significant digits, enough to read the post's 1.58198 and 10.50833. */
const formatValue = (v: number) => formatNumber(v, { digits: 8 });
const formatError = (v: number) => (v === 0 ? '0' : formatNumber(v, { digits: 3 }));

interface Labels {
  exact: string;
  higher: string;
}

/** The name of each form in the legend and the table. */
function formLabel(form: ForgettingForm, labels: Labels): string {
  switch (form) {
    case 'exact':
      return labels.exact;
    case 'limit':
      return 'limit γ/(1 − e^(−γ/F))';
    case 'addHalf':
      return 'F + γ/2 (add-γ/2)';
    case 'series':
      return 'series to γ²/(12F)';
    case 'higher':
      return labels.higher;
    case 'printed':
      return 'as printed in the post: γ²/(12F²)';
  }
}

/** What the plots do with the pointer: show the forms at the count under it; a click tabulates that count. */
interface CountPointer {
  onPointer: (point: PlotPointer | null) => void;
  onClick: (point: PlotPointer) => void;
}

/** Short names of the forms for the hover box. */
const SHORT: Record<ForgettingForm, string> = {
  exact: 'exact',
  limit: 'limit',
  addHalf: 'F + γ/2',
  series: 'to γ²/(12F)',
  higher: 'higher order',
  printed: 'as printed',
};

/**
 * A box at the hovered count listing each drawn form's F̂ (or its error against the limit), placed at the
 * limit (or at the first drawn error).
 */
function HoverBox({
  at,
  forms,
  error,
  yOf,
}: {
  at: ForgettingForms;
  forms: readonly ForgettingForm[];
  error: boolean;
  yOf: Readonly<Partial<Record<ForgettingForm, YOf>>>;
}) {
  const anchor = forms.map((form) => (yOf[form] as YOf)(at)).find(Number.isFinite);
  if (anchor === undefined) return null;
  return (
    <Tooltip x={at.F} y={anchor}>
      <div className={styles.hover} data-testid={error ? 'hover-error' : 'hover-value'}>
        <div>
          F = {formatNumber(at.F, { digits: 4 })}
          {error ? ': F̂ − limit' : ''}
        </div>
        {forms.map((form) => {
          const v = error ? at.error[form] : at.value[form];
          return (
            <div key={form}>
              <span className={styles.swatchText} style={{ color: STYLE[form].color }}>
                {SHORT[form]}
              </span>{' '}
              {Number.isFinite(v) ? (error ? formatError(v) : formatValue(v)) : '—'}
            </div>
          );
        })}
      </div>
    </Tooltip>
  );
}

/** y channel of a plot: a number for each sampled count (NaN leaves a gap). */
type YOf = (d: ForgettingForms) => number;

/**
 * One log–log plot over the sampled counts: a line per form (clipped to the plotting area; the series leave
 * any sensible range near F = 0), between the axes and the reference marks passed as children.
 */
function FormsPlot({
  rows,
  forms,
  yOf,
  yDomain,
  yLabel,
  yTickFormat,
  label,
  exportView,
  children,
  series = '',
  pointer,
}: {
  rows: readonly ForgettingForms[];
  forms: readonly ForgettingForm[];
  yOf: Readonly<Partial<Record<ForgettingForm, YOf>>>;
  yDomain: [number, number];
  yLabel: string;
  /** Tick labels of the y axis (default: the kit's powers of ten). */
  yTickFormat?: (v: number | string) => string;
  label: string;
  exportView?: boolean;
  /** Marks drawn under the lines (the identity, rules). */
  children?: ReactNode;
  /** Prefix of each line group's data-series, for tests. */
  series?: string;
  pointer: CountPointer;
}) {
  const first = rows[0] as ForgettingForms;
  const last = rows[rows.length - 1] as ForgettingForms;
  const x = useMemo(
    () => ({ type: 'log' as const, domain: [first.F, last.F] as [number, number] }),
    [first, last],
  );
  const y = useMemo(() => ({ type: 'log' as const, domain: yDomain }), [yDomain]);
  return (
    <Plot
      label={`${label} on log–log axes, F from ${numberLabel(first.F)} to ${numberLabel(last.F)}`}
      x={x}
      y={y}
      aspect={1.35}
      minHeight={220}
      maxHeight={380}
      margin={MARGIN}
      exportView={exportView}
      onPointer={pointer.onPointer}
      onClick={pointer.onClick}
    >
      <AxisX label="count F" ticks={DECADES} tickFormat={numberLabel} grid />
      <AxisY label={yLabel} ticks={DECADES} tickFormat={yTickFormat} grid />
      <Frame />
      {children}
      <PlotClip>
        {forms.map((form) => (
          <g key={form} data-series={`${series}${form}`}>
            <Line
              data={rows}
              x={countOf}
              y={yOf[form] as YOf}
              stroke={STYLE[form].color}
              dash={STYLE[form].dash}
              strokeWidth={STYLE[form].width}
            />
          </g>
        ))}
      </PlotClip>
    </Plot>
  );
}

/** F̂ against F: every drawn form, the identity, F̂(0) = γ and the table's count. */
const ValuePlot = memo(function ValuePlot({
  rows,
  forms,
  gamma,
  at,
  hovered,
  pointer,
}: {
  rows: readonly ForgettingForms[];
  forms: readonly ForgettingForm[];
  gamma: number;
  at: ForgettingForms | null;
  hovered: ForgettingForms | null;
  pointer: CountPointer;
}) {
  const first = rows[0] as ForgettingForms;
  const last = rows[rows.length - 1] as ForgettingForms;
  const yDomain = useMemo(
    () => paddedLogDomain([first.F, gamma / 2, gamma, last.value.limit], [0.01, 1000], 1.5),
    [first, last, gamma],
  );
  const marked = useMemo(() => (at && at.F > 0 ? [at] : []), [at]);
  return (
    <FormsPlot
      rows={rows}
      forms={forms}
      yOf={VALUE_OF}
      yDomain={yDomain}
      yLabel="F̂"
      yTickFormat={numberLabel}
      label={`Smoothed count F̂ against the count F, γ = ${numberLabel(gamma)},`}
      exportView
      pointer={pointer}
    >
      <RuleY values={[gamma]} label="F̂(0) = γ" stroke="var(--accent)" dash="2 2" testId="f0-rule" />
      <Line
        data={rows}
        x={countOf}
        y={identity}
        stroke={IDENTITY.color}
        dash={IDENTITY.dash}
        strokeWidth={1.2}
      />
      {marked.length ? (
        <>
          <RuleX values={[marked[0]?.F ?? 0]} stroke="var(--fg-muted)" />
          <Dot data={marked} x={countOf} y={VALUE_OF.limit} r={4} fill="var(--accent)" />
        </>
      ) : null}
      {hovered ? <HoverBox at={hovered} forms={forms} error={false} yOf={VALUE_OF} /> : null}
    </FormsPlot>
  );
});

/** |form − limit| (or relative) against F. */
const ErrorPlot = memo(function ErrorPlot({
  rows,
  forms,
  relative,
  at,
  hovered,
  pointer,
}: {
  rows: readonly ForgettingForms[];
  forms: readonly ForgettingForm[];
  relative: boolean;
  at: number;
  hovered: ForgettingForms | null;
  pointer: CountPointer;
}) {
  const yOf = useMemo(
    () => Object.fromEntries(forms.map((form) => [form, errorOf(form, relative)])),
    [forms, relative],
  );
  const yDomain = useMemo(
    () =>
      paddedLogDomain(
        forms.flatMap((form) => rows.map(yOf[form] as YOf)),
        [1e-12, 1],
        2,
      ),
    [rows, forms, yOf],
  );
  return (
    <FormsPlot
      rows={rows}
      forms={forms}
      yOf={yOf}
      yDomain={yDomain}
      yLabel={relative ? '|F̂ − limit| / limit' : '|F̂ − limit|'}
      label={`${relative ? 'Relative error' : 'Error'} of each approximation against the limit,`}
      series="error-"
      pointer={pointer}
    >
      {at > 0 ? <RuleX values={[at]} stroke="var(--fg-muted)" /> : null}
      {hovered ? <HoverBox at={hovered} forms={forms} error yOf={yOf} /> : null}
    </FormsPlot>
  );
});

/** Everything the widget shows, from the deferred params; its controls read the live ones themselves. */
const Figure = memo(function Figure({ params }: { params: P }) {
  const store = useWidgetStoreApi<P>();
  const zeroId = useId();
  const [hoverF, setHoverF] = useState<number | null>(null);
  const { gamma, N, from, to, order, printed, relative, F } = params;
  const higherOrder = Number(order);
  const gammaTooBig = gamma > N;

  const range = useMemo(() => forgettingPlotRange(from, to, N), [from, to, N]);
  const rows = useMemo(
    () => forgettingCurves(range.lo, range.hi, N, gamma, higherOrder, SAMPLES),
    [range, N, gamma, higherOrder],
  );
  const atCount = useMemo(() => forgettingForms(F, N, gamma, higherOrder), [F, N, gamma, higherOrder]);
  const hovered = useMemo(
    () =>
      hoverF !== null && hoverF >= range.lo && hoverF <= range.hi
        ? forgettingForms(hoverF, N, gamma, higherOrder)
        : null,
    [hoverF, range, N, gamma, higherOrder],
  );
  // Hovering shows the forms at the count under the pointer; a click puts that count (to three significant
  // digits) in the table. The F field is the keyboard's way to the same choice.
  const pointer = useMemo<CountPointer>(
    () => ({
      onPointer: (p) => setHoverF(p && typeof p.x === 'number' ? p.x : null),
      onClick: (p) => {
        if (typeof p.x === 'number') store.getState().setParam('F', Number(p.x.toPrecision(3)));
      },
    }),
    [store],
  );
  const atZero = useMemo(() => forgettingForms(0, N, gamma, higherOrder), [N, gamma, higherOrder]);

  const labels: Labels = {
    exact: `exact, N = ${formatNumber(N, { digits: 3 })}`,
    higher: `series to order ${higherOrder}`,
  };
  const drawn = useMemo<ForgettingForm[]>(
    () =>
      FORGETTING_FORMS.filter(
        (form) => (form !== 'exact' || !gammaTooBig) && (form !== 'printed' || printed),
      ),
    [gammaTooBig, printed],
  );
  const errorForms = useMemo(() => drawn.filter((form) => form !== 'limit'), [drawn]);
  const legend: SwatchItem[] = [
    ...drawn.map((form) => ({
      label: formLabel(form, labels),
      color: STYLE[form].color,
      shape: STYLE[form].dash ? ('dash' as const) : ('line' as const),
    })),
    { label: 'F̂ = F', color: IDENTITY.color, shape: 'line', className: styles.dotted },
  ];

  // The largest gap between the exact form and the limit over the plotted counts: where N is small, it shows.
  const widest = useMemo(() => {
    let best: ForgettingForms | null = null;
    for (const r of rows) {
      if (
        Number.isFinite(r.error.exact) &&
        (!best || Math.abs(r.error.exact) / r.value.limit > Math.abs(best.error.exact) / best.value.limit)
      )
        best = r;
    }
    return best;
  }, [rows]);
  const widestRel = widest ? plottedError(widest, 'exact', true) : Number.NaN;

  // How fast each error falls over the top decade plotted (its slope on the log–log error plot).
  const top = useMemo(() => rows.filter((r) => r.F >= range.hi / 10), [rows, range.hi]);
  const slopes = useMemo(() => {
    const slopeOf = (form: ForgettingForm) =>
      logLogSlope(
        top.map((r) => r.F),
        top.map((r) => Math.abs(r.error[form])),
      );
    return {
      addHalf: slopeOf('addHalf'),
      series: slopeOf('series'),
      higher: slopeOf('higher'),
      printed: slopeOf('printed'),
    };
  }, [top]);
  const asymptotic = range.hi >= 100 * gamma && range.hi / range.lo >= 10;

  const postExample = gamma === 1 && (F === 1 || F === 10);
  const setPostExample = (count: number) => store.getState().setParams({ gamma: 1, F: count });

  useExportData(() => ({
    name: `smoothed-count-gamma${gamma}-N${N}`,
    colLabels: [
      'F',
      ...FORGETTING_FORMS.map((form) => formLabel(form, labels)),
      ...FORGETTING_FORMS.filter((form) => form !== 'limit').map(
        (form) => `${formLabel(form, labels)} − limit`,
      ),
    ],
    rows: rows.map((r) => [
      r.F,
      ...FORGETTING_FORMS.map((form) => r.value[form]),
      ...FORGETTING_FORMS.filter((form) => form !== 'limit').map((form) => r.error[form]),
    ]),
    meta: { gamma, N, from: range.lo, to: range.hi, higherOrder, samples: SAMPLES },
  }));

  const fmt = (v: number) => formatNumber(v, { digits: 4 });

  return (
    <div className={styles.widget}>
      <div className={styles.controls}>
        <ParamSlider name="gamma" />
        <ParamSlider name="N" format={(v) => formatNumber(v, { digits: 3 })} />
        <ParamSlider name="from" />
        <ParamSlider name="to" />
        <ParamSelect name="order" />
        <div className={styles.toggles}>
          <ParamToggle name="printed" />
          <ParamToggle name="relative" />
        </div>
      </div>

      {gammaTooBig || range.capped ? (
        <div className={styles.notes} role="status">
          {gammaTooBig ? (
            <p className={styles.warning} data-testid="gamma-message">
              γ = {fmt(gamma)} exceeds N = {fmt(N)}: α = 1 − γ/N would be negative, so the exact form has no
              value and is not drawn. The limit and the series do not depend on N.
            </p>
          ) : null}
          {range.capped ? (
            <p data-testid="range-message">
              No count exceeds the corpus length: the plots stop at F = N = {fmt(N)}.
            </p>
          ) : null}
        </div>
      ) : null}

      <SwatchLegend items={legend} label="Legend of both plots" />

      <div className={styles.plots}>
        <figure className={styles.plotBox}>
          <figcaption>Smoothed count F̂ against F</figcaption>
          <ValuePlot
            rows={rows}
            forms={drawn}
            gamma={gamma}
            at={atCount.F > 0 ? atCount : null}
            hovered={hovered}
            pointer={pointer}
          />
        </figure>
        <figure className={styles.plotBox}>
          <figcaption>{relative ? 'Relative error against the limit' : 'Error against the limit'}</figcaption>
          <ErrorPlot
            rows={rows}
            forms={errorForms}
            relative={relative}
            at={F}
            hovered={hovered}
            pointer={pointer}
          />
        </figure>
      </div>

      <section className={styles.zero} aria-labelledby={zeroId}>
        <p id={zeroId} className={styles.zeroTitle}>
          At F = 0, off the log axis
        </p>
        <Readout
          label="At F = 0"
          items={[
            { label: 'F̂(0), limit', value: fmt(atZero.value.limit), testId: 'zero-limit' },
            {
              label: 'F̂(0), exact',
              value: Number.isFinite(atZero.value.exact) ? fmt(atZero.value.exact) : '— (γ > N)',
              testId: 'zero-exact',
            },
            { label: 'F + γ/2 at 0', value: fmt(atZero.value.addHalf), testId: 'zero-add-half' },
          ]}
        />
      </section>

      <div className={styles.message} data-testid="summary">
        <p>
          An unseen item (F = 0, off the log axis) gets F̂(0) = γ = {fmt(atZero.value.limit)}: the dotted line
          the limit approaches on the left. Add-γ/2 gives it only γ/2, and the series beyond first order have
          no value there at all: they blow up for F ≲ γ.
        </p>
        {asymptotic ? (
          <p data-testid="slopes">
            Over the top decade plotted the errors fall as F
            <sup data-slope="addHalf">{formatNumber(slopes.addHalf, { digits: 3 })}</sup> for add-γ/2, F
            <sup data-slope="series">{formatNumber(slopes.series, { digits: 3 })}</sup> for the series to
            γ²/(12F) (≈ γ⁴/(720F³)), F
            <sup data-slope="higher">{formatNumber(slopes.higher, { digits: 3 })}</sup> to order {higherOrder}
            , but only F<sup data-slope="printed">{formatNumber(slopes.printed, { digits: 3 })}</sup>{' '}
            <strong>as printed in the post</strong>: its γ²/(12F²) leaves the error γ²/(12F) of add-γ/2.
          </p>
        ) : (
          <p data-testid="slopes">
            Plot counts up to at least 100γ to see how fast each error falls for large F.
          </p>
        )}
        {!gammaTooBig && widest && widestRel > 1e-4 ? (
          <p data-testid="small-n">
            At N = {fmt(N)} the exact form differs from the limit by up to{' '}
            {formatNumber(widestRel, { style: 'percent', digits: 3 })} (at F = {fmt(widest.F)}).
          </p>
        ) : null}
      </div>

      <div className={styles.tableHead}>
        <ParamNumber name="F" max={N} />
        <div className={styles.examples}>
          <span>Or click either plot. The post’s examples (γ = 1):</span>
          <Button size="sm" onClick={() => setPostExample(1)}>
            F = 1 → 1.58198
          </Button>
          <Button size="sm" onClick={() => setPostExample(10)}>
            F = 10 → 10.50833
          </Button>
        </div>
      </div>

      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard. */}
      <section className={styles.tableWrap} aria-label="Every form at the chosen count" tabIndex={0}>
        <table className="num-table" data-testid="forms-table">
          <caption>
            Every form at F = {fmt(F)}, γ = {fmt(gamma)}, N = {fmt(N)}; errors against the limit.
            {postExample ? (
              <>
                {' '}
                <span data-testid="post-check">
                  The limit to five decimals,{' '}
                  {formatNumber(atCount.value.limit, { style: 'fixed', digits: 5 })}, is the post’s value.
                </span>
              </>
            ) : null}
          </caption>
          <thead>
            <tr>
              <th scope="col">form</th>
              <th scope="col">F̂</th>
              <th scope="col" title="the form minus the limit">
                − limit
              </th>
              <th scope="col" title="(the form − the limit) / the limit">
                relative
              </th>
            </tr>
          </thead>
          <tbody>
            {FORGETTING_FORMS.map((form) => {
              const value = atCount.value[form];
              const error = atCount.error[form];
              const why = form === 'exact' ? (F > N ? 'F > N' : 'γ > N') : 'no value at F = 0';
              return (
                <tr key={form} data-form={form}>
                  <th scope="row">{formLabel(form, labels)}</th>
                  <td data-col="value" data-value={Number.isFinite(value) ? value : ''}>
                    {Number.isFinite(value) ? formatValue(value) : `— (${why})`}
                  </td>
                  <td data-col="error" data-value={Number.isFinite(error) ? error : ''}>
                    {Number.isFinite(error) ? formatError(error) : '—'}
                  </td>
                  <td data-col="relative">
                    {Number.isFinite(error) ? formatError(error / atCount.value.limit) : '—'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </div>
  );
});

/**
 * The forgetting formula's smoothed count F̂ against the raw count F for a pseudo-count γ and corpus length
 * N: the exact form, its e^{−γ/F} limit, add-γ/2, the series to γ²/(12F) and a higher order, and the post's
 * printed γ²/(12F²), with each one's error against the limit and a table at a chosen F.
 */
export default function SmoothedCount() {
  // The plots, text and table follow a change in a deferred render, so the control that changed is painted
  // first (two SVG plots of ~240 points per curve take longer than a frame to repaint on a slow machine).
  // The figure is memoised on the deferred params: the render for an input re-renders only the control
  // itself (each Param control reads the store), not the plots, text and table around it.
  const [params] = useDeferredWidgetParams<P>();
  return <Figure params={params} />;
}
