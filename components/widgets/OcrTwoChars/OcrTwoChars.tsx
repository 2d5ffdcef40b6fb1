'use client';

import { useMemo } from 'react';
import { Button, formatParam, ParamSlider } from '@/components/controls';
import { useDeferredWidgetParams } from '@/components/figure/afterPaint';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { useWidgetStoreApi } from '@/components/figure/store';
import { ImageProbSlider } from '@/components/views/ocr/ImageProbSlider';
import styles from '@/components/views/ocr/ocr.module.css';
import { PathTable } from '@/components/views/ocr/PathTable';
import { formatNumber } from '@/lib/format';
import {
  ALPHA_MAX,
  ALPHA_MIN,
  alphaFlips,
  analyseTwoChars,
  bigramModel,
  capColumn,
  FIRST_CANDIDATES,
  IMAGE_PROB_MIN,
  imageFlips,
  POST_V,
  postCounts,
  SECOND_CANDIDATES,
  smoothingOf,
} from '@/lib/viterbi';
import { DecisionStrip } from './DecisionStrip';
import own from './OcrTwoChars.module.css';
import { ocrTwoCharsParams } from './params';
import { TwoCharGraph } from './TwoCharGraph';

type P = ParamValues<typeof ocrTwoCharsParams>;

const fmtW = (x: number) => formatNumber(x, { digits: 5 });
const fmtF = (x: number) => formatNumber(x, { digits: 6 });
const sum = (ws: readonly number[]) => ws.reduce((s, w) => s + w, 0);
/** The α readout: the notch left of the log scale is the post's maximum-likelihood estimate. */
const alphaText = (a: number) => (a > 0 ? formatParam(ocrTwoCharsParams.alpha, a) : '0 (MLE)');
const REGIONS = [
  { name: 'w1', title: 'First region', tokens: FIRST_CANDIDATES },
  { name: 'w2', title: 'Second region', tokens: SECOND_CANDIDATES },
] as const;

/**
 * The post's two-character example, live: candidates 电/宙 and 柳/视/规 with the image model's probabilities,
 * the post's bigram counts (电 145001: 电视 12426, 电规 7; 宙 1980: 宙规 18) as MLE or add-α probabilities,
 * the six readings scored f = W(s₁)·P(s₂|s₁)·W(s₂), and the winner. Each image-probability slider sets one
 * candidate (log scale) while the rest of its column scales to keep the column's total; the strip under each
 * slider shows, from lib, where along its range the winning reading changes.
 */
export default function OcrTwoChars() {
  // Everything drawn follows a change in a deferred render (the strips scan each slider's whole range), so
  // the slider that changed is painted first; the sliders and the region sums read the live values.
  const [params, live] = useDeferredWidgetParams<P>();
  const store = useWidgetStoreApi<P>();
  const { alpha } = params;
  const c1 = useMemo(() => capColumn(params.w1), [params.w1]);
  const c2 = useMemo(() => capColumn(params.w2), [params.w2]);
  const liveW1 = useMemo(() => capColumn(live.w1).w, [live.w1]);
  const liveW2 = useMemo(() => capColumn(live.w2).w, [live.w2]);
  const w1 = c1.w;
  const w2 = c2.w;
  const counts = useMemo(() => postCounts(), []);
  const model = useMemo(() => bigramModel(counts, smoothingOf(alpha)), [counts, alpha]);
  const analysis = useMemo(() => analyseTwoChars(w1, w2, model), [w1, w2, model]);
  const flips = useMemo(
    () => [
      FIRST_CANDIDATES.map((_, i) => imageFlips(w1, w2, model, 0, i)),
      SECOND_CANDIDATES.map((_, j) => imageFlips(w1, w2, model, 1, j)),
    ],
    [w1, w2, model],
  );
  const aFlips = useMemo(() => alphaFlips(w1, w2, counts), [w1, w2, counts]);
  const mleWinner = useMemo(
    () => analyseTwoChars(w1, w2, bigramModel(counts, smoothingOf(0))).best.reading,
    [w1, w2, counts],
  );

  useExportData(() => ({
    name: `ocr-two-chars-alpha${alpha}`,
    rows: analysis.paths.map((p) => [p.w1, p.p, p.w2, p.score, p.logScore]),
    rowLabels: analysis.paths.map((p) => p.reading),
    colLabels: ['W(s1)', 'P(s2|s1)', 'W(s2)', 'f', 'log f'],
    meta: { w1, w2, alpha, V: POST_V, best: analysis.best.reading, imageOnly: analysis.imageOnly },
  }));

  const columns = [w1, w2];
  const liveColumns = [liveW1, liveW2];
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

      <div className={own.pair}>
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
        {REGIONS.map((region, c) => (
          <fieldset key={region.name} className={own.fieldset}>
            <legend>
              {region.title} (sum {fmtW(sum(liveColumns[c]))})
            </legend>
            {region.tokens.map((token, i) => (
              <div key={token}>
                <ImageProbSlider name={region.name} column={liveColumns[c]} index={i} token={token} />
                <DecisionStrip
                  segments={flips[c][i]}
                  value={Math.max(IMAGE_PROB_MIN, columns[c][i])}
                  lo={IMAGE_PROB_MIN}
                  hi={Math.max(sum(columns[c]), IMAGE_PROB_MIN)}
                  name={`W(${token})`}
                  testId={`flips-${token}`}
                />
              </div>
            ))}
          </fieldset>
        ))}
        <fieldset className={own.fieldset}>
          <legend>Language model</legend>
          <ParamSlider name="alpha" format={alphaText} />
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
