'use client';

import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button, ParamSeed, ParamSelect, ParamSlider, Slider, useParamSpec } from '@/components/controls';
import { cx } from '@/components/controls/util';
import { useAfterPaint, useDeferredWidgetParams } from '@/components/figure/afterPaint';
import { useExportData } from '@/components/figure/exports';
import { ParamNotice } from '@/components/figure/Notice';
import type { ParamValues } from '@/components/figure/schema';
import { useWidgetStore, useWidgetStoreApi } from '@/components/figure/store';
import {
  AxisX,
  AxisY,
  BarX,
  type ColorScale,
  Dot,
  Frame,
  Heatmap,
  Line,
  Plot,
  Readout,
  RuleX,
  RuleY,
  TextMark,
  useElementWidth,
  usePlotTheme,
} from '@/components/plot';
import { formatInteger, formatNumber } from '@/lib/format';
import { type Matrix, maxAbs, sub } from '@/lib/linalg';
import {
  bestMonarchBlocks,
  blockDiagonalMatrix,
  butterflyFactorMatrix,
  butterflyMatrix,
  butterflyParameterCount,
  butterflyToGeneralMonarch,
  countNonzeros,
  generalMonarchMatrix,
  hadamardButterfly,
  monarchNonzeros,
  nearestDivisor,
  permutationMatrix,
  randomButterfly,
  randomGeneralMonarch,
  stridePermutation,
} from '@/lib/monarch';
import { createRng } from '@/lib/random';
import { patternColor } from './draw';
import styles from './MonarchBlocks.module.css';
import type { monarchBlocksParams } from './params';
import { isPowerOfTwo, nearestPowerOfTwo, resolveBlocks } from './resolve';

type P = ParamValues<typeof monarchBlocksParams>;

/** Patterns of up to this many cells are SVG (with a gap between cells); larger ones one canvas each. */
const SVG_MAX_CELLS = 144;
/** Width of an operator (·, =) between two patterns, in pixels. */
const OP_W = 16;
/** A pattern's side: between these, as many in a row as fit. */
const PANEL_MIN = 80;
const PANEL_MAX = 170;

const fmtInt = (v: number) => formatInteger(v);
const fmtDiff = (v: number) => formatNumber(v, { digits: 2 });
const fmt3 = (v: number) => formatNumber(v, { digits: 3 });
/** 2n√n: an integer when n is a square (1,024 at n = 64), so enough digits to show it whole. */
const fmtBound = (v: number) => formatNumber(v, { digits: 6 });

/**
 * The side of each of `count` square patterns in rows of `width` pixels, each after its operator (·, =): as few
 * rows as keep each at least PANEL_MIN wide (ceil(count / rows) a row, so the rows stay even), at most
 * PANEL_MAX. A wrapped row starts with an operator, so every panel is given one.
 */
function panelSide(width: number, count: number): number {
  if (width <= 0) return PANEL_MIN;
  for (let rows = 1; rows <= count; rows++) {
    const perRow = Math.ceil(count / rows);
    const side = Math.floor(width / perRow) - OP_W;
    if (side >= PANEL_MIN) return Math.min(PANEL_MAX, side);
  }
  return Math.max(1, Math.min(PANEL_MIN, width - OP_W));
}

/** "4 blocks of 2×2". */
const blocksText = (count: number, side: number) =>
  `${count} block${count === 1 ? '' : 's'} of ${side}×${side}`;

interface PanelSpec {
  key: string;
  title: string;
  sub: string;
  A: Matrix;
  nonzeros: number;
  tag?: string;
}

/** One matrix's sparsity pattern: zeros quiet, non-zeros coloured by sign; its name and non-zero count below. */
const Pattern = memo(function Pattern({
  spec,
  side,
  color,
}: {
  spec: PanelSpec;
  side: number;
  color: ColorScale;
}) {
  const { A, title, sub: subtitle, nonzeros, tag } = spec;
  const n = A.rows;
  return (
    <figure className={styles.pattern} data-testid={`pattern-${spec.key}`} data-nonzeros={nonzeros}>
      <Plot
        label={`${title}: ${n}×${n}, ${formatInteger(nonzeros)} non-zero entries`}
        x={{ domain: [0, n] }}
        y={{ domain: [n, 0] }}
        width={side}
        height={side}
        margin={{ top: 1, right: 1, bottom: 1, left: 1 }}
      >
        <Heatmap values={A.data} rows={n} cols={A.cols} color={color} svgLimit={SVG_MAX_CELLS} />
        <Frame />
      </Plot>
      <figcaption style={{ width: side }}>
        <span className={styles.name}>
          {title}
          {tag ? <span className={styles.tag}> {tag}</span> : null}
        </span>
        <span className={styles.sub}>{subtitle}</span>
        <span className={styles.sub}>{formatInteger(nonzeros)} non-zeros</span>
      </figcaption>
    </figure>
  );
});

/** Patterns joined by operators: `ops[k]` stands between panel k and k + 1. */
function PatternRow({
  panels,
  ops,
  side,
  color,
  label,
}: {
  panels: readonly PanelSpec[];
  ops: readonly string[];
  side: number;
  color: ColorScale;
  label: string;
}) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of figures, named for screen readers.
    <div className={styles.row} role="group" aria-label={label}>
      {panels.map((p, k) => (
        // Each panel keeps the operator before it, so a row never ends with one.
        <div key={p.key} className={styles.unit}>
          {k > 0 ? (
            <span className={styles.op} style={{ height: side }} aria-hidden="true">
              {ops[k - 1]}
            </span>
          ) : null}
          <Pattern spec={p} side={side} color={color} />
        </div>
      ))}
    </div>
  );
}

interface CountPoint {
  b: number;
  count: number;
}

const countAttrs = (d: CountPoint) => ({ 'data-b': d.b, 'data-count': d.count });
const currentAttrs = (d: CountPoint) => ({
  'data-testid': 'current-b',
  'data-b': d.b,
  'data-count': d.count,
});

/** n²/b + nb at each divisor b of n (log x), the current b and the best divisors marked, √n and 2n^1.5 ruled. */
const CountPlot = memo(function CountPlot({
  n,
  b,
  choices,
  onPick,
}: {
  n: number;
  b: number;
  choices: readonly number[];
  onPick: (b: number) => void;
}) {
  const best = useMemo(() => bestMonarchBlocks(n), [n]);
  const points = useMemo(
    () => choices.map((d): CountPoint => ({ b: d, count: monarchNonzeros(d, n) })),
    [choices, n],
  );
  const bestPoints = useMemo(() => points.filter((p) => best.best.includes(p.b)), [points, best]);
  const current = useMemo(() => points.filter((p) => p.b === b), [points, b]);
  const dense = n * n;
  const top = Math.max(dense, ...points.map((p) => p.count));
  const ticks = choices.length <= 8 ? choices : [1, ...best.best, n];
  return (
    <Plot
      label={`Non-zeros of L and R, n²/b + nb, against b for the ${choices.length} divisors of n = ${n}: ${formatInteger(monarchNonzeros(b, n))} at b = ${b}; smallest ${formatInteger(best.nonzeros)} at b = ${best.best.join(' and ')}; the bound 2n√n = ${fmtBound(best.bound)} at b = √n = ${fmt3(best.sqrt)}.`}
      x={{ type: 'log', domain: [1 / PAD, n * PAD] }}
      y={{ domain: [0, top], nice: true }}
      aspect={1.7}
      minHeight={200}
      maxHeight={300}
      exportView
      testId="count-plot"
      className={styles.pickable}
      onClick={(pt) => {
        if (typeof pt.x === 'number') onPick(nearestDivisor(pt.x, n));
      }}
    >
      <AxisX label="block size b (log scale)" tickValues={ticks} tickFormat={(v) => String(v)} grid />
      <AxisY label="non-zeros of L and R" tickFormat={(v) => formatInteger(Number(v))} grid />
      <Frame />
      <RuleY values={[dense]} label={`dense n² = ${formatInteger(dense)}`} stroke="var(--fg-muted)" />
      <RuleY
        values={[best.bound]}
        label={`2n√n = ${fmtBound(best.bound)}`}
        stroke="var(--ok)"
        testId="bound-rule"
      />
      <RuleX values={[best.sqrt]} label={`√n = ${fmt3(best.sqrt)}`} stroke="var(--ok)" />
      <Line data={points} x="b" y="count" stroke="var(--accent)" strokeWidth={1.8} />
      <Dot data={points} x="b" y="count" r={3.5} fill="var(--accent)" attrs={countAttrs} />
      <Dot data={bestPoints} x="b" y="count" r={7} fill="none" stroke="var(--ok)" strokeWidth={2} />
      <Dot
        data={current}
        x="b"
        y="count"
        r={6}
        fill="var(--warn)"
        stroke="var(--fg)"
        strokeWidth={1.5}
        attrs={currentAttrs}
      />
    </Plot>
  );
});

/** The count plot's x axis runs this factor beyond 1 and n, so the end points clear the frame. */
const PAD = 1.25;

interface Budget {
  name: string;
  count: number;
  kind: string;
}

const budgetClass = (d: Budget) => styles[d.kind];
const budgetText = (d: Budget) => formatInteger(d.count);
const budgetAttrs = (d: Budget) => ({ 'data-kind': d.kind, 'data-count': d.count });

/** Parameter counts side by side: the butterfly, M^(b,n) at this b, the fewest any b gives, dense. */
const BudgetBars = memo(function BudgetBars({ rows }: { rows: readonly Budget[] }) {
  const top = Math.max(...rows.map((r) => r.count));
  const names = useMemo(() => rows.map((r) => r.name), [rows]);
  const y = useMemo(
    () => ({ type: 'band' as const, domain: rows.map((r) => r.name), padding: 0.25 }),
    [rows],
  );
  return (
    <Plot
      label={`Parameters: ${rows.map((r) => `${r.name} ${formatInteger(r.count)}`).join('; ')}`}
      x={{ domain: [0, top * 1.18] }}
      y={y}
      height={32 + rows.length * 30}
      margin={{ left: 118, right: 12 }}
      testId="budget"
    >
      <AxisX
        label="parameters (entries that can be non-zero)"
        ticks={4}
        tickFormat={(v) => formatInteger(Number(v))}
        grid
      />
      <AxisY tickValues={names} />
      <BarX data={rows} x="count" y="name" classOf={budgetClass} attrs={budgetAttrs} />
      <TextMark data={rows} x="count" y="name" text={budgetText} dx={4} anchor="start" />
    </Plot>
  );
});

/** Writes `text` with the exact value in data-value, for tests. */
function value(testId: string, text: string, data: number) {
  return (
    <span data-testid={testId} data-value={data}>
      {text}
    </span>
  );
}

/**
 * M⁽ᵇ'ⁿ⁾ = P₍b,n₎·L·P₍n/b,n₎·R: the reader picks n and a divisor b and sees the four factors' patterns and the
 * (dense) product, the count n²/b + nb against b with its minimum near √n, and a butterfly of the same n
 * written as a member of the family at the same b.
 */
export default function MonarchBlocks() {
  const [params, live, setParam] = useDeferredWidgetParams<P>();
  const store = useWidgetStoreApi<P>();
  const bSpec = useParamSpec('b', ['int']);
  const theme = usePlotTheme();
  const boxRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(boxRef);
  // The b the reader last chose: when n changes b moves to the divisor nearest it, and comes back to it when
  // n allows it again.
  const [wish, setWish] = useState<number | null>(null);
  const [dismissed, setDismissed] = useState('');
  const generation = useWidgetStore<P, number>((s) => s.generation);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each reset of the store.
  useEffect(() => setWish(null), [generation]);

  const { n, seed } = params;
  const shown = useMemo(() => resolveBlocks(n, params.b), [n, params.b]);
  const controls = useMemo(() => resolveBlocks(live.n, live.b), [live.n, live.b]);
  const b = shown.b;
  const side = n / b;

  const factors = useMemo(() => {
    const { L, R } = randomGeneralMonarch(b, n, createRng(`monarch-blocks-${seed}`));
    const M = generalMonarchMatrix(b, n, L, R);
    return { L, R, M, nonzerosM: countNonzeros(M) };
  }, [b, n, seed]);
  const best = useMemo(() => bestMonarchBlocks(n), [n]);
  // The permutations depend on b and n alone: a new seed keeps them, so their panels are not repainted.
  const pb = useMemo(() => permutationMatrix(stridePermutation(b, n)), [b, n]);
  const pnb = useMemo(() => permutationMatrix(stridePermutation(side, n)), [side, n]);
  const monarchPanels = useMemo((): PanelSpec[] => {
    return [
      { key: 'pb', title: `P(${b},${n})`, sub: `stride ${b}`, A: pb, nonzeros: n },
      {
        key: 'l',
        title: 'L',
        sub: blocksText(b, side),
        A: blockDiagonalMatrix(b, side, factors.L),
        nonzeros: factors.L.length,
      },
      { key: 'pnb', title: `P(${side},${n})`, sub: `stride ${side}`, A: pnb, nonzeros: n },
      {
        key: 'r',
        title: 'R',
        sub: blocksText(side, b),
        A: blockDiagonalMatrix(side, b, factors.R),
        nonzeros: factors.R.length,
      },
      { key: 'm', title: 'M', sub: `${n}×${n} product`, A: factors.M, nonzeros: factors.nonzerosM },
    ];
  }, [b, n, side, factors, pb, pnb]);

  // The butterfly section follows one frame after the factors (its rows of L′, R′ one more), so no single
  // commit mounts and paints all fifteen 64×64 patterns at the largest n.
  const later = useAfterPaint(params);
  const bfShown = useMemo(() => resolveBlocks(later.n, later.b), [later.n, later.b]);
  const bf = useMemo(() => {
    const { n, seed, butterfly } = later;
    const { b } = bfShown;
    const side = n / b;
    if (!isPowerOfTwo(n)) return null;
    const best = bestMonarchBlocks(n);
    const list =
      butterfly === 'hadamard' ? hadamardButterfly(n) : randomButterfly(n, createRng(`butterfly-${seed}`));
    const B = butterflyMatrix(list);
    const split = butterflyToGeneralMonarch(list, b);
    const asMonarch = generalMonarchMatrix(b, n, split.L, split.R);
    const panels = list
      .map((f, s): PanelSpec => {
        const A = butterflyFactorMatrix(f);
        return {
          key: `f${s}`,
          title: `B${s + 1}`,
          sub: `i ↔ i ⊕ ${f.half}`,
          A,
          nonzeros: countNonzeros(A),
          tag: f.half < b ? '→ R′' : '→ L′',
        };
      })
      .reverse();
    panels.push({ key: 'bm', title: 'B', sub: 'the product', A: B, nonzeros: countNonzeros(B) });
    const L = blockDiagonalMatrix(b, side, split.L);
    const R = blockDiagonalMatrix(side, b, split.R);
    const asPanels: PanelSpec[] = [
      { key: 'bl', title: 'L′', sub: blocksText(b, side), A: L, nonzeros: countNonzeros(L) },
      { key: 'br', title: 'R′', sub: blocksText(side, b), A: R, nonzeros: countNonzeros(R) },
      {
        key: 'bmm',
        title: 'P·L′·P·R′',
        sub: `in M(${b},${n})`,
        A: asMonarch,
        nonzeros: countNonzeros(asMonarch),
      },
    ];
    return {
      levels: list.length,
      low: list.filter((f) => f.half < b).length,
      panels,
      asPanels,
      difference: maxAbs(sub(asMonarch, B)),
      parameters: butterflyParameterCount(n),
      budget: [
        { name: 'butterfly 2n·log₂n', count: butterflyParameterCount(n), kind: 'butterfly' },
        { name: `M(${b},${n})`, count: monarchNonzeros(b, n), kind: 'current' },
        { name: `best M, b = ${best.best.join('/')}`, count: best.nonzeros, kind: 'best' },
        { name: 'dense n²', count: n * n, kind: 'dense' },
      ],
    };
  }, [later, bfShown]);
  const asPanels = useAfterPaint(bf?.asPanels);

  const color = useMemo(() => patternColor(1, theme), [theme]);
  const monarchSide = panelSide(width, 5);
  const butterflySide = panelSide(width, (bf?.panels.length ?? 0) || 1);
  const asSide = panelSide(width, 3);

  useExportData(() => ({
    name: `monarch-blocks-n${n}-b${b}`,
    colLabels: ['b', 'n²/b (L)', 'nb (R)', 'n²/b + nb'],
    rows: shown.choices.map((d) => [d, (n * n) / d, n * d, monarchNonzeros(d, n)]),
    meta: {
      n,
      b,
      seed,
      nonzerosFactors: monarchNonzeros(b, n),
      nonzerosProduct: factors.nonzerosM,
      dense: n * n,
      best: best.best,
      bound: best.bound,
      L: Array.from(factors.L),
      R: Array.from(factors.R),
      butterfly: bf
        ? {
            kind: later.butterfly,
            parameters: bf.parameters,
            maxAbsDifferenceAsMonarch: bf.difference,
          }
        : null,
    },
  }));

  // A new n keeps the b the reader chose when it divides n, else takes the nearest divisor and says so.
  const snapTo = (next: number) => {
    const want = wish ?? controls.b;
    setWish(want);
    return nearestDivisor(want, next);
  };
  // Stable, so the memoised count plot (which picks b on a click) skips the render for a control.
  const pick = useCallback(
    (next: number) => {
      setWish(next);
      setParam('b', next);
    },
    [setParam],
  );
  const liveIndex = controls.choices.indexOf(controls.b);
  const snapped = wish !== null && !controls.choices.includes(wish) ? wish : null;
  const noticeKey = shown.notices.join('\n');
  const nearPow = nearestPowerOfTwo(later.n);

  return (
    <div className={styles.widget}>
      <div className={styles.controls}>
        <ParamSlider name="n" alsoSet={(next) => ({ b: snapTo(next) })} />
        <div className={styles.bBox}>
          <Slider
            label={bSpec.label}
            value={liveIndex}
            min={0}
            max={controls.choices.length - 1}
            format={(i) => `${controls.choices[i] ?? controls.b}`}
            onChange={(i) => pick(controls.choices[i] ?? controls.b)}
          />
          <p className={styles.hint}>
            divisors of {live.n}: {controls.choices.join(', ')}
          </p>
          {snapped !== null ? (
            <p className={styles.hint} role="status" data-testid="snap-notice">
              b = {snapped} does not divide {live.n}: using {live.b}, the nearest divisor.
            </p>
          ) : null}
        </div>
        <ParamSeed />
        <ParamSelect name="butterfly" />
      </div>

      <ParamNotice
        notices={noticeKey === dismissed ? [] : shown.notices}
        onDismiss={() => setDismissed(noticeKey)}
      />

      <div ref={boxRef} className={styles.sections}>
        <section className={styles.section} aria-label="The factors of M(b,n)">
          <p className={styles.heading}>
            M<sup>(b,n)</sup> = P<sub>(b,n)</sub> · L · P<sub>(n/b,n)</sub> · R at n = {n}, b = {b}
          </p>
          <PatternRow
            panels={monarchPanels}
            ops={['·', '·', '·', '=']}
            side={monarchSide}
            color={color}
            label={`The factors P(${b},${n}), L, P(${side},${n}), R and their product M`}
          />
          <Readout
            items={[
              {
                label: 'L + R: n²/b + nb',
                value: (
                  <>
                    {formatInteger((n * n) / b)} + {formatInteger(n * b)} ={' '}
                    {value('count-factors', fmtInt(monarchNonzeros(b, n)), monarchNonzeros(b, n))}
                  </>
                ),
              },
              {
                label: 'non-zeros of M',
                value: (
                  <>
                    {value('count-product', fmtInt(factors.nonzerosM), factors.nonzerosM)} of{' '}
                    {formatInteger(n * n)}
                  </>
                ),
              },
              {
                label: 'fewest non-zeros',
                value: (
                  <>
                    b = {value('best-b', best.best.join(' or '), best.best[0] ?? Number.NaN)}:{' '}
                    {formatInteger(best.nonzeros)} (√n = {fmt3(best.sqrt)}, 2n√n = {fmtBound(best.bound)})
                  </>
                ),
              },
            ]}
          />
        </section>

        <section className={styles.section} aria-label="Non-zeros against the block size">
          <p className={styles.heading}>Non-zeros of L and R against b</p>
          <CountPlot n={n} b={b} choices={shown.choices} onPick={pick} />
          <p className={styles.hint}>
            The count is the same at b and n/b (L and R swap sizes). Click the plot or use the b slider.
          </p>
        </section>

        <section className={styles.section} aria-label="A butterfly as a member of M(b,n)">
          <p className={styles.heading}>
            {bf
              ? `A ${later.butterfly === 'hadamard' ? 'Hadamard' : 'random'} butterfly of size ${later.n}`
              : `No butterfly of size ${later.n}`}
          </p>
          {bf ? (
            <>
              <PatternRow
                panels={bf.panels}
                ops={[...Array.from({ length: bf.levels - 1 }, () => '·'), '=']}
                side={butterflySide}
                color={color}
                label={`The ${bf.levels} butterfly factors and their product`}
              />
              <p className={styles.hint}>
                The {bf.low} factor{bf.low === 1 ? '' : 's'} with i ⊕ h for h &lt; b = {bfShown.b} stay inside
                blocks of {bfShown.b} and multiply to R′; the other {bf.levels - bf.low} never change i mod{' '}
                {bfShown.b} and multiply to P<sub>(b,n)</sub>·L′·P<sub>(n/b,n)</sub>. So the butterfly is the
                member of M<sup>(b,n)</sup> below.
              </p>
              {asPanels ? (
                <PatternRow
                  panels={asPanels}
                  ops={[',', '→']}
                  side={asSide}
                  color={color}
                  label={`The butterfly's factors L′ and R′ in M(${bfShown.b},${later.n}) and their Monarch product`}
                />
              ) : null}
              <Readout
                items={[
                  {
                    label: 'max |B − P·L′·P·R′|',
                    value: value('butterfly-diff', fmtDiff(bf.difference), bf.difference),
                  },
                  {
                    label: 'butterfly parameters 2n·log₂n',
                    value: value('butterfly-params', fmtInt(bf.parameters), bf.parameters),
                  },
                ]}
              />
              <BudgetBars rows={bf.budget} />
            </>
          ) : (
            <div className={cx(styles.hint, styles.none)} data-testid="no-butterfly">
              <p>
                A butterfly factor pairs index i with i ⊕ 2ˢ (i with one bit flipped), so the factors only fit
                a size that is a power of two; n = {later.n} is not.
              </p>
              <Button onClick={() => store.getState().setParams({ n: nearPow, b: snapTo(nearPow) })}>
                Use n = {nearPow}
              </Button>
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
