'use client';

import { scaleBand, scaleLinear } from 'd3-scale';
import { type ChangeEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Button, Field, ProgressBar, Select, Slider } from '@/components/controls';
import controlStyles from '@/components/controls/controls.module.css';
import { AssetStatus, createAssetLoader, useAsset } from '@/components/figure/asset';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { useWidgetParams } from '@/components/figure/store';
import { CancelledError, runTask, useTask } from '@/components/figure/worker';
import { useElementWidth } from '@/components/plot/hooks';
import { formatInteger, formatNumber } from '@/lib/format';
import type { Svd } from '@/lib/linalg/svd';
import {
  csrGet,
  decodeWordMatrix,
  reconstructEntry,
  reconstructionErrors,
  type ScoredPair,
  topUnseenPairs,
  type WordMatrix,
  type WordWeighting,
  weightCounts,
} from '@/lib/words';
import { charError, checkChar } from './chars';
import styles from './NewWords.module.css';
import { NEW_WORDS_MAX_RANK, type newWordsParams } from './params';

type P = ParamValues<typeof newWordsParams>;

/** The asset written by scripts/new-words.mjs, served from the site's own origin. */
export const NEW_WORDS_URL = '/data/new-words.json';
const LIMIT = 50;
const SEED = 1;

const weightingLabels: Record<WordWeighting, string> = {
  binary: '1 per word (0/1, as the post)',
  log: 'log(1 + count)',
  count: 'raw count',
};

const loadAsset = createAssetLoader(NEW_WORDS_URL, decodeWordMatrix);

type SvdState =
  | { status: 'idle' }
  | { status: 'running'; progress: number }
  | { status: 'cancelled' }
  | { status: 'error'; message: string }
  | { status: 'done'; f: Svd; tag: string; ms: number };

const fmt = (v: number, digits = 4) => formatNumber(v, { digits });

/** A text box for one Chinese character: the parameter changes only when the text is valid. */
function CharInput({
  label,
  value,
  onChange,
  allowEmpty,
  note,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  allowEmpty?: boolean;
  note?: string | null;
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? value;
  const error = charError(shown, allowEmpty ?? false);
  const onInput = (e: ChangeEvent<HTMLInputElement>) => {
    const text = e.target.value;
    setDraft(text);
    const ok = checkChar(text, allowEmpty ?? false);
    if (ok !== null) {
      onChange(ok);
      setDraft(null);
    }
  };
  const message = error ?? note ?? null;
  return (
    <Field id={id} label={label} message={message} messageId={`${id}-msg`} className={styles.charField}>
      <input
        id={id}
        className={`${controlStyles.input} ${styles.charInput}`}
        type="text"
        lang="zh"
        value={shown}
        onChange={onInput}
        onBlur={() => setDraft(null)}
        aria-invalid={error ? true : undefined}
        aria-describedby={message ? `${id}-msg` : undefined}
        autoComplete="off"
        spellCheck={false}
      />
    </Field>
  );
}

/** σ₁…σ_r as bars, the first k highlighted. */
function Spectrum({ S, k, width }: { S: Float64Array; k: number; width: number }) {
  const height = 150;
  const m = { top: 10, right: 8, bottom: 30, left: 40 };
  const x = scaleBand<number>()
    .domain(Array.from(S, (_, i) => i))
    .range([m.left, Math.max(m.left + 10, width - m.right)])
    .paddingInner(0.15);
  const y = scaleLinear()
    .domain([0, (S[0] ?? 1) || 1])
    .nice()
    .range([height - m.bottom, m.top]);
  const ticks = y.ticks(4);
  const labelEvery = width < 500 ? 16 : 8;
  return (
    <svg
      className={styles.spectrum}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`Singular values σ₁ to σ${S.length}; the first ${k} are kept`}
    >
      {ticks.map((t) => (
        <g key={t} transform={`translate(0,${y(t)})`}>
          <line x1={m.left} x2={width - m.right} className={styles.grid} />
          <text x={m.left - 4} dy="0.32em" textAnchor="end" className={styles.tick}>
            {formatNumber(t, { digits: 3 })}
          </text>
        </g>
      ))}
      {Array.from(S, (s, i) => (
        <rect
          key={i}
          x={x(i)}
          y={y(s)}
          width={x.bandwidth()}
          height={Math.max(0, height - m.bottom - y(s))}
          className={i < k ? styles.kept : styles.dropped}
          data-kept={i < k ? '' : undefined}
        >
          <title>{`σ${i + 1} = ${fmt(s)}`}</title>
        </rect>
      ))}
      {Array.from(S, (_, i) =>
        i === 0 || (i + 1) % labelEvery === 0 ? (
          <text
            key={i}
            x={(x(i) ?? 0) + x.bandwidth() / 2}
            y={height - m.bottom + 12}
            textAnchor="middle"
            className={styles.tick}
          >
            {i + 1}
          </text>
        ) : null,
      )}
      <text
        x={(m.left + width - m.right) / 2}
        y={height - 3}
        textAnchor="middle"
        className={styles.axisTitle}
      >
        i (σᵢ, kept in accent)
      </text>
    </svg>
  );
}

function dictionaryNote(words: WordMatrix, i: number, j: number): string {
  const kept = csrGet(words.seen, i, j);
  if (kept > 0) return `a word in the matrix (count ${formatInteger(kept)})`;
  const below = csrGet(words.below, i, j);
  if (below > 0 || hasStored(words.below, i, j)) {
    return `in the dictionary below the threshold (count ${formatInteger(below)} < ${formatInteger(words.threshold)})`;
  }
  return 'not in the dictionary';
}

function hasStored(A: WordMatrix['below'], i: number, j: number): boolean {
  for (let p = A.indptr[i] as number; p < (A.indptr[i + 1] as number); p++)
    if (A.indices[p] === j) return true;
  return false;
}

export default function NewWords() {
  const [params, setParam] = useWidgetParams<P>();
  const { k, weighting, search, first, second } = params;
  const viewRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(viewRef);

  const { asset, retry } = useAsset(loadAsset);
  const words = asset.status === 'ready' ? asset.value : null;

  const M = useMemo(() => (words ? weightCounts(words.seen, weighting) : null), [words, weighting]);

  // The SVD: once per weighting, in the worker, with progress and a Cancel button.
  const [svdState, setSvdState] = useState<SvdState>({ status: 'idle' });
  const [svdRun, setSvdRun] = useState(0);
  const controllerRef = useRef<AbortController | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `svdRun` restarts a cancelled run.
  useEffect(() => {
    if (!M) return;
    const controller = new AbortController();
    controllerRef.current = controller;
    setSvdState({ status: 'running', progress: 0 });
    runTask(
      'new-words-svd',
      { M, k: NEW_WORDS_MAX_RANK, seed: SEED, tag: weighting },
      {
        signal: controller.signal,
        onProgress: (progress) => setSvdState({ status: 'running', progress }),
      },
    ).then(
      (r) => setSvdState({ status: 'done', f: { U: r.U, S: r.S, V: r.V }, tag: r.tag, ms: r.ms }),
      (err: Error) =>
        setSvdState(
          err instanceof CancelledError ? { status: 'cancelled' } : { status: 'error', message: err.message },
        ),
    );
    return () => controller.abort();
  }, [M, svdRun]);
  const svdDone = svdState.status === 'done' && svdState.tag === weighting ? svdState : null;
  const f = svdDone?.f ?? null;

  // The top unseen pairs over all cells: O(m·n·k), in the worker; the latest rank wins.
  const topInput = f && M && !search ? { f, seen: M, k, limit: LIMIT, tag: weighting } : null;
  const top = useTask('new-words-top', topInput);

  const searchIndex = useMemo(() => {
    if (!words || !search) return null;
    return { row: words.rows.indexOf(search), col: words.cols.indexOf(search) };
  }, [words, search]);

  const pairs: ScoredPair[] | null = useMemo(() => {
    if (!f || !M) return null;
    if (searchIndex) {
      if (searchIndex.row < 0 && searchIndex.col < 0) return [];
      return topUnseenPairs(f, k, M, {
        limit: LIMIT,
        row: searchIndex.row >= 0 ? searchIndex.row : undefined,
        col: searchIndex.col >= 0 ? searchIndex.col : undefined,
      });
    }
    const d = top.data;
    return d && d.tag === weighting && d.k === k ? d.pairs : null;
  }, [f, M, k, searchIndex, top.data, weighting]);

  const errors = useMemo(() => (f && M ? reconstructionErrors(f, k, M) : null), [f, M, k]);

  const inspected = useMemo(() => {
    if (!words) return null;
    const i = words.rows.indexOf(first);
    const j = words.cols.indexOf(second);
    return { i, j, value: f && i >= 0 && j >= 0 ? reconstructEntry(f, k, i, j) : Number.NaN };
  }, [words, f, k, first, second]);

  const inDictionary = pairs ? pairs.filter((p) => hasStored(words?.below ?? emptyCsr, p.i, p.j)).length : 0;

  useExportData(() =>
    words && pairs
      ? {
          name: `new-words-${weighting}-k${k}${search ? `-${search}` : ''}`,
          rowLabels: pairs.map((p) => `${words.rows[p.i]}${words.cols[p.j]}`),
          colLabels: ['score', 'first-char words', 'second-char words', 'dictionary count below threshold'],
          rows: pairs.map((p) => [
            p.score,
            words.rowWords[p.i] as number,
            words.colWords[p.j] as number,
            hasStored(words.below, p.i, p.j) ? csrGet(words.below, p.i, p.j) : -1,
          ]),
          meta: { k, weighting, search, threshold: words.threshold, source: words.source },
        }
      : null,
  );

  const searchNote =
    words && search && searchIndex && searchIndex.row < 0 && searchIndex.col < 0
      ? `${search} is not among the ${formatInteger(words.rows.length)} first or ${formatInteger(words.cols.length)} second characters kept.`
      : null;
  const firstNote =
    words && inspected && inspected.i < 0 ? `${first} is not among the first characters kept.` : null;
  const secondNote =
    words && inspected && inspected.j < 0 ? `${second} is not among the second characters kept.` : null;

  const plotWidth = Math.max(240, width);

  return (
    <div className={styles.widget} ref={viewRef}>
      <div className={styles.controls}>
        <Slider
          label="Rank k"
          value={k}
          min={1}
          max={NEW_WORDS_MAX_RANK}
          onChange={(v) => setParam('k', v)}
          format={(v) => formatInteger(v)}
        />
        <Select
          label="Entries"
          value={weighting}
          options={(['binary', 'log', 'count'] as const).map((value) => ({
            value,
            label: weightingLabels[value],
          }))}
          onChange={(v) => setParam('weighting', v as WordWeighting)}
        />
      </div>

      <AssetStatus asset={asset} retry={retry} what="the word matrix" url={NEW_WORDS_URL} />

      {words ? (
        <p className={styles.source}>
          {formatInteger(words.rows.length)} first × {formatInteger(words.cols.length)} second characters:{' '}
          {formatInteger(words.seen.values.length)} of the{' '}
          {formatInteger(words.stats.aboveThreshold ?? Number.NaN)} two-character words with count ≥{' '}
          {formatInteger(words.threshold)} in jieba’s <code>dict.txt</code> ({words.source.package}{' '}
          {words.source.version}, {words.source.license} licence).
        </p>
      ) : null}

      {svdState.status === 'running' ? (
        <div className={styles.status} data-status="svd">
          <ProgressBar label={`Truncated SVD, rank ${NEW_WORDS_MAX_RANK}`} value={svdState.progress} />
          <Button size="sm" onClick={() => controllerRef.current?.abort()}>
            Cancel
          </Button>
        </div>
      ) : null}
      {svdState.status === 'cancelled' ? (
        <div className={styles.status} data-status="cancelled">
          <span>SVD cancelled.</span>
          <Button size="sm" onClick={() => setSvdRun((r) => r + 1)}>
            Compute
          </Button>
        </div>
      ) : null}
      {svdState.status === 'error' ? (
        <p className={styles.error} role="alert">
          The SVD failed: {svdState.message}
        </p>
      ) : null}

      {f && errors ? (
        <div className={styles.facts} data-facts>
          <div>
            <span className={styles.factLabel}>RMS error on the words</span>
            <output data-seen-rms>{fmt(Math.sqrt(errors.seen / Math.max(1, errors.count)))}</output>
          </div>
          <div>
            <span className={styles.factLabel}>‖M − M_k‖_F / ‖M‖_F</span>
            <output data-rel-error>{fmt(Math.sqrt(errors.total / (errors.norm || 1)))}</output>
          </div>
          <div>
            <span className={styles.factLabel}>energy kept: Σ σᵢ² (i ≤ k) / ‖M‖²_F</span>
            <output data-energy>
              {formatNumber(1 - errors.total / (errors.norm || 1), { style: 'percent', digits: 3 })}
            </output>
          </div>
          <div>
            <span className={styles.factLabel}>Listed pairs in the dictionary below {words?.threshold}</span>
            <output data-in-dictionary>
              {pairs ? `${formatInteger(inDictionary)} / ${formatInteger(pairs.length)}` : '—'}
            </output>
          </div>
        </div>
      ) : null}

      {f ? <Spectrum S={f.S} k={k} width={plotWidth} /> : null}

      {words ? (
        <div className={styles.inspect}>
          <CharInput
            label="First character"
            value={first}
            onChange={(v) => setParam('first', v)}
            note={firstNote}
          />
          <CharInput
            label="Second character"
            value={second}
            onChange={(v) => setParam('second', v)}
            note={secondNote}
          />
          <p className={styles.inspectResult} data-pair-result aria-live="polite">
            {inspected && inspected.i >= 0 && inspected.j >= 0 ? (
              <>
                <strong lang="zh">
                  {first}
                  {second}
                </strong>{' '}
                at rank {k}: <output data-pair-value>{f ? fmt(inspected.value) : '…'}</output>;{' '}
                <span data-pair-dictionary>{dictionaryNote(words, inspected.i, inspected.j)}</span>.
              </>
            ) : (
              'Pick two characters from the matrix.'
            )}
          </p>
        </div>
      ) : null}

      {words ? (
        <div className={styles.tableBlock}>
          <div className={styles.tableHead}>
            <h4 className={styles.tableTitle}>
              {search ? `Unseen pairs with ${search}` : 'Unseen pairs with the highest reconstruction'} (rank{' '}
              {k})
            </h4>
            <CharInput
              label="Filter by character"
              value={search}
              onChange={(v) => setParam('search', v)}
              allowEmpty
              note={searchNote}
            />
          </div>
          {!search && top.pending ? (
            <ProgressBar label="Scanning unseen pairs" value={0} indeterminate thin />
          ) : null}
          {top.error ? (
            <p className={styles.error} role="alert">
              {top.error}
            </p>
          ) : null}
          <div className={styles.tableScroll} data-export>
            <table className={styles.table} data-new-words>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">pair</th>
                  <th scope="col">score</th>
                  <th scope="col" title="Kept words starting with the first character">
                    1st-char words
                  </th>
                  <th scope="col" title="Kept words ending with the second character">
                    2nd-char words
                  </th>
                  <th scope="col">in dictionary</th>
                </tr>
              </thead>
              <tbody>
                {(pairs ?? []).map((p, r) => {
                  const a = words.rows[p.i] as string;
                  const b = words.cols[p.j] as string;
                  const rare = hasStored(words.below, p.i, p.j);
                  return (
                    <tr key={`${p.i}-${p.j}`} data-pair={`${a}${b}`} data-score={p.score}>
                      <td>{r + 1}</td>
                      <td>
                        <button
                          type="button"
                          className={styles.pairButton}
                          lang="zh"
                          onClick={() => {
                            setParam('first', a);
                            setParam('second', b);
                          }}
                          aria-label={`Inspect ${a}${b}`}
                        >
                          {a}
                          {b}
                        </button>
                      </td>
                      <td className={styles.num}>{fmt(p.score)}</td>
                      <td className={styles.num}>{formatInteger(words.rowWords[p.i] as number)}</td>
                      <td className={styles.num}>{formatInteger(words.colWords[p.j] as number)}</td>
                      <td className={rare ? styles.rare : styles.muted}>
                        {rare ? `yes, count ${formatInteger(csrGet(words.below, p.i, p.j))}` : 'no'}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {pairs && pairs.length === 0 ? <p className={styles.muted}>No unseen pairs to list.</p> : null}
            {!pairs && f ? <p className={styles.muted}>Scanning…</p> : null}
          </div>
        </div>
      ) : null}
    </div>
  );
}

const emptyCsr: WordMatrix['below'] = {
  rows: 0,
  cols: 0,
  indptr: new Int32Array(1),
  indices: new Int32Array(0),
  values: new Float64Array(0),
};
