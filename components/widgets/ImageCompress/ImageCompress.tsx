'use client';

import { type PointerEvent, useEffect, useMemo, useRef, useState } from 'react';
import { Button, ProgressBar, Select, Slider } from '@/components/controls';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { useWidgetParams, useWidgetStore } from '@/components/figure/store';
import { useTask } from '@/components/figure/worker';
import { useCanvas, useDarkTheme, useElementWidth } from '@/components/plot/hooks';
import { ErrorCurve } from '@/components/plot/svd/ErrorCurve';
import { SpectrumBars } from '@/components/plot/svd/SpectrumBars';
import { MatrixLegend as Legend } from '@/components/views/matrix/MatrixLegend';
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
import { divergingScale } from '../MaskedAttention/draw';
import { colorTable, grayPixels, paintPixels, signedPixels } from './draw';
import styles from './ImageCompress.module.css';
import { ERROR_LIMIT, IMAGE_SIZE, imageCompressParams } from './params';

type P = ParamValues<typeof imageCompressParams>;
type Scene = P['image'];

const SCENE_LABELS: Record<Scene, string> = {
  shapes: 'Shapes and text (sharp edges)',
  smooth: 'Smooth gradients',
  noisy: 'Shapes with texture and noise',
};
const GAP = 16;
const fmt4 = (v: number) => formatNumber(v, { style: 'fixed', digits: 4 });
const pct = (v: number) => formatNumber(v, { style: 'percent', digits: 4 });
/** Relative errors below 10⁻¹² are rounding noise of the factors: say so instead of printing it. */
const pctError = (v: number) => (v < 1e-12 ? '0% (to rounding)' : pct(v));

/** One image panel: a canvas of rows×cols pixels drawn at size×size CSS px, reporting the pixel under the pointer. */
function Picture({
  rgba,
  rows,
  cols,
  size,
  label,
  testId,
  exportView,
  onHover,
}: {
  rgba: Uint8ClampedArray;
  rows: number;
  cols: number;
  size: number;
  label: string;
  testId: string;
  exportView?: boolean;
  onHover: (p: { i: number; j: number } | null) => void;
}) {
  const ref = useCanvas((ctx, w, h) => paintPixels(ctx, rgba, rows, cols, w, h), size, size, [
    rgba,
    rows,
    cols,
  ]);
  const locate = (e: PointerEvent<HTMLCanvasElement>) => {
    // offsetX/Y and clientWidth/Height are both measured inside the border.
    const el = e.currentTarget;
    const i = Math.floor((e.nativeEvent.offsetY / el.clientHeight) * rows);
    const j = Math.floor((e.nativeEvent.offsetX / el.clientWidth) * cols);
    onHover(i >= 0 && i < rows && j >= 0 && j < cols ? { i, j } : null);
  };
  return (
    <canvas
      ref={ref}
      className={styles.canvas}
      style={{ width: size, height: size }}
      role="img"
      aria-label={label}
      data-testid={testId}
      data-export={exportView || undefined}
      onPointerMove={locate}
      onPointerDown={locate}
      onPointerLeave={() => onHover(null)}
    />
  );
}

/**
 * A grayscale image compressed by truncated SVD: the original, the rank-k image rebuilt from the factors
 * (computed once per image in the worker), the signed error image, the relative error (from the pixels and
 * from the spectrum), the bytes of the factors against the 8-bit image, the spectrum and the error curve.
 */
export default function ImageCompress() {
  const [params, setParam] = useWidgetParams<P>();
  const generation = useWidgetStore<P, number>((s) => s.generation);
  const { image: scene, k } = params;
  const dark = useDarkTheme();
  const viewRef = useRef<HTMLDivElement>(null);
  const plotsRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(viewRef);
  const plotsWidth = useElementWidth(plotsRef);
  const [hover, setHover] = useState<{ i: number; j: number } | null>(null);
  const [cancelled, setCancelled] = useState<Scene | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each reset of the store.
  useEffect(() => {
    setHover(null);
    setCancelled(null);
  }, [generation]);

  const stopped = cancelled === scene;
  const task = useTask('svd-image', stopped ? null : { scene, size: IMAGE_SIZE });
  const data = task.data && task.data.scene === scene ? task.data : null;
  const image: Matrix | null = data?.image ?? null;
  const f = data?.svd ?? null;
  const r = f ? f.S.length : IMAGE_SIZE;
  const kk = Math.max(0, Math.min(r, k));

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

  const errorScale = useMemo(() => divergingScale(ERROR_LIMIT, dark), [dark]);
  const lut = useMemo(() => colorTable(errorScale, ERROR_LIMIT), [errorScale]);
  const originalPx = useMemo(() => (image ? grayPixels(image.data) : null), [image]);
  const approxPx = useMemo(() => (approx ? grayPixels(approx.data) : null), [approx]);
  const errorPx = useMemo(() => (error ? signedPixels(error.data, lut, ERROR_LIMIT) : null), [error, lut]);

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
          name: `image-compress-${scene}-k${kk}`,
          rows: Array.from({ length: approx.rows }, (_, i) =>
            Array.from(approx.data.subarray(i * approx.cols, (i + 1) * approx.cols)),
          ),
          meta: {
            scene,
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

  const status = stopped ? 'cancelled' : task.error ? 'error' : data && !task.pending ? 'done' : 'running';

  return (
    <div className={styles.widget}>
      <div className={styles.controls}>
        <Select
          label="Image"
          value={scene}
          options={imageCompressParams.image.options.map((value) => ({ value, label: SCENE_LABELS[value] }))}
          onChange={(v) => setParam('image', v as Scene)}
        />
        <Slider
          label="Rank k"
          value={kk}
          min={0}
          max={r}
          onChange={(v) => setParam('k', v)}
          format={(v) => `${v} of ${r}`}
        />
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
        {(
          [
            [
              'original',
              'Original',
              originalPx,
              `The ${SCENE_LABELS[scene].toLowerCase()} image, ${m}×${n} pixels`,
            ],
            ['approx', `Rank ${kk}`, approxPx, `The image rebuilt from its ${kk} largest singular values`],
            [
              'error',
              'Error (original − rank k)',
              errorPx,
              'The signed error: red where the rank-k image is too dark, blue where too light',
            ],
          ] as const
        ).map(([id, title, px, label]) => (
          <figure key={id} className={styles.panel} style={{ width: size }}>
            <figcaption className={styles.panelTitle}>{title}</figcaption>
            {px ? (
              <Picture
                rgba={px}
                rows={m}
                cols={n}
                size={size}
                label={label}
                testId={id}
                exportView={id === 'approx'}
                onHover={setHover}
              />
            ) : (
              <div className={styles.placeholder} style={{ width: size, height: size }} />
            )}
          </figure>
        ))}
      </div>
      <div className={styles.legendRow}>
        <Legend
          scale={errorScale}
          lo={-ERROR_LIMIT}
          hi={ERROR_LIMIT}
          caption="error (saturates at ±0.25)"
          labels={['−0.25', '0', '+0.25']}
        />
        <p className={styles.readout} data-testid="hover-readout">
          {hoverText}
        </p>
      </div>

      <dl className={styles.stats} data-testid="stats">
        <div>
          <dt>Relative error ‖A − A_k‖_F / ‖A‖_F, from the pixels</dt>
          <dd data-testid="rel-pixels">{pctError(relPixels)}</dd>
        </div>
        <div>
          <dt>… from the spectrum, √(Σ_(i&gt;k) σᵢ² / Σ σᵢ²)</dt>
          <dd data-testid="rel-spectrum">{pct(relSpectrum)}</dd>
        </div>
        <div>
          <dt>Stored numbers k(m + n + 1)</dt>
          <dd data-testid="numbers">
            {kk}·({m} + {n} + 1) = {formatInteger(numbers)}
          </dd>
        </div>
        <div>
          <dt>Bytes as float32 (4 each) vs the 8-bit image (m·n)</dt>
          <dd data-testid="bytes">
            {formatInteger(floatBytes)} vs {formatInteger(rawBytes)}{' '}
            <span className={saved > 0 ? styles.good : styles.bad}>
              {saved > 0
                ? `(saves ${formatInteger(saved)}, ${pct(saved / rawBytes)})`
                : saved === 0
                  ? '(saves nothing)'
                  : `(${formatInteger(-saved)} more)`}
            </span>
          </dd>
        </div>
      </dl>
      <p className={styles.hint}>
        Float32 factors are smaller than the 8-bit image only up to k = {breakEven}; quantising U and V to 8
        bits would stretch that four times (not shown: the picture here uses the exact factors). Reconstructed
        pixels outside [0, 1] are clamped for display only.
      </p>

      <div className={styles.plots} ref={plotsRef}>
        <div>
          <p className={styles.panelTitle}>Relative error against k</p>
          {curve ? (
            <ErrorCurve
              curve={curve}
              k={kk}
              width={Math.min(520, plotsWidth >= 640 ? (plotsWidth - GAP) / 2 : plotsWidth || 320)}
              onPick={(v) => setParam('k', v)}
              label={`Relative error for every rank k from 0 to ${r}; at k = ${kk} it is ${pct(relSpectrum)}`}
              testId="error-curve"
            />
          ) : null}
        </div>
        <div>
          <p className={styles.panelTitle}>Singular values (log scale), first {kk} kept</p>
          {f ? (
            <SpectrumBars
              S={f.S}
              k={kk}
              log
              width={Math.min(520, plotsWidth >= 640 ? (plotsWidth - GAP) / 2 : plotsWidth || 320)}
              onPick={(v) => setParam('k', v)}
              label={`The ${r} singular values of the image on a log scale; the first ${kk} are kept`}
              testId="spectrum"
            />
          ) : null}
        </div>
      </div>
    </div>
  );
}
