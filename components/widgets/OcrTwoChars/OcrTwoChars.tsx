'use client';

import { useMemo } from 'react';
import { Button, Slider } from '@/components/controls';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { useWidgetParams, useWidgetStoreApi } from '@/components/figure/store';
import { DecisionStrip } from '@/components/views/ocr/DecisionStrip';
import styles from '@/components/views/ocr/ocrLattice.module.css';
import { PathTable } from '@/components/views/ocr/PathTable';
import { TwoCharGraph } from '@/components/views/ocr/TwoCharGraph';
import { formatNumber } from '@/lib/format';
import {
  ALPHA_MAX,
  ALPHA_MIN,
  alphaFlips,
  analyseTwoChars,
  bigramModel,
  FIRST_CANDIDATES,
  IMAGE_PROB_MIN,
  imageFlips,
  POST_V,
  postCounts,
  rescaleColumn,
  SECOND_CANDIDATES,
  smoothingOf,
} from '@/lib/viterbi';
import { type ocrTwoCharsParams, W_DIGITS } from './params';

type P = ParamValues<typeof ocrTwoCharsParams>;

const fmtW = (x: number) => formatNumber(x, { digits: 5 });
const fmtF = (x: number) => formatNumber(x, { digits: 6 });
/** Slider stops: log₁₀ W in steps of 0.01, log₁₀ α in steps of 0.05; the α slider's leftmost stop is α = 0. */
const W_STEP = 0.01;
const A_STEP = 0.05;
const A_LO = Math.log10(ALPHA_MIN) - A_STEP;
const roundTo = (x: number, digits: number) => Number(x.toFixed(digits));

/** A column as given, or scaled to sum 1 when it sums to more (so W stays a probability); and whether it was. */
function columnOf(ws: readonly number[]): { w: number[]; scaled: boolean } {
  const total = ws.reduce((s, w) => s + w, 0);
  return total > 1 ? { w: ws.map((w) => w / total), scaled: true } : { w: [...ws], scaled: false };
}

/**
 * The post's two-character example, live: candidates 电/宙 and 柳/视/规 with the image model's probabilities,
 * the post's bigram counts (电 145001: 电视 12426, 电规 7; 宙 1980: 宙规 18) as MLE or add-α probabilities,
 * the six readings scored f = W(s₁)·P(s₂|s₁)·W(s₂), and the winner. Each image-probability slider sets one
 * candidate (log scale) while the rest of its column scales to keep the column's total; the strip under each
 * slider shows, from lib, where along its range the winning reading changes.
 */
export default function OcrTwoChars() {
  const [params, setParam] = useWidgetParams<P>();
  const store = useWidgetStoreApi<P>();
  const { alpha } = params;
  const c1 = useMemo(() => columnOf(params.w1), [params.w1]);
  const c2 = useMemo(() => columnOf(params.w2), [params.w2]);
  const w1 = c1.w;
  const w2 = c2.w;
  const counts = useMemo(() => postCounts(), []);
  const model = useMemo(() => bigramModel(counts, smoothingOf(alpha)), [counts, alpha]);
  const analysis = useMemo(() => analyseTwoChars(w1, w2, model), [w1, w2, model]);
  const flips = useMemo(
    () => ({
      w1: FIRST_CANDIDATES.map((_, i) => imageFlips(w1, w2, model, 0, i)),
      w2: SECOND_CANDIDATES.map((_, j) => imageFlips(w1, w2, model, 1, j)),
    }),
    [w1, w2, model],
  );
  const aFlips = useMemo(() => alphaFlips(w1, w2, counts), [w1, w2, counts]);
  const mleWinner = useMemo(
    () => analyseTwoChars(w1, w2, bigramModel(counts, { kind: 'mle' })).best.reading,
    [w1, w2, counts],
  );

  const setW = (column: 0 | 1, index: number, logW: number) => {
    const col = column === 0 ? w1 : w2;
    const v = logW <= Math.log10(IMAGE_PROB_MIN) + 1e-9 ? IMAGE_PROB_MIN : 10 ** logW;
    const next = rescaleColumn(col, index, v).map((w) => roundTo(w, W_DIGITS));
    setParam(column === 0 ? 'w1' : 'w2', next);
  };
  const setAlpha = (v: number) => setParam('alpha', v <= A_LO + 1e-9 ? 0 : Number((10 ** v).toPrecision(4)));

  useExportData(() => ({
    name: `ocr-two-chars-alpha${alpha}`,
    rows: analysis.paths.map((p) => [p.w1, p.p, p.w2, p.score, p.logScore]),
    rowLabels: analysis.paths.map((p) => p.reading),
    colLabels: ['W(s1)', 'P(s2|s1)', 'W(s2)', 'f', 'log f'],
    meta: { w1, w2, alpha, V: POST_V, best: analysis.best.reading, imageOnly: analysis.imageOnly },
  }));

  const wSlider = (column: 0 | 1, index: number) => {
    const token = column === 0 ? FIRST_CANDIDATES[index] : SECOND_CANDIDATES[index];
    const col = column === 0 ? w1 : w2;
    const total = col.reduce((s, w) => s + w, 0);
    const w = col[index];
    const lo = Math.log10(IMAGE_PROB_MIN);
    const hi = Math.max(lo, Math.log10(Math.max(total, IMAGE_PROB_MIN)));
    const segs = column === 0 ? flips.w1[index] : flips.w2[index];
    return (
      <div key={`${column}-${index}`}>
        <Slider
          label={`W(${token})`}
          value={Math.min(hi, Math.max(lo, Math.log10(w)))}
          min={lo}
          max={hi}
          step={W_STEP}
          format={() => fmtW(w)}
          onChange={(v) => setW(column, index, v)}
        />
        <DecisionStrip
          segments={segs}
          value={Math.max(IMAGE_PROB_MIN, w)}
          lo={IMAGE_PROB_MIN}
          hi={Math.max(total, IMAGE_PROB_MIN)}
          name={`W(${token})`}
          testId={`flips-${token}`}
        />
      </div>
    );
  };

  const { best } = analysis;
  return (
    <div className={styles.widget}>
      <p
        className={styles.verdict}
        data-testid="verdict"
        data-best={best.reading}
        data-score={best.score}
        data-w1={JSON.stringify(w1)}
        data-w2={JSON.stringify(w2)}
        data-alpha={alpha}
      >
        Best reading <strong>{best.reading}</strong>, f = {fmtF(best.score)}.{' '}
        <span data-testid="image-only" data-reading={analysis.imageOnly}>
          The image model alone reads <strong>{analysis.imageOnly}</strong>
          {analysis.imageOnly === best.reading ? ' too.' : '; the language model overrules it.'}
        </span>
      </p>

      <div className={styles.pair}>
        <div>
          <p className={styles.panelTitle}>
            Candidates W(s) and transitions P(s₂|s₁) (
            {alpha > 0 ? `add-α, α = ${formatNumber(alpha)}` : 'MLE'})
          </p>
          <TwoCharGraph analysis={analysis} w1={w1} w2={w2} testId="graph" exportView />
          <p className={styles.hint}>
            Edge width ∝ √P; dashed: P = 0, a reading the counts never saw. Hover an edge for its value.
          </p>
        </div>
        <PathTable
          caption="All six readings, f = W(s₁)·P(s₂|s₁)·W(s₂)"
          paths={analysis.paths}
          best={best.reading}
          testId="paths"
        />
      </div>

      <div className={styles.controls}>
        <fieldset className={styles.fieldset}>
          <legend>First region (sum {fmtW(w1.reduce((s, w) => s + w, 0))})</legend>
          {FIRST_CANDIDATES.map((_, i) => wSlider(0, i))}
        </fieldset>
        <fieldset className={styles.fieldset}>
          <legend>Second region (sum {fmtW(w2.reduce((s, w) => s + w, 0))})</legend>
          {SECOND_CANDIDATES.map((_, j) => wSlider(1, j))}
        </fieldset>
        <fieldset className={styles.fieldset}>
          <legend>Language model</legend>
          <Slider
            label="Smoothing α"
            value={
              alpha > 0 ? Math.min(Math.log10(ALPHA_MAX), Math.max(A_LO + A_STEP, Math.log10(alpha))) : A_LO
            }
            min={A_LO}
            max={Math.log10(ALPHA_MAX)}
            step={A_STEP}
            format={() => (alpha > 0 ? formatNumber(alpha, { digits: 4 }) : '0 (MLE)')}
            onChange={setAlpha}
          />
          <DecisionStrip
            segments={aFlips}
            value={Math.max(ALPHA_MIN, alpha)}
            lo={ALPHA_MIN}
            hi={ALPHA_MAX}
            name="α"
            testId="flips-alpha"
          />
          <p className={styles.hint}>
            α = 0 (the post’s estimate): {mleWinner}. P(b|a) = (c(ab) + α)/(c(a) + α·{POST_V}): a large α
            pulls every row towards 1/{POST_V}, and 宙’s row (1980 counts) flattens long before 电’s (145001).
          </p>
          <Button size="sm" onClick={() => store.getState().reset()}>
            The post’s numbers
          </Button>
        </fieldset>
      </div>
      {c1.scaled || c2.scaled ? (
        <p className={styles.error} role="status">
          A column of image probabilities summed to more than 1; it is scaled to sum 1.
        </p>
      ) : null}
      <p className={styles.hint}>
        Each slider sets one candidate’s W on a log scale; the other candidates of its region scale so the
        region keeps its total (the post’s second region sums to 0.99998: the rest belongs to candidates it
        dropped). The strip under a slider shows which reading wins over its whole range.
      </p>
    </div>
  );
}
