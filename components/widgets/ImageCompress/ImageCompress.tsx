'use client';

import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button, ParamSelect, ParamSlider, ProgressBar } from '@/components/controls';
import { useAfterPaint } from '@/components/figure/afterPaint';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { useWidgetParams, useWidgetStore } from '@/components/figure/store';
import { useTask } from '@/components/figure/worker';
import {
  AxisX,
  AxisY,
  type Cell,
  Dot,
  Frame,
  Heatmap,
  Line,
  Plot,
  RampLegend,
  Readout,
  TextMark,
  useElementWidth,
  usePlotTheme,
} from '@/components/plot';
import { cellAt, gridBand } from '@/components/views/svd/grid';
import { Spectrum } from '@/components/views/svd/Spectrum';
import { formatInteger, formatNumber } from '@/lib/format';
import {
  frobeniusNorm,
  type KnownRank,
  type Matrix,
  reachRank,
  relativeErrorCurve,
  type Svd,
  sub,
} from '@/lib/linalg';
import styles from './ImageCompress.module.css';
import { ERROR_LIMIT, IMAGE_SIZE, imageCompressParams } from './params';
import { errorTones, grayTones, type Tones } from './tones';

type P = ParamValues<typeof imageCompressParams>;
type Scene = P['image'];

const SCENE_LABELS = imageCompressParams.image.optionLabels;
const GAP = 16;
const fmt4 = (v: number) => formatNumber(v, { style: 'fixed', digits: 4 });
const pct = (v: number) => formatNumber(v, { style: 'percent', digits: 4 });
/** Relative errors below 10⁻¹² are rounding noise of the factors: say so instead of printing it. */
const pctError = (v: number) => (v < 1e-12 ? '0% (to rounding)' : pct(v));

/**
 * One image panel: rows×cols values as a raster size×size CSS px, reporting the pixel under the pointer.
 * The raster is painted from the values' levels of `tones`, so it colours 256 levels instead of 65,536
 * values (a third of the time). Memoised: a render for a control alone skips it.
 */
const Picture = memo(function Picture({
  values,
  rows,
  cols,
  size,
  tones,
  label,
  testId,
  exportView,
  onHover,
}: {
  values: Float64Array;
  rows: number;
  cols: number;
  size: number;
  tones: Tones;
  label: string;
  testId: string;
  exportView?: boolean;
  onHover: (p: Cell | null) => void;
}) {
  const x = useMemo(() => gridBand(cols), [cols]);
  const y = useMemo(() => gridBand(rows), [rows]);
  const levels = useMemo(() => values.map(tones.level), [values, tones]);
  return (
    <Plot
      label={label}
      testId={testId}
      className={styles.picture}
      x={x}
      y={y}
      width={size}
      height={size}
      margin={{ top: 0, right: 0, bottom: 0, left: 0 }}
      exportView={exportView}
      onPointer={(p) => onHover(cellAt(p))}
      onClick={(p) => onHover(cellAt(p))}
    >
      <Heatmap values={levels} rows={rows} cols={cols} color={tones.byLevel} />
      <Frame />
    </Plot>
  );
});

interface CurvePoint {
  k: number;
  e: number;
}

const percentTick = (v: number | string) => `${Number(v) * 100}%`;
const markerAttrs = (d: CurvePoint) => ({ 'data-k': d.k, 'data-value': String(d.e) });
const markerText = (d: CurvePoint) => `k = ${d.k}: ${formatNumber(d.e, { style: 'percent', digits: 3 })}`;

/**
 * The relative error ‖A − A_k‖_F/‖A‖_F against k as a line from e₀ = 100% down to e_r = 0, the current k
 * marked by a dot (`data-k`, `data-value`); a click picks the nearest k. Memoised, like {@link Picture}.
 */
const ErrorCurve = memo(function ErrorCurve({
  curve,
  k,
  onPick,
  label,
}: {
  curve: ArrayLike<number>;
  k: number;
  onPick: (k: number) => void;
  label: string;
}) {
  const points = useMemo<CurvePoint[]>(
    () => Array.from(curve, (e, i) => ({ k: i, e: Number.isFinite(e) ? e : 0 })),
    [curve],
  );
  const r = Math.max(0, points.length - 1);
  const kk = Math.max(0, Math.min(r, k));
  const marker = useMemo(() => (points[kk] ? [points[kk]] : []), [points, kk]);
  const flip = kk > r * 0.7;
  return (
    <Plot
      label={label}
      testId="error-curve"
      className={styles.pickable}
      x={{ domain: [0, Math.max(1, r)] }}
      y={{ domain: [0, 1] }}
      height={170}
      margin={{ left: 44 }}
      onClick={(p) => {
        if (typeof p.x === 'number') onPick(Math.max(0, Math.min(r, Math.round(p.x))));
      }}
    >
      <AxisX label="rank k" grid />
      <AxisY label="relative error" grid tickValues={[0, 0.25, 0.5, 0.75, 1]} tickFormat={percentTick} />
      <Line data={points} x="k" y="e" />
      <Dot data={marker} x="k" y="e" r={5} attrs={markerAttrs} className={styles.marker} />
      <TextMark
        data={marker}
        x="k"
        y="e"
        text={markerText}
        dx={flip ? -8 : 8}
        dy={-8}
        anchor={flip ? 'end' : 'start'}
        baseline="bottom"
      />
    </Plot>
  );
});

/**
 * A grayscale image compressed by truncated SVD: the original, the rank-k image rebuilt from the factors
 * (computed once per image in the worker), the signed error image, the relative error (from the pixels and
 * from the spectrum), the bytes of the factors against the 8-bit image, the spectrum and the error curve.
 */
export default function ImageCompress() {
  const [params, setParam] = useWidgetParams<P>();
  const generation = useWidgetStore<P, number>((s) => s.generation);
  const { image: scene, k } = params;
  const theme = usePlotTheme();
  const viewRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(viewRef);
  const [hover, setHover] = useState<Cell | null>(null);
  const [cancelled, setCancelled] = useState<Scene | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each reset of the store.
  useEffect(() => {
    setHover(null);
    setCancelled(null);
  }, [generation]);

  const stopped = cancelled === scene;
  const task = useTask('svd-image', stopped ? null : { scene, size: IMAGE_SIZE });
  // The views follow a new image once the select has been painted: going back to the image whose factors are
  // still held would otherwise rebuild and raster it inside the key event.
  const shownScene = useAfterPaint(scene);
  const data = task.data && task.data.scene === shownScene ? task.data : null;
  const image: Matrix | null = data?.image ?? null;
  const f = data?.svd ?? null;
  const r = f ? f.S.length : IMAGE_SIZE;
  // The pictures follow a new k once the slider has been painted (a pass over the pixels and two rasters of
  // 65,536 cells).
  const liveK = Math.max(0, Math.min(r, k));
  const kk = useAfterPaint(liveK);

  // Each slider step starts from the last reconstruction (or from the image itself, or from zero, whichever is
  // nearest), so moving k by one costs one pass over the pixels instead of k.
  const lastRef = useRef<{ f: Svd; k: number; matrix: Matrix } | null>(null);
  const approx = useMemo(() => {
    if (!f || !image) return null;
    const known: KnownRank[] = [{ k: r, matrix: image }];
    const last = lastRef.current;
    if (last && last.f === f) known.push({ k: last.k, matrix: last.matrix });
    const out = reachRank(f, kk, known);
    lastRef.current = { f, k: kk, matrix: out };
    return out;
  }, [f, image, kk, r]);
  const error = useMemo(() => (image && approx ? sub(image, approx) : null), [image, approx]);
  const curve = useMemo(() => (f ? relativeErrorCurve(f.S) : null), [f]);
  const norm = useMemo(() => (image ? frobeniusNorm(image) : 0), [image]);
  const relPixels = error && norm > 0 ? frobeniusNorm(error) / norm : Number.NaN;
  const relSpectrum = curve ? (curve[kk] ?? Number.NaN) : Number.NaN;

  const gray = useMemo(() => grayTones(theme), [theme]);
  const errorColor = useMemo(() => errorTones(ERROR_LIMIT, theme), [theme]);

  const m = image?.rows ?? IMAGE_SIZE;
  const n = image?.cols ?? IMAGE_SIZE;
  const numbers = kk * (m + n + 1);
  const floatBytes = 4 * numbers;
  const rawBytes = m * n;
  const saved = rawBytes - floatBytes;
  const breakEven = Math.floor((rawBytes - 1) / (4 * (m + n + 1)));

  const perRow = width >= 3 * 200 + 2 * GAP ? 3 : width >= 2 * 180 + GAP ? 2 : 1;
  const size = Math.max(120, Math.min(320, Math.floor(((width || 330) - (perRow - 1) * GAP) / perRow)));

  useExportData(() =>
    approx
      ? {
          name: `image-compress-${shownScene}-k${kk}`,
          rows: Array.from({ length: approx.rows }, (_, i) =>
            Array.from(approx.data.subarray(i * approx.cols, (i + 1) * approx.cols)),
          ),
          meta: {
            scene: shownScene,
            k: kk,
            size: [m, n],
            singularValues: f ? Array.from(f.S) : [],
            relativeError: relPixels,
            storedNumbers: numbers,
            float32Bytes: floatBytes,
            imageBytes: rawBytes,
          },
        }
      : null,
  );

  const hoverText = (() => {
    if (!hover || !image || !approx || !error)
      return 'Point at an image to read a pixel (0 = black, 1 = white).';
    const q = hover.i * n + hover.j;
    return `Pixel (row ${hover.i + 1}, column ${hover.j + 1}): original ${fmt4(image.data[q])}, rank ${kk} ${fmt4(approx.data[q])}, error ${fmt4(error.data[q])}`;
  })();

  const pickK = useCallback((v: number) => setParam('k', v), [setParam]);
  const status = stopped ? 'cancelled' : task.error ? 'error' : data && !task.pending ? 'done' : 'running';
  const pictures = [
    {
      id: 'original',
      title: 'Original',
      values: image?.data,
      tones: gray,
      label: `The ${SCENE_LABELS[shownScene].toLowerCase()} image, ${m}×${n} pixels`,
    },
    {
      id: 'approx',
      title: `Rank ${kk}`,
      values: approx?.data,
      tones: gray,
      label: `The image rebuilt from its ${kk} largest singular values`,
    },
    {
      id: 'error',
      title: 'Error (original − rank k)',
      values: error?.data,
      tones: errorColor,
      label: 'The signed error: red where the rank-k image is too dark, blue where too light',
    },
  ];

  return (
    <div className={styles.widget}>
      <div className={styles.controls}>
        <ParamSelect name="image" />
        <ParamSlider name="k" max={r} format={() => `${kk} of ${r}`} />
      </div>

      <div className={styles.status} data-testid="svd-status" data-status={status}>
        {status === 'running' ? (
          <>
            <ProgressBar label={`SVD of the ${m}×${n} image in the worker`} value={task.progress} />
            <Button size="sm" onClick={() => setCancelled(scene)}>
              Cancel
            </Button>
          </>
        ) : status === 'cancelled' ? (
          <>
            <span>Cancelled: no decomposition of this image.</span>
            <Button size="sm" onClick={() => setCancelled(null)}>
              Compute the SVD
            </Button>
          </>
        ) : status === 'error' ? (
          <span className={styles.bad}>The SVD failed: {task.error}</span>
        ) : (
          <span className={styles.hint}>
            SVD of the {m}×{n} image computed once in the worker; each k is rebuilt from U, σ and V on the
            page.
          </span>
        )}
      </div>

      <div className={styles.panels} ref={viewRef}>
        {pictures.map((p) => (
          <figure key={p.id} className={styles.panel} style={{ width: size }}>
            <figcaption className={styles.panelTitle}>{p.title}</figcaption>
            {p.values ? (
              <Picture
                values={p.values}
                rows={m}
                cols={n}
                size={size}
                tones={p.tones}
                label={p.label}
                testId={p.id}
                exportView={p.id === 'approx'}
                onHover={setHover}
              />
            ) : (
              <div className={styles.placeholder} style={{ width: size, height: size }} />
            )}
          </figure>
        ))}
      </div>
      <div className={styles.legendRow}>
        <RampLegend
          color={errorColor}
          lo={-ERROR_LIMIT}
          hi={ERROR_LIMIT}
          caption="error (saturates at ±0.25)"
          labels={['−0.25', '0', '+0.25']}
        />
        <p className={styles.readout} data-testid="hover-readout">
          {hoverText}
        </p>
      </div>

      <div className={styles.stats}>
        <Readout
          items={[
            {
              label: 'Relative error ‖A − A_k‖_F / ‖A‖_F, from the pixels',
              value: pctError(relPixels),
              testId: 'rel-pixels',
            },
            {
              label: '… from the spectrum, √(Σ_(i>k) σᵢ² / Σ σᵢ²)',
              value: pct(relSpectrum),
              testId: 'rel-spectrum',
            },
            {
              label: 'Stored numbers k(m + n + 1)',
              value: `${kk}·(${m} + ${n} + 1) = ${formatInteger(numbers)}`,
              testId: 'numbers',
            },
            {
              label: 'Bytes as float32 (4 each) vs the 8-bit image (m·n)',
              testId: 'bytes',
              value: (
                <>
                  {formatInteger(floatBytes)} vs {formatInteger(rawBytes)}{' '}
                  <span className={saved > 0 ? styles.good : styles.bad}>
                    {saved > 0
                      ? `(saves ${formatInteger(saved)}, ${pct(saved / rawBytes)})`
                      : saved === 0
                        ? '(saves nothing)'
                        : `(${formatInteger(-saved)} more)`}
                  </span>
                </>
              ),
            },
          ]}
        />
      </div>
      <p className={styles.hint}>
        Float32 factors are smaller than the 8-bit image only up to k = {breakEven}; quantising U and V to 8
        bits would stretch that four times (not shown: the picture here uses the exact factors). Reconstructed
        pixels outside [0, 1] are clamped for display only.
      </p>

      <div className={styles.plots}>
        <div>
          <p className={styles.panelTitle}>Relative error against k</p>
          {curve ? (
            <ErrorCurve
              curve={curve}
              k={kk}
              onPick={pickK}
              label={`Relative error for every rank k from 0 to ${r}; at k = ${kk} it is ${pct(relSpectrum)}`}
            />
          ) : null}
        </div>
        <div>
          <p className={styles.panelTitle}>Singular values (log scale), first {kk} kept</p>
          {f ? (
            <Spectrum
              S={f.S}
              k={kk}
              log
              onPick={pickK}
              label={`The ${r} singular values of the image on a log scale; the first ${kk} are kept`}
              testId="spectrum"
            />
          ) : null}
        </div>
      </div>
    </div>
  );
}
