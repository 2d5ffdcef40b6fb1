'use client';

import { type FormEvent, type KeyboardEvent, memo, useCallback, useId, useMemo, useState } from 'react';
import { Button, ParamSelect, ParamSlider, ProgressBar } from '@/components/controls';
import controlStyles from '@/components/controls/controls.module.css';
import { cx } from '@/components/controls/util';
import { useDeferredWidgetParams } from '@/components/figure/afterPaint';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { useParam } from '@/components/figure/store';
import { useTask } from '@/components/figure/worker';
import {
  AxisX,
  AxisY,
  type Cell,
  Dot,
  divergingColor,
  Heatmap,
  Plot,
  RampLegend,
  sequentialColor,
  TextMark,
  usePlotTheme,
} from '@/components/plot';
import { Spectrum } from '@/components/views/svd/Spectrum';
import { parseWordList } from '@/lib/embeddings/vocabulary';
import { formatInteger, formatNumber } from '@/lib/format';
import { maxAbs } from '@/lib/linalg/norms';
import { tailEnergy } from '@/lib/linalg/svd';
import styles from './CooccurrenceSvd.module.css';
import { ColumnWords } from './draw';
import {
  COOCCURRENCE_SVD_SEED,
  type cooccurrenceSvdParams,
  MAP_MAX,
  MAP_PRESET,
  NEIGHBOURS,
  SLICE_MAX,
  SLICE_PRESET,
} from './params';
import { WordList } from './WordList';

type P = ParamValues<typeof cooccurrenceSvdParams>;

const TRANSFORM_NAMES: Record<P['transform'], string> = {
  counts: 'count',
  'log-counts': 'log(1 + count)',
  pmi: 'PMI',
  ppmi: 'PPMI',
  'shifted-ppmi': 'shifted PPMI',
};

const SPECTRUM_HEIGHT = 160;
const fmt = (v: number) => formatNumber(v, { digits: 3 });
const ms = (v: number) => (v > 0 ? `${formatInteger(Math.round(v))} ms` : 'cached');

/** The arrow keys' move of the inspected cell of an n×n grid (Home/End: the row's ends). */
function moveCell(key: string, cell: Cell, n: number): Cell | null {
  const clamp = (v: number) => Math.min(n - 1, Math.max(0, v));
  if (key === 'ArrowUp') return { i: clamp(cell.i - 1), j: cell.j };
  if (key === 'ArrowDown') return { i: clamp(cell.i + 1), j: cell.j };
  if (key === 'ArrowLeft') return { i: cell.i, j: clamp(cell.j - 1) };
  if (key === 'ArrowRight') return { i: cell.i, j: clamp(cell.j + 1) };
  if (key === 'Home') return { i: cell.i, j: 0 };
  if (key === 'End') return { i: cell.i, j: n - 1 };
  return null;
}

/**
 * Word vectors from a matrix factorisation: the Brown corpus's co-occurrence counts for a window, transformed
 * (counts, log counts, PMI, PPMI, shifted PPMI), factorised by a truncated SVD in the worker; the matrix on a
 * slice of words, its spectrum, the nearest neighbours of a word and a 2-D map of chosen words.
 */
export default function CooccurrenceSvd() {
  const [params] = useDeferredWidgetParams<P>();
  const { V, window, weighting, transform, shift, smoothing, dim, eigenPower, word, projection } = params;
  const pmiFamily = transform === 'pmi' || transform === 'ppmi' || transform === 'shifted-ppmi';

  // Settings a transform ignores are pinned, so moving them starts no job and reuses the worker's caches.
  const matrix = useMemo(
    () => ({
      V,
      window,
      weighting,
      transform,
      shift: transform === 'shifted-ppmi' ? shift : 1,
      contextPower: pmiFamily ? Number(smoothing) : 1,
    }),
    [V, window, weighting, transform, shift, smoothing, pmiFamily],
  );
  const svdInput = useMemo(
    () => ({ ...matrix, dim, eigenPower: Number(eigenPower), seed: COOCCURRENCE_SVD_SEED }),
    [matrix, dim, eigenPower],
  );
  const inputKey = JSON.stringify(svdInput);
  const [cancelled, setCancelled] = useState<string | null>(null);
  const stopped = cancelled === inputKey;
  const svdJob = useTask('embeddings-svd', stopped ? null : svdInput);
  const svd = svdJob.data;
  const svdStale = svd !== null && svdJob.pending;

  const sliceWords = useMemo(() => parseWordList(params.slice, SLICE_MAX), [params.slice]);
  const mapWords = useMemo(() => parseWordList(params.mapWords, MAP_MAX), [params.mapWords]);
  const sliceJob = useTask('embeddings-slice', stopped ? null : { ...matrix, words: sliceWords });
  const slice = sliceJob.data;

  // Questions to the last finished model (the worker stores it under svd.key).
  const key = svd?.key ?? null;
  const query = useTask(
    'embeddings-query',
    key ? { key, query: { op: 'neighbours', word, k: NEIGHBOURS } } : null,
  );
  const mapJob = useTask('embeddings-map', key ? { key, words: mapWords } : null);
  const answer = query.data;
  const map = mapJob.data;

  const energy =
    svd && slice && !svdJob.pending && !sliceJob.pending && slice.normSquared > 0
      ? tailEnergy(svd.S, 0) / slice.normSquared
      : null;
  const vocabulary = `the top ${formatInteger(svd?.V ?? V)} words`;

  useExportData(() =>
    svd
      ? {
          name: `cooccurrence-svd-${transform}-w${window}-d${svd.S.length}`,
          rowLabels: Array.from(svd.S, (_, i) => `σ${i + 1}`),
          colLabels: ['singular value'],
          rows: Array.from(svd.S, (s) => [s]),
          meta: {
            settings: svdInput,
            tokens: svd.tokens,
            cooccurrenceEntries: svd.nnz,
            matrixEntries: svd.transformedNnz,
            ms: svd.ms,
            neighbours:
              answer && 'neighbours' in answer
                ? { word, list: answer.neighbours.map((n) => [n.word, n.similarity]) }
                : null,
          },
        }
      : null,
  );

  return (
    <div className={styles.widget}>
      <Settings shifted={transform === 'shifted-ppmi'} pmiFamily={pmiFamily} />

      {/* One row whatever the state, so the figure keeps its height while it computes. */}
      <div className={styles.status} data-testid="svd-status">
        {stopped ? (
          <>
            <span>Cancelled: the results shown are for earlier settings.</span>
            <Button size="sm" onClick={() => setCancelled(null)}>
              Compute
            </Button>
          </>
        ) : (
          <>
            <ProgressBar
              label={
                svdJob.pending
                  ? `Counting, transforming and factorising (rank ${dim})`
                  : `Rank-${dim} SVD done`
              }
              value={svdJob.progress}
            />
            <Button size="sm" onClick={() => setCancelled(inputKey)} disabled={!svdJob.pending}>
              Cancel
            </Button>
          </>
        )}
      </div>
      {svdJob.error ? (
        <p className={styles.error} role="alert">
          The SVD failed: {svdJob.error}
        </p>
      ) : null}

      <dl className={cx(styles.facts, svdStale && 'result-stale')} data-testid="facts">
        <div>
          <dt>Tokens kept (top {formatInteger(svd?.V ?? V)})</dt>
          <dd>{svd ? formatInteger(svd.tokens) : '…'}</dd>
        </div>
        <div>
          <dt>Co-occurrence entries</dt>
          <dd data-testid="nnz">{svd ? formatInteger(svd.nnz) : '…'}</dd>
        </div>
        <div>
          <dt>Stored entries of the matrix</dt>
          <dd data-testid="matrix-nnz">{svd ? formatInteger(svd.transformedNnz) : '…'}</dd>
        </div>
        <div>
          <dt>Energy in rank {svd?.S.length ?? dim}: Σσᵢ² / ‖M‖²</dt>
          <dd data-testid="energy">
            {energy === null ? '…' : formatNumber(energy, { style: 'percent', digits: 3 })}
          </dd>
        </div>
        <div>
          <dt>Time: count · transform · SVD</dt>
          <dd data-testid="timings">
            {svd ? `${ms(svd.ms.cooccurrence)} · ${ms(svd.ms.transform)} · ${ms(svd.ms.svd)}` : '…'}
          </dd>
        </div>
      </dl>

      <div className={styles.panels}>
        <SliceHeatmap
          slice={slice}
          transform={transform}
          stale={sliceJob.pending}
          error={sliceJob.error}
          vocabulary={vocabulary}
        />
        <div className={styles.side}>
          <div className={cx(svdStale && 'result-stale')}>
            <h4 className={styles.panelTitle}>Spectrum of the {TRANSFORM_NAMES[transform]} matrix</h4>
            {svd ? (
              <Spectrum
                S={svd.S}
                k={svd.S.length}
                log
                height={SPECTRUM_HEIGHT}
                label={`The ${svd.S.length} largest singular values, log scale`}
                testId="spectrum"
              />
            ) : (
              <p className={styles.placeholder} style={{ height: SPECTRUM_HEIGHT }}>
                The spectrum appears once the SVD is done.
              </p>
            )}
          </div>
          <Neighbours
            answer={answer}
            stale={query.pending || svdStale}
            error={query.error}
            word={word}
            vocabulary={vocabulary}
          />
        </div>
      </div>

      <WordMap map={map} projection={projection} stale={mapJob.pending || svdStale} vocabulary={vocabulary} />
    </div>
  );
}

/**
 * The settings. Each control reads and writes its own parameter, so memoised here they skip the widget's own
 * renders (a key press, a worker's progress report): a change renders only the control that changed.
 */
const Settings = memo(function Settings({ shifted, pmiFamily }: { shifted: boolean; pmiFamily: boolean }) {
  return (
    <div className={styles.controls}>
      <ParamSlider name="V" />
      <ParamSlider name="window" />
      <ParamSelect name="weighting" />
      <ParamSelect name="transform" />
      <ParamSlider name="shift" disabled={!shifted} />
      <ParamSelect name="smoothing" disabled={!pmiFamily} />
      <ParamSlider name="dim" />
      <ParamSelect name="eigenPower" />
    </div>
  );
});

type SliceData = NonNullable<ReturnType<typeof useTask<'embeddings-slice'>>['data']>;

/**
 * The transformed matrix on the chosen words, with the cell under the pointer or keyboard cursor read out.
 * Memoised, as are the neighbours and the map: a control's own render skips them.
 */
const SliceHeatmap = memo(function SliceHeatmap({
  slice,
  transform,
  stale,
  error,
  vocabulary,
}: {
  slice: SliceData | null;
  transform: P['transform'];
  stale: boolean;
  error: string | null;
  vocabulary: string;
}) {
  const theme = usePlotTheme();
  const [cell, setCell] = useState<Cell | null>(null);
  const readoutId = useId();
  const words = slice?.words ?? [];
  const n = words.length;
  const shownTransform = slice?.input.transform ?? transform;
  const name = TRANSFORM_NAMES[shownTransform];
  const signed = shownTransform === 'pmi';
  const top = useMemo(() => (slice ? maxAbs({ rows: n, cols: n, data: slice.values }) : 0), [slice, n]);
  const color = useMemo(
    () => (signed ? divergingColor(top, theme) : sequentialColor([0, top > 0 ? top : 1], theme, 'blues')),
    [signed, top, theme],
  );
  const band = useMemo(() => ({ type: 'band' as const, domain: [...words], padding: 0 }), [words]);
  const masked = useCallback(
    (i: number, j: number) => signed && slice?.stored[i * n + j] === 0,
    [signed, slice, n],
  );
  // Stable, so the heatmap's cells are built only for new data: a cell moved to or the stale mark skips them.
  const cellAttrs = useCallback(
    (v: number, i: number, j: number) => ({ 'data-cell': `${words[i]},${words[j]}`, 'data-value': v }),
    [words],
  );
  const at = cell && cell.i < n && cell.j < n ? cell : null;
  const readout = (() => {
    if (!slice) return 'Counting pairs…';
    if (!at) return 'Hover a cell, or focus the matrix and use the arrow keys.';
    const a = words[at.i] as string;
    const b = words[at.j] as string;
    const q = at.i * n + at.j;
    const v = slice.values[q] as number;
    const seen = slice.stored[q] === 1;
    const value =
      signed && !seen ? '−∞ (never in one window)' : seen ? fmt(v) : `0 (${unstoredWhy(shownTransform)})`;
    return `${name}(${a}, ${b}) = ${value}; counts ${formatInteger(slice.counts[at.i] as number)} and ${formatInteger(slice.counts[at.j] as number)}`;
  })();
  const onKeyDown = (e: KeyboardEvent) => {
    if (n === 0) return;
    const next = moveCell(e.key, at ?? { i: 0, j: 0 }, n);
    if (!next) return;
    e.preventDefault();
    setCell(next);
  };
  return (
    <div className={styles.heatmapPanel}>
      <h4 className={styles.panelTitle}>
        The {name} matrix on {n} words
      </h4>
      {error ? (
        <p className={styles.error} role="alert">
          {error}
        </p>
      ) : null}
      {slice && n === 0 ? <p className={styles.muted}>No words chosen: add some below.</p> : null}
      {!slice || n > 0 ? (
        <>
          <div
            className={cx(styles.grid, stale && 'result-stale')}
            tabIndex={0}
            role="slider"
            aria-label={`${name} matrix on ${n} words: the arrow keys move between cells`}
            aria-valuemin={0}
            aria-valuemax={n * n - 1}
            aria-valuenow={at ? at.i * n + at.j : 0}
            aria-valuetext={readout}
            aria-describedby={readoutId}
            onKeyDown={onKeyDown}
            onFocus={() => setCell((c) => c ?? { i: 0, j: 0 })}
            data-testid="heatmap"
          >
            <Plot
              label={`The ${name} matrix of the chosen words`}
              x={band}
              y={band}
              aspect={1}
              maxHeight={560}
              margin={{ left: 78, top: 64, right: 6, bottom: 6 }}
              exportView
            >
              <AxisY tickValues={words} line={false} />
              <ColumnWords words={words} />
              {slice ? (
                <Heatmap
                  values={slice.values}
                  rows={n}
                  cols={n}
                  color={color}
                  masked={signed ? masked : undefined}
                  onCell={setCell}
                  cellAttrs={cellAttrs}
                />
              ) : null}
            </Plot>
          </div>
          <RampLegend
            color={color}
            lo={signed ? -top : 0}
            hi={top > 0 ? top : 1}
            caption={name}
            labels={signed ? [fmt(-top), '0', fmt(top)] : ['0', fmt(top)]}
          />
          <p className={styles.readout} id={readoutId} aria-live="polite" data-testid="cell-readout">
            {readout}
          </p>
        </>
      ) : null}
      <WordList
        name="slice"
        max={SLICE_MAX}
        preset={SLICE_PRESET}
        missing={slice?.missing ?? []}
        vocabulary={vocabulary}
      />
    </div>
  );
});

function unstoredWhy(transform: P['transform']): string {
  if (transform === 'ppmi') return 'PMI ≤ 0 or never seen';
  if (transform === 'shifted-ppmi') return 'PMI ≤ log k or never seen';
  return 'never in one window';
}

type Answer = NonNullable<ReturnType<typeof useTask<'embeddings-query'>>['data']>;

/** The searched word's nearest neighbours by cosine, or the suggestions for a word the model lacks. */
const Neighbours = memo(function Neighbours({
  answer,
  stale,
  error,
  word,
  vocabulary,
}: {
  answer: Answer | null;
  stale: boolean;
  error: string | null;
  word: string;
  vocabulary: string;
}) {
  const id = useId();
  const [, setWord] = useParam<P, 'word'>('word');
  const [draft, setDraft] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (draft !== null && draft.trim() !== '') setWord(draft.trim().toLowerCase());
    setDraft(null);
  };
  const pick = (w: string) => {
    setDraft(null);
    setWord(w);
  };
  return (
    <div className={styles.neighbours}>
      <form className={styles.addRow} onSubmit={submit}>
        <label htmlFor={id} className={styles.addLabel}>
          Neighbours of
        </label>
        <input
          id={id}
          className={`${controlStyles.input} ${styles.addInput}`}
          type="search"
          value={draft ?? word}
          onChange={(e) => setDraft(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          data-testid="word-input"
        />
        <Button size="sm" type="submit">
          Find
        </Button>
      </form>
      {error ? (
        <p className={styles.error} role="alert">
          {error}
        </p>
      ) : null}
      <div className={styles.neighbourBox}>
        {answer && 'neighbours' in answer ? (
          <ol className={cx(styles.neighbourList, stale && 'result-stale')} data-testid="neighbours">
            {answer.neighbours.map((nb) => (
              <li key={nb.index}>
                <button type="button" className={styles.suggestion} onClick={() => pick(nb.word)}>
                  {nb.word}
                </button>
                <span className={styles.cos}>
                  {formatNumber(nb.similarity, { style: 'fixed', digits: 3 })}
                </span>
              </li>
            ))}
          </ol>
        ) : null}
        {answer && 'unknown' in answer ? (
          <p className={styles.miss} role="status" data-testid="unknown-word">
            <strong>{answer.unknown}</strong> is not among {vocabulary}.
            {answer.suggestions.length > 0 ? ' Try ' : ''}
            {answer.suggestions.map((s, j) => (
              <span key={s}>
                {j > 0 ? ', ' : ''}
                <button type="button" className={styles.suggestion} onClick={() => pick(s)}>
                  {s}
                </button>
              </span>
            ))}
            {answer.suggestions.length > 0 ? '.' : ''}
          </p>
        ) : null}
        {!answer && !error ? <p className={styles.muted}>Neighbours appear once the SVD is done.</p> : null}
      </div>
    </div>
  );
});

type MapData = NonNullable<ReturnType<typeof useTask<'embeddings-map'>>['data']>;

interface MapPoint {
  word: string;
  x: number;
  y: number;
}

const pointWord = (d: MapPoint) => d.word;

/** The chosen words in two dimensions, projected as the reader picks. */
const WordMap = memo(function WordMap({
  map,
  projection,
  stale,
  vocabulary,
}: {
  map: MapData | null;
  projection: P['projection'];
  stale: boolean;
  vocabulary: string;
}) {
  const points = useMemo<MapPoint[]>(() => {
    if (!map) return [];
    const c = projection === 'pca' ? map.pca : map.leading;
    return map.words.map((word, a) => ({ word, x: c[a * 2] as number, y: c[a * 2 + 1] as number }));
  }, [map, projection]);
  const x = useMemo(() => ({ domain: extent(points.map((p) => p.x)), nice: true }), [points]);
  const y = useMemo(() => ({ domain: extent(points.map((p) => p.y)), nice: true }), [points]);
  const axis = (k: 0 | 1) =>
    projection === 'pca' && map
      ? `PC ${k + 1} (${formatNumber(map.explained[k], { style: 'percent', digits: 2 })} of these words’ variance)`
      : `singular direction ${k + 1}`;
  return (
    <div className={styles.mapPanel}>
      <div className={styles.mapHead}>
        <h4 className={styles.panelTitle}>
          {map ? `A map of ${points.length} words` : 'A map of the chosen words, once the SVD is done'}
        </h4>
        <ParamSelect name="projection" />
      </div>
      {map && points.length < 2 ? (
        <p className={styles.muted}>Choose at least two words the vocabulary has.</p>
      ) : null}
      {points.length >= 2 || !map ? (
        <div className={cx(stale && 'result-stale')} data-testid="map">
          <Plot
            label={`The chosen words’ vectors on ${axis(0)} and ${axis(1)}`}
            x={x}
            y={y}
            aspect={1.7}
            minHeight={300}
            maxHeight={460}
          >
            <AxisX label={axis(0)} grid />
            <AxisY label={axis(1)} grid />
            <Dot data={points} x="x" y="y" r={3} titleOf={pointWord} />
            <TextMark data={points} x="x" y="y" text={pointWord} dy={-7} className={styles.mapLabel} />
          </Plot>
        </div>
      ) : null}
      <WordList
        name="mapWords"
        max={MAP_MAX}
        preset={MAP_PRESET}
        missing={map?.missing ?? []}
        vocabulary={vocabulary}
      />
    </div>
  );
});

/** [min, max] of finite values, widened when they coincide ([−1, 1] for none). */
function extent(values: readonly number[]): [number, number] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [-1, 1];
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}
