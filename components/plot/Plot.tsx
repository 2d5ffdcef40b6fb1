'use client';

/**
 * The frame of every plot: a box that takes its width from its container (a ResizeObserver, so mounting
 * forces no layout), its height from `height` or `aspect` (reserved by CSS before the first measurement, so
 * nothing shifts), margins for the axes, and the x and y scales that its marks read from context. Marks are
 * children: `<Plot x={{ type: 'log', domain: [1, 1e4] }} y={{ domain: [0, 1] }}><AxisX/><Line …/></Plot>`.
 *
 * Layers, bottom to top: a raster layer (canvases of large heatmaps), the SVG (axes and marks), an HTML
 * overlay (tooltips). The figure menu's picture export composes them.
 */
import {
  createContext,
  type MouseEvent,
  type ReactNode,
  useContext,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useElementSize } from './hooks';
import styles from './plot.module.css';
import { createScale, isBand, type PlotScale, type ScaleSpec } from './scales';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** What marks read: the scales (over pixel ranges inside the margins) and the frame's geometry. */
export interface PlotContextValue {
  x: PlotScale;
  y: PlotScale;
  width: number;
  height: number;
  margin: Margin;
  /** Where raster marks put their canvases (null until mounted). */
  rasterLayer: HTMLDivElement | null;
  /** Where tooltips go (null until mounted). */
  overlay: HTMLDivElement | null;
  /** A prefix for ids of SVG definitions (patterns, clip paths) unique to this plot. */
  id: string;
}

const PlotContext = createContext<PlotContextValue | null>(null);

/** The enclosing plot's scales and frame; throws outside a `<Plot>`. */
export function usePlot(): PlotContextValue {
  const ctx = useContext(PlotContext);
  if (!ctx) throw new Error('Plot marks must be inside a <Plot>.');
  return ctx;
}

export const DEFAULT_MARGIN: Margin = { top: 10, right: 12, bottom: 34, left: 48 };

/** A point under the pointer, in data units (band scales give the index of the band) and in pixels. */
export interface PlotPointer {
  x: number | string | null;
  y: number | string | null;
  px: number;
  py: number;
}

export interface PlotProps {
  /** Accessible name of the picture (`role="img"`). */
  label: string;
  x: ScaleSpec;
  y: ScaleSpec;
  /** Fixed width in CSS pixels; default: the container's width. */
  width?: number;
  /** Fixed height in CSS pixels; or give `aspect`. */
  height?: number;
  /** Width ÷ height, with the height kept within [minHeight, maxHeight]. Default 1.6. */
  aspect?: number;
  minHeight?: number;
  maxHeight?: number;
  margin?: Partial<Margin>;
  /** Marks this plot as the widget's picture for the figure menu's SVG/PNG download. */
  exportView?: boolean;
  /** Called with the data point under the pointer (null when it leaves). */
  onPointer?: (point: PlotPointer | null) => void;
  onClick?: (point: PlotPointer) => void;
  /**
   * Called with the data point under a pressed pointer: on press and while it moves (with pointer capture,
   * so a drag that leaves the plot keeps reporting), to set a value by clicking or dragging. Give the same
   * choice a keyboard control too.
   */
  onDrag?: (point: PlotPointer) => void;
  className?: string;
  testId?: string;
  /** Extra SVG attributes' worth of description for screen readers (a short summary of the data). */
  description?: string;
  children?: ReactNode;
}

function invert(scale: PlotScale, pixel: number): number | string | null {
  if (isBand(scale)) {
    const domain = scale.domain();
    const step = scale.step();
    const [r0, r1] = scale.range();
    const start = Math.min(r0, r1) + step * scale.paddingOuter();
    const i = Math.floor((pixel - start) / step);
    return i >= 0 && i < domain.length ? domain[r0 <= r1 ? i : domain.length - 1 - i] : null;
  }
  const v = scale.invert(pixel);
  return Number.isFinite(v) ? v : null;
}

/** The height of a plot of `width` for the given sizing props (what the reserved box shows). */
export function plotHeight(
  width: number,
  props: Pick<PlotProps, 'height' | 'aspect' | 'minHeight' | 'maxHeight'>,
) {
  if (props.height !== undefined) return props.height;
  const h = width / (props.aspect ?? 1.6);
  return Math.round(Math.min(props.maxHeight ?? 420, Math.max(props.minHeight ?? 120, h)));
}

export function Plot(props: PlotProps) {
  const {
    label,
    x,
    y,
    width: fixedWidth,
    margin: marginProp,
    exportView,
    onPointer,
    onClick,
    onDrag,
  } = props;
  const boxRef = useRef<HTMLDivElement>(null);
  const measured = useElementSize(boxRef).width;
  const width = fixedWidth ?? measured;
  const height = plotHeight(width, props);
  const [rasterLayer, setRasterLayer] = useState<HTMLDivElement | null>(null);
  const [overlay, setOverlay] = useState<HTMLDivElement | null>(null);
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const marginKey = JSON.stringify(marginProp ?? {});
  // biome-ignore lint/correctness/useExhaustiveDependencies: the margin is compared by value (its JSON).
  const margin = useMemo<Margin>(() => ({ ...DEFAULT_MARGIN, ...marginProp }), [marginKey]);
  const xKey = JSON.stringify(x);
  const yKey = JSON.stringify(y);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the specs are compared by value (their JSON).
  const xScale = useMemo(
    () => createScale(x, [margin.left, Math.max(margin.left, width - margin.right)]),
    [xKey, width, margin],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the specs are compared by value (their JSON).
  const yScale = useMemo(
    () =>
      createScale(
        // A y axis runs upwards; a band y axis (rows) runs down the page like a table.
        { ...y, reverse: y.type === 'band' ? y.reverse : !y.reverse },
        [margin.top, Math.max(margin.top, height - margin.bottom)],
      ),
    [yKey, height, margin],
  );
  const ctx = useMemo<PlotContextValue>(
    () => ({ x: xScale, y: yScale, width, height, margin, rasterLayer, overlay, id }),
    [xScale, yScale, width, height, margin, rasterLayer, overlay, id],
  );

  const locate = (e: MouseEvent<SVGSVGElement>): PlotPointer => {
    const r = e.currentTarget.getBoundingClientRect();
    const px = ((e.clientX - r.left) * width) / Math.max(1, r.width);
    const py = ((e.clientY - r.top) * height) / Math.max(1, r.height);
    return { x: invert(xScale, px), y: invert(yScale, py), px, py };
  };

  return (
    <div
      ref={boxRef}
      className={`${styles.plot} ${props.className ?? ''}`}
      style={
        fixedWidth
          ? { width: fixedWidth, height }
          : width > 0 || props.height !== undefined
            ? { height }
            : // Before the first measurement CSS reserves the same box, so nothing shifts when it arrives.
              {
                aspectRatio: String(props.aspect ?? 1.6),
                minHeight: props.minHeight ?? 120,
                maxHeight: props.maxHeight ?? 420,
              }
      }
      data-export={exportView || undefined}
      data-testid={props.testId}
    >
      <div ref={setRasterLayer} className={styles.layer} aria-hidden="true" />
      {width > 0 ? (
        // biome-ignore lint/a11y/useKeyWithClickEvents: a pointer shortcut; widgets give every choice a keyboard control too.
        <svg
          className={styles.svg}
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={label}
          aria-describedby={props.description ? `${id}-desc` : undefined}
          onPointerDown={
            onDrag
              ? (e) => {
                  e.currentTarget.setPointerCapture(e.pointerId);
                  onDrag(locate(e));
                }
              : undefined
          }
          onPointerMove={
            onPointer || onDrag
              ? (e) => {
                  onPointer?.(locate(e));
                  if (onDrag && e.buttons & 1) onDrag(locate(e));
                }
              : undefined
          }
          onPointerLeave={onPointer ? () => onPointer(null) : undefined}
          onClick={onClick ? (e) => onClick(locate(e)) : undefined}
        >
          {props.description ? <desc id={`${id}-desc`}>{props.description}</desc> : null}
          <PlotContext.Provider value={ctx}>{props.children}</PlotContext.Provider>
        </svg>
      ) : null}
      <div ref={setOverlay} className={styles.layer} />
    </div>
  );
}
