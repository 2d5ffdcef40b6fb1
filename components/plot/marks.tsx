'use client';

/**
 * The marks of the plot kit. A mark is a function of its data and the enclosing plot's scales, rendered as
 * SVG; each is memoised, so a slider that changes one mark's data repaints that mark and not the figure.
 * Channels (x, y, …) are a field name of the datum or a function `(d, i) => value`; pass field names or
 * stable functions to keep the memo working. Data points with a non-finite position are skipped (lines and
 * areas break there). Styling is by class (theme tokens in CSS) or by a `stroke`/`fill` CSS value such as
 * `var(--accent)`.
 */
import { area as d3area, line as d3line } from 'd3-shape';
import { type CSSProperties, memo, type ReactNode } from 'react';
import { usePlot } from './Plot';
import styles from './plot.module.css';
import { isBand, type PlotScale, position } from './scales';

export type Channel<D> = (keyof D & string) | ((d: D, i: number) => number | string);

export function channelValue<D>(d: D, i: number, channel: Channel<D>): number | string {
  return typeof channel === 'function' ? channel(d, i) : (d[channel] as number | string);
}

interface StyleProps {
  className?: string;
  /** CSS colour of lines and outlines, e.g. `var(--accent)`. */
  stroke?: string;
  /** CSS colour of areas, bars and dots. */
  fill?: string;
  strokeWidth?: number;
  /** SVG dash pattern, e.g. "4 3". */
  dash?: string;
  opacity?: number;
}

function styleOf(p: StyleProps, defaults: CSSProperties = {}): CSSProperties {
  const s: CSSProperties = { ...defaults };
  if (p.stroke !== undefined) s.stroke = p.stroke;
  if (p.fill !== undefined) s.fill = p.fill;
  if (p.strokeWidth !== undefined) s.strokeWidth = p.strokeWidth;
  if (p.dash !== undefined) s.strokeDasharray = p.dash;
  if (p.opacity !== undefined) s.opacity = p.opacity;
  return s;
}

function usePositions() {
  const { x, y } = usePlot();
  return {
    px: (v: number | string) => position(x, v),
    py: (v: number | string) => position(y, v),
  };
}

export interface LineProps<D> extends StyleProps {
  data: readonly D[];
  x: Channel<D>;
  y: Channel<D>;
  /** Steps instead of straight segments. */
  curve?: 'linear' | 'step';
  /** Shown to screen readers and as a tooltip. */
  title?: string;
  testId?: string;
}

/** A polyline through the data in order; breaks where a value is missing or not finite. */
export const Line = memo(function Line<D>(props: LineProps<D>) {
  const { px, py } = usePositions();
  const pts = props.data.map((d, i) => [px(channelValue(d, i, props.x)), py(channelValue(d, i, props.y))]);
  const gen = d3line<number[]>()
    .defined((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]))
    .x((p) => p[0])
    .y((p) => p[1]);
  if (props.curve === 'step') {
    const path: string[] = [];
    let open = false;
    for (let i = 0; i < pts.length; i++) {
      const [a, b] = pts[i];
      if (!Number.isFinite(a) || !Number.isFinite(b)) {
        open = false;
        continue;
      }
      path.push(open ? `H${a}V${b}` : `M${a},${b}`);
      open = true;
    }
    return (
      <path
        d={path.join('')}
        className={`${styles.line} ${props.className ?? ''}`}
        style={styleOf(props)}
        data-testid={props.testId}
      >
        {props.title ? <title>{props.title}</title> : null}
      </path>
    );
  }
  return (
    <path
      d={gen(pts) ?? ''}
      className={`${styles.line} ${props.className ?? ''}`}
      style={styleOf(props)}
      data-testid={props.testId}
    >
      {props.title ? <title>{props.title}</title> : null}
    </path>
  );
}) as <D>(props: LineProps<D>) => ReactNode;

export interface AreaProps<D> extends StyleProps {
  data: readonly D[];
  x: Channel<D>;
  /** Top edge. */
  y: Channel<D>;
  /** Bottom edge (default: the y scale's value 0, or the bottom of the plot on a log scale). */
  y0?: Channel<D>;
}

/** The region between two curves (or a curve and the baseline). */
export const Area = memo(function Area<D>(props: AreaProps<D>) {
  const { y, height, margin } = usePlot();
  const { px, py } = usePositions();
  const base = 'base' in y ? height - margin.bottom : position(y, 0);
  const rows = props.data.map((d, i) => [
    px(channelValue(d, i, props.x)),
    py(channelValue(d, i, props.y)),
    props.y0 ? py(channelValue(d, i, props.y0)) : base,
  ]);
  const gen = d3area<number[]>()
    .defined((p) => p.every(Number.isFinite))
    .x((p) => p[0])
    .y1((p) => p[1])
    .y0((p) => p[2]);
  return (
    <path d={gen(rows) ?? ''} className={`${styles.area} ${props.className ?? ''}`} style={styleOf(props)} />
  );
}) as <D>(props: AreaProps<D>) => ReactNode;

export interface BarProps<D> extends StyleProps {
  data: readonly D[];
  /** For BarY the band (category) channel and the value channel; for BarX the other way round. */
  x: Channel<D>;
  y: Channel<D>;
  /** Where bars start (default 0; the plot's edge on a log scale). */
  base?: number;
  /** Per-bar class (e.g. kept vs dropped). */
  classOf?: (d: D, i: number) => string | undefined;
  /** Per-bar data attributes for tests and hit-testing. */
  attrs?: (d: D, i: number) => Record<string, string | number | boolean | undefined>;
  /** Accessible text of each bar (an SVG <title>). */
  titleOf?: (d: D, i: number) => string;
  /** Width of bars on a continuous axis, in pixels (default 6). */
  thickness?: number;
}

function useBarGeometry<D>(props: BarProps<D>, vertical: boolean) {
  const plot = usePlot();
  const band = vertical ? plot.x : plot.y;
  const value = vertical ? plot.y : plot.x;
  const logValue = 'base' in value;
  const edge = vertical ? plot.height - plot.margin.bottom : plot.margin.left;
  const baseline =
    props.base !== undefined ? position(value, props.base) : logValue ? edge : position(value, 0);
  const size = isBand(band) ? band.bandwidth() : (props.thickness ?? 6);
  return props.data.map((d, i) => {
    const c = channelValue(d, i, vertical ? props.x : props.y);
    const v = channelValue(d, i, vertical ? props.y : props.x);
    const start = isBand(band) ? (band(c) ?? Number.NaN) : position(band, c) - size / 2;
    let end = position(value, v);
    if (logValue && !Number.isFinite(end)) end = edge;
    const b = Number.isFinite(baseline) ? baseline : edge;
    const lo = Math.min(b, end);
    const len = Math.abs(end - b);
    return vertical
      ? { x: start, y: lo, width: size, height: len }
      : { x: lo, y: start, width: len, height: size };
  });
}

function Bars<D>(props: BarProps<D> & { vertical: boolean }) {
  const rects = useBarGeometry(props, props.vertical);
  return (
    <g className={`${styles.bar} ${props.className ?? ''}`} style={styleOf(props)}>
      {rects.map((r, i) => {
        if (![r.x, r.y, r.width, r.height].every(Number.isFinite)) return null;
        const d = props.data[i];
        return (
          <rect key={i} {...r} className={props.classOf?.(d, i)} {...props.attrs?.(d, i)}>
            {props.titleOf ? <title>{props.titleOf(d, i)}</title> : null}
          </rect>
        );
      })}
    </g>
  );
}

/** Vertical bars: x is the band (or position), y the value. */
export const BarY = memo(function BarY<D>(props: BarProps<D>) {
  return <Bars {...props} vertical />;
}) as <D>(props: BarProps<D>) => ReactNode;

/** Horizontal bars: y is the band (or position), x the value. */
export const BarX = memo(function BarX<D>(props: BarProps<D>) {
  return <Bars {...props} vertical={false} />;
}) as <D>(props: BarProps<D>) => ReactNode;

export interface DotProps<D> extends StyleProps {
  data: readonly D[];
  x: Channel<D>;
  y: Channel<D>;
  /** Radius in pixels (default 3.5), or per datum. */
  r?: number | ((d: D, i: number) => number);
  classOf?: (d: D, i: number) => string | undefined;
  titleOf?: (d: D, i: number) => string;
  attrs?: (d: D, i: number) => Record<string, string | number | boolean | undefined>;
  /** Marker shape (default circle). */
  symbol?: 'circle' | 'square' | 'diamond' | 'triangle';
}

function symbolPath(symbol: NonNullable<DotProps<unknown>['symbol']>, r: number): string {
  switch (symbol) {
    case 'square':
      return `M${-r},${-r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 'diamond':
      return `M0,${-r * 1.3}L${r * 1.3},0L0,${r * 1.3}L${-r * 1.3},0Z`;
    default:
      return `M0,${-r * 1.2}L${r * 1.1},${r * 0.8}L${-r * 1.1},${r * 0.8}Z`;
  }
}

/** Points (circles or markers) at (x, y). */
export const Dot = memo(function Dot<D>(props: DotProps<D>) {
  const { px, py } = usePositions();
  return (
    <g className={`${styles.dot} ${props.className ?? ''}`} style={styleOf(props)}>
      {props.data.map((d, i) => {
        const cx = px(channelValue(d, i, props.x));
        const cy = py(channelValue(d, i, props.y));
        if (!Number.isFinite(cx) || !Number.isFinite(cy)) return null;
        const r = typeof props.r === 'function' ? props.r(d, i) : (props.r ?? 3.5);
        const common = { className: props.classOf?.(d, i), ...props.attrs?.(d, i) };
        const title = props.titleOf?.(d, i);
        return !props.symbol || props.symbol === 'circle' ? (
          <circle key={i} cx={cx} cy={cy} r={r} {...common}>
            {title ? <title>{title}</title> : null}
          </circle>
        ) : (
          <path key={i} transform={`translate(${cx},${cy})`} d={symbolPath(props.symbol, r)} {...common}>
            {title ? <title>{title}</title> : null}
          </path>
        );
      })}
    </g>
  );
}) as <D>(props: DotProps<D>) => ReactNode;

export interface RuleProps extends StyleProps {
  /** Positions on the rule's axis (x for RuleX, y for RuleY). */
  values: readonly (number | string)[];
  /** A label drawn at the rule's end. */
  label?: string;
  testId?: string;
}

/** Vertical lines across the plot at x values. */
export const RuleX = memo(function RuleX(props: RuleProps) {
  const { x, height, margin } = usePlot();
  return (
    <g
      className={`${styles.rule} ${props.className ?? ''}`}
      style={styleOf(props)}
      data-testid={props.testId}
    >
      {props.values.map((v) => {
        const px = position(x, v);
        if (!Number.isFinite(px)) return null;
        return (
          <g key={String(v)}>
            <line x1={px} x2={px} y1={margin.top} y2={height - margin.bottom} />
            {props.label ? (
              <text className={styles.ruleLabel} x={px + 3} y={margin.top + 9}>
                {props.label}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
});

/** Horizontal lines across the plot at y values. */
export const RuleY = memo(function RuleY(props: RuleProps) {
  const { y, width, margin } = usePlot();
  return (
    <g
      className={`${styles.rule} ${props.className ?? ''}`}
      style={styleOf(props)}
      data-testid={props.testId}
    >
      {props.values.map((v) => {
        const py = position(y, v);
        if (!Number.isFinite(py)) return null;
        return (
          <g key={String(v)}>
            <line x1={margin.left} x2={width - margin.right} y1={py} y2={py} />
            {props.label ? (
              <text className={styles.ruleLabel} x={width - margin.right - 3} y={py - 4} textAnchor="end">
                {props.label}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
});

export interface TextProps<D> extends StyleProps {
  data: readonly D[];
  x: Channel<D>;
  y: Channel<D>;
  text: (d: D, i: number) => string;
  dx?: number;
  dy?: number;
  anchor?: 'start' | 'middle' | 'end';
  /** Vertical alignment (default 'middle'). */
  baseline?: 'top' | 'middle' | 'bottom';
  fontSize?: number;
}

/** Text labels at (x, y). */
export const TextMark = memo(function TextMark<D>(props: TextProps<D>) {
  const { px, py } = usePositions();
  const dy = { top: '0.71em', middle: '0.32em', bottom: '0' }[props.baseline ?? 'middle'];
  return (
    <g className={`${styles.text} ${props.className ?? ''}`} style={styleOf(props)} fontSize={props.fontSize}>
      {props.data.map((d, i) => {
        const x = px(channelValue(d, i, props.x));
        const y = py(channelValue(d, i, props.y));
        if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
        return (
          <text
            key={i}
            x={x + (props.dx ?? 0)}
            y={y + (props.dy ?? 0)}
            dy={dy}
            textAnchor={props.anchor ?? 'middle'}
          >
            {props.text(d, i)}
          </text>
        );
      })}
    </g>
  );
}) as <D>(props: TextProps<D>) => ReactNode;

export interface RectProps extends StyleProps {
  /** Data-space corners; a band value covers its whole band; omitted edges run to the plot's edges. */
  x1?: number | string;
  x2?: number | string;
  y1?: number | string;
  y2?: number | string;
  testId?: string;
}

/** Pixel extent of [a, b] on one axis: a band value covers its band; an omitted end runs to the plot's edge. */
function span(
  scale: PlotScale,
  a: number | string | undefined,
  b: number | string | undefined,
  lo: number,
  hi: number,
): [number, number] {
  if (isBand(scale)) {
    if (a === undefined && b === undefined) return [lo, hi];
    const s = scale((a ?? b) as number | string);
    const e = scale((b ?? a) as number | string);
    if (s === undefined || e === undefined) return [Number.NaN, Number.NaN];
    return [Math.min(s, e), Math.max(s, e) + scale.bandwidth()];
  }
  const p = a === undefined ? lo : position(scale, a);
  const q = b === undefined ? hi : position(scale, b);
  return [Math.min(p, q), Math.max(p, q)];
}

/** A rectangle in data space: a highlighted band, row or range. */
export const Rect = memo(function Rect(props: RectProps) {
  const { x, y, width, height, margin } = usePlot();
  const [l, r] = span(x, props.x1, props.x2, margin.left, width - margin.right);
  const [t, b] = span(y, props.y1, props.y2, margin.top, height - margin.bottom);
  if (![l, r, t, b].every(Number.isFinite)) return null;
  return (
    <rect
      className={`${styles.rect} ${props.className ?? ''}`}
      style={styleOf(props)}
      x={l}
      y={t}
      width={r - l}
      height={b - t}
      data-testid={props.testId}
    />
  );
});
