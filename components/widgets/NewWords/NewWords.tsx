'use client';

import { type ChangeEvent, useCallback, useId, useMemo, useState } from 'react';
import { Button, Field, ParamSelect, ParamSlider, ProgressBar, useParamSpec } from '@/components/controls';
import controlStyles from '@/components/controls/controls.module.css';
import { cx } from '@/components/controls/util';
import { useDeferredWidgetParams } from '@/components/figure/afterPaint';
import { AssetStatus, createAssetLoader, useAsset } from '@/components/figure/asset';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { useParam, useWidgetStoreApi } from '@/components/figure/store';
import { runTask, useTask } from '@/components/figure/worker';
import { Spectrum } from '@/components/views/svd/Spectrum';
import { formatInteger, formatNumber } from '@/lib/format';
import type { Svd } from '@/lib/linalg/svd';
import {
  csrGet,
  csrHas,
  NEW_WORDS_PATH,
  reconstructEntry,
  type ScoredPair,
  type WordMatrix,
  weightCounts,
} from '@/lib/words';
import { charError, checkChar } from './chars';
import styles from './NewWords.module.css';
import { NEW_WORDS_LIMIT, NEW_WORDS_MAX_RANK, NEW_WORDS_SEED, type newWordsParams } from './params';

type P = ParamValues<typeof newWordsParams>;

// Fetched and decoded in the worker: the page only receives the decoded arrays.
const loadAsset = createAssetLoader(() => runTask('new-words-asset', { url: NEW_WORDS_PATH }));

const fmt = (v: number, digits = 4) => formatNumber(v, { digits });

/** A text box for one Chinese character bound to a string parameter: it changes only when the text is valid. */
function CharInput({
  name,
  allowEmpty = false,
  note,
}: {
  name: 'first' | 'second' | 'search';
  allowEmpty?: boolean;
  note?: string | null;
}) {
  const id = useId();
  const { label } = useParamSpec(name, ['string']);
  const [value, setValue] = useParam<P, typeof name>(name);
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? value;
  const error = charError(shown, allowEmpty);
  const onInput = (e: ChangeEvent<HTMLInputElement>) => {
    const text = e.target.value;
    setDraft(text);
    const ok = checkChar(text, allowEmpty);
    if (ok !== null) {
      setValue(ok);
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

function dictionaryNote(words: WordMatrix, i: number, j: number): string {
  const kept = csrGet(words.seen, i, j);
  if (kept > 0) return `a word in the matrix (count ${formatInteger(kept)})`;
  if (csrHas(words.below, i, j)) {
    return `in the dictionary below the threshold (count ${formatInteger(csrGet(words.below, i, j))} < ${formatInteger(words.threshold)})`;
  }
  return 'not in the dictionary';
}

/**
 * New words from a low-rank dictionary: the first × second character matrix of jieba's two-character words,
 * its truncated SVD (once per weighting, in the worker), and the unseen pairs its rank-k reconstruction scores
 * highest, with any pair's reconstruction and dictionary status on request.
 */
export default function NewWords() {
  // Everything below the controls follows a change in a deferred render (the weighting, the spectrum, the
  // table), so the control that changed is painted first; the controls read the live parameters themselves.
  const [params, , setParam] = useDeferredWidgetParams<P>();
  const store = useWidgetStoreApi<P>();
  const { k, weighting, search, first, second } = params;

  const { asset, retry } = useAsset(loadAsset);
  const words = asset.status === 'ready' ? asset.value : null;

  const M = useMemo(() => (words ? weightCounts(words.seen, weighting) : null), [words, weighting]);

  // The SVD: once per weighting, in the worker, with progress and a Cancel button.
  const [cancelled, setCancelled] = useState<P['weighting'] | null>(null);
  const stopped = cancelled === weighting;
  const svdJob = useTask(
    'new-words-svd',
    M && !stopped ? { M, k: NEW_WORDS_MAX_RANK, seed: NEW_WORDS_SEED, tag: weighting } : null,
  );
  // The last finished SVD stays on screen (its spectrum dimmed) while another weighting's is computed.
  const svdLast = svdJob.data;
  const svdDone = svdLast && svdLast.tag === weighting ? svdLast : null;
  const f = useMemo<Svd | null>(
    () => (svdDone ? { U: svdDone.U, S: svdDone.S, V: svdDone.V } : null),
    [svdDone],
  );
  const svdStatus = !M
    ? 'idle'
    : stopped
      ? 'cancelled'
      : svdJob.error
        ? 'error'
        : svdDone
          ? 'done'
          : 'running';

  const searchIndex = useMemo(() => {
    if (!words || !search) return null;
    return { row: words.rows.indexOf(search), col: words.cols.indexOf(search) };
  }, [words, search]);
  // A searched character that is neither a first nor a second character: nothing to scan.
  const missing = searchIndex !== null && searchIndex.row < 0 && searchIndex.col < 0;
  const row = searchIndex && searchIndex.row >= 0 ? searchIndex.row : undefined;
  const col = searchIndex && searchIndex.col >= 0 ? searchIndex.col : undefined;

  // The listed pairs and the errors at rank k (O(m·n·k) over all cells, or one row and column for a search),
  // in the worker; the latest input wins, and the last result stays on screen, marked stale, until it lands.
  const top = useTask(
    'new-words-top',
    f && M && !missing ? { f, seen: M, k, limit: NEW_WORDS_LIMIT, tag: weighting, row, col } : null,
  );
  const scan = top.data;
  const scanCurrent =
    scan !== null && scan.tag === weighting && scan.k === k && scan.row === row && scan.col === col;
  const pairs: readonly ScoredPair[] | null = missing ? [] : (scan?.pairs ?? null);
  const errors = scan?.errors ?? null;
  const stale = !missing && scan !== null && !scanCurrent;

  const inspected = useMemo(() => {
    if (!words) return null;
    const i = words.rows.indexOf(first);
    const j = words.cols.indexOf(second);
    return { i, j, value: f && i >= 0 && j >= 0 ? reconstructEntry(f, k, i, j) : Number.NaN };
  }, [words, f, k, first, second]);

  const inDictionary = useMemo(
    () => (words && pairs ? pairs.filter((p) => csrHas(words.below, p.i, p.j)).length : 0),
    [words, pairs],
  );

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
            csrHas(words.below, p.i, p.j) ? csrGet(words.below, p.i, p.j) : -1,
          ]),
          meta: { k, weighting, search, threshold: words.threshold, source: words.source },
        }
      : null,
  );

  // The listed pairs' rows, rebuilt only when the list changes (a render for a control alone skips them).
  const tableBody = useMemo(
    () =>
      words ? (
        <tbody>
          {(pairs ?? []).map((p, r) => {
            const a = words.rows[p.i] as string;
            const b = words.cols[p.j] as string;
            const rare = csrHas(words.below, p.i, p.j);
            return (
              <tr key={`${p.i}-${p.j}`} data-pair={`${a}${b}`} data-score={p.score}>
                <td>{r + 1}</td>
                <td>
                  <button
                    type="button"
                    className={styles.pairButton}
                    lang="zh"
                    onClick={() => store.getState().setParams({ first: a, second: b })}
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
      ) : null,
    [words, pairs, store],
  );
  const pickK = useCallback((v: number) => setParam('k', v), [setParam]);

  const searchNote =
    words && search && searchIndex && searchIndex.row < 0 && searchIndex.col < 0
      ? `${search} is not among the ${formatInteger(words.rows.length)} first or ${formatInteger(words.cols.length)} second characters kept.`
      : null;
  const firstNote =
    words && inspected && inspected.i < 0 ? `${first} is not among the first characters kept.` : null;
  const secondNote =
    words && inspected && inspected.j < 0 ? `${second} is not among the second characters kept.` : null;

  return (
    <div className={styles.widget}>
      <div className={styles.controls}>
        <ParamSlider name="k" />
        <ParamSelect name="weighting" />
      </div>

      <AssetStatus asset={asset} retry={retry} what="the word matrix" url={NEW_WORDS_PATH} />

      {words ? (
        <p className={styles.source}>
          {formatInteger(words.rows.length)} first × {formatInteger(words.cols.length)} second characters:{' '}
          {formatInteger(words.seen.values.length)} of the{' '}
          {formatInteger(words.stats.aboveThreshold ?? Number.NaN)} two-character words with count ≥{' '}
          {formatInteger(words.threshold)} in jieba’s <code>dict.txt</code> ({words.source.package}{' '}
          {words.source.version}, {words.source.license} licence).
        </p>
      ) : null}

      {svdStatus === 'running' ? (
        <div className={styles.status} data-status="svd">
          <ProgressBar label={`Truncated SVD, rank ${NEW_WORDS_MAX_RANK}`} value={svdJob.progress} />
          <Button size="sm" onClick={() => setCancelled(weighting)}>
            Cancel
          </Button>
        </div>
      ) : null}
      {svdStatus === 'cancelled' ? (
        <div className={styles.status} data-status="cancelled">
          <span>SVD cancelled.</span>
          <Button size="sm" onClick={() => setCancelled(null)}>
            Compute
          </Button>
        </div>
      ) : null}
      {svdStatus === 'error' ? (
        <p className={styles.error} role="alert">
          The SVD failed: {svdJob.error}
        </p>
      ) : null}

      {errors ? (
        <div
          className={cx(styles.facts, stale && 'result-stale')}
          data-facts
          data-stale={stale ? '' : undefined}
        >
          <div>
            <span className={styles.factLabel}>RMS error on the words</span>
            <output data-seen-rms>{fmt(errors.seenRms)}</output>
          </div>
          <div>
            <span className={styles.factLabel}>‖M − M_k‖_F / ‖M‖_F</span>
            <output data-rel-error>{fmt(errors.relative)}</output>
          </div>
          <div>
            <span className={styles.factLabel}>energy kept: Σ σᵢ² (i ≤ k) / ‖M‖²_F</span>
            <output data-energy>{formatNumber(errors.energyKept, { style: 'percent', digits: 3 })}</output>
          </div>
          <div>
            <span className={styles.factLabel}>Listed pairs in the dictionary below {words?.threshold}</span>
            <output data-in-dictionary>
              {pairs ? `${formatInteger(inDictionary)} / ${formatInteger(pairs.length)}` : '—'}
            </output>
          </div>
        </div>
      ) : null}

      {svdLast ? (
        <Spectrum
          S={svdLast.S}
          k={k}
          height={150}
          onPick={pickK}
          label={`Singular values σ₁ to σ${svdLast.S.length}; the first ${k} are kept`}
          testId="spectrum"
        />
      ) : null}

      {words ? (
        <div className={styles.inspect}>
          <CharInput name="first" note={firstNote} />
          <CharInput name="second" note={secondNote} />
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
            <CharInput name="search" allowEmpty note={searchNote} />
          </div>
          {top.error ? (
            <p className={styles.error} role="alert">
              {top.error}
            </p>
          ) : null}
          <div
            className={cx(styles.tableScroll, stale && 'result-stale')}
            data-export
            data-stale={stale ? '' : undefined}
          >
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
              {tableBody}
            </table>
            {pairs && pairs.length === 0 ? <p className={styles.muted}>No unseen pairs to list.</p> : null}
            {!pairs && svdLast ? <p className={styles.muted}>Scanning…</p> : null}
          </div>
        </div>
      ) : null}
    </div>
  );
}
