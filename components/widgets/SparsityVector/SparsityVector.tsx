'use client';

import { useMemo, useState } from 'react';
import {
  Button,
  ParamNumber,
  ParamSlider,
  ParamVector,
  ParamVectorText,
  Select,
  Slider,
  Toggle,
  useParamSpec,
} from '@/components/controls';
import { useDeferredWidgetParams } from '@/components/figure/afterPaint';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { sameValue } from '@/components/figure/schema';
import { useWidgetStore, useWidgetStoreApi } from '@/components/figure/store';
import { DirectionCell, type MeasureColumn, MeasureTable } from '@/components/views/sparsity/MeasureTable';
import shared from '@/components/views/sparsity/sparsity.module.css';
import { ATTENTION_EXAMPLE } from '@/lib/attention/example';
import { formatNumber } from '@/lib/format';
import { roundTo } from '@/lib/parse/number';
import {
  attentionRowVector,
  gaussianNoiseVector,
  lorenzCurve,
  measureParams,
  measures,
  oneHotVector,
  powerLawVector,
  type SparsityMeasure,
  scaleToMax,
  scaleToSum,
  softmaxLogitsVector,
  uniformVector,
} from '@/lib/sparsity';
import { BoundsBar } from './BoundsBar';
import { LorenzPlot } from './LorenzPlot';
import type { sparsityVectorParams } from './params';
import styles from './SparsityVector.module.css';

const ATTENTION_ROWS = ATTENTION_EXAMPLE.n;
/** Where the attention rows come from, for the hint under the presets. */
const ATTENTION_SOURCE = `masked attention with its defaults: n = ${ATTENTION_EXAMPLE.n}, d = ${ATTENTION_EXAMPLE.d}, seed ${ATTENTION_EXAMPLE.seed}, t = ${ATTENTION_EXAMPLE.t}, ${ATTENTION_EXAMPLE.pattern} mask with k = ${ATTENTION_EXAMPLE.k}`;
const ROW_OPTIONS = Array.from({ length: ATTENTION_ROWS }, (_, i) => ({
  value: String(i),
  label: `Attention row ${i}`,
}));

type P = ParamValues<typeof sparsityVectorParams>;
type Preset = 'one-hot' | 'uniform' | 'power-law' | 'gaussian' | 'softmax' | 'attention';
/** The parameters that shape a preset, and the attention row. */
type Shape = Pick<P, 'seed' | 'T' | 's'> & { row: number };

const fmtValue = (v: number) => formatNumber(v, { digits: 4 });
const fmtParam = (v: number) => formatNumber(v, { digits: 3 });

/** A preset's vector of length n (the attention row has the attention example's length). */
function presetVector(kind: Preset, n: number, v: Shape): number[] {
  switch (kind) {
    case 'one-hot':
      return oneHotVector(n);
    case 'uniform':
      return uniformVector(n);
    case 'power-law':
      return powerLawVector(n, v.s);
    case 'gaussian':
      return gaussianNoiseVector(n, v.seed);
    case 'softmax':
      return softmaxLogitsVector(n, v.seed, v.T);
    case 'attention':
      return attentionRowVector(v.row);
  }
}

/** Which presets each shaping parameter redraws while the preset is the vector shown. */
const DRIVES: Record<'seed' | 'T' | 's', readonly Preset[]> = {
  s: ['power-law'],
  T: ['softmax'],
  seed: ['gaussian', 'softmax'],
};

/**
 * One vector, every sparsity measure: edit x as bars (drag, arrow keys) or as text, or load a preset (one-hot,
 * uniform, power law, Gaussian noise, softmax of seeded logits at temperature T, a row of the attention
 * article's matrix), and read each measure of lib/sparsity's registry with its direction and its place
 * between the least- and most-sparse values possible at this n. The p and q sliders drive S₁,ₚ, S*_q,p, Rényi's
 * order and −ℓₚ; the Lorenz curve beside the bars is the picture behind the Gini index.
 */
export default function SparsityVector() {
  // The measure table and the Lorenz curve follow a change in a deferred render (every measure of the
  // registry, and the table's rows), so the control that changed is painted first; the controls read `params`.
  const [shown, params] = useDeferredWidgetParams<P>();
  const store = useWidgetStoreApi<P>();
  const generation = useWidgetStore<P, number>((s) => s.generation);
  const xSpec = useParamSpec('x', ['vector']);
  const { x, p, q, seed, T, s } = params;
  const n = x.length;
  // Transient choices belong to the store generation they were made in: a reset drops them.
  const [chosen, setChosen] = useState<{ kind: Preset; generation: number } | null>(null);
  const [signedAt, setSignedAt] = useState<number | null>(null);
  const [attentionRow, setAttentionRow] = useState(Math.floor(ATTENTION_ROWS / 2));
  const hasNegative = x.some((v) => v < 0);
  const signed = signedAt === generation || hasNegative;

  const digits = xSpec.digits ?? 6;
  const round = useMemo(() => (xs: readonly number[]) => xs.map((v) => roundTo(v, digits)), [digits]);
  const shape: Shape = { seed, T, s, row: attentionRow };
  const draw = (kind: Preset, patch: Partial<Shape> = {}, len = n) =>
    round(presetVector(kind, len, { ...shape, ...patch }));
  // A preset is the one shown while x is exactly what it draws; editing x any other way ends it.
  const kind = chosen?.generation === generation ? chosen.kind : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `draw` is a function of the listed inputs.
  const presetX = useMemo(() => (kind ? draw(kind) : null), [kind, n, seed, T, s, attentionRow]);
  const active = kind && presetX && sameValue(presetX, x) ? kind : null;

  const applyPreset = (next: Preset, patch: Partial<Shape> = {}) => {
    setChosen({ kind: next, generation });
    if (next === 'gaussian') setSignedAt(generation);
    store.getState().setParams({ x: draw(next, patch) });
  };
  // A slider that shapes the preset shown (s, T, seed) redraws it in the same update.
  const redraws = (key: 'seed' | 'T' | 's') =>
    active && DRIVES[key].includes(active) ? (v: number) => ({ x: draw(active, { [key]: v }) }) : undefined;
  const setLength = (len: number) => {
    if (len === n) return;
    const next =
      active && active !== 'attention'
        ? draw(active, {}, len)
        : len < n
          ? x.slice(0, len)
          : [...x, ...new Array<number>(len - n).fill(0)];
    store.getState().setParams({ x: next });
  };
  const edited = useMemo(() => (values: number[]) => ({ x: round(values) }), [round]);

  // Everything shown below comes from lib/sparsity's registry, evaluated at the sliders' p and q.
  const rows = useMemo(
    () =>
      measures.map((m) => {
        const { values, driven } = measureParams(m, { p: shown.p, q: shown.q });
        return {
          m,
          params: values,
          driven,
          value: m.compute(shown.x, values),
          bounds: m.bounds(shown.x.length, values),
        };
      }),
    [shown.x, shown.p, shown.q],
  );
  const lorenz = useMemo(() => lorenzCurve(shown.x), [shown.x]);
  const gini = rows.find((r) => r.m.id === 'gini')?.value;
  // Built only when the rows change, so a render for a control alone skips the table.
  const table = useMemo(() => {
    const byId = new Map(rows.map((r) => [r.m.id, r]));
    const row = (m: SparsityMeasure) => byId.get(m.id);
    const columns: MeasureColumn[] = [
      {
        id: 'value',
        header: 'Value',
        numeric: true,
        cell: (m) => {
          const r = row(m);
          if (!r) return '—';
          return (
            <span data-value={r.value}>
              {fmtValue(r.value)}
              {r.driven.length > 0 ? (
                <span className={styles.driven} title="follows the sliders">
                  {r.driven.map((id) => `${id === 'alpha' ? 'α' : id}=${fmtParam(r.params[id])}`).join(' ')}
                </span>
              ) : null}
            </span>
          );
        },
      },
      {
        id: 'direction',
        header: 'Sparser',
        title: 'Which way is sparser',
        cell: (m) => <DirectionCell m={m} />,
      },
      {
        id: 'bounds',
        header: 'least sparse → most sparse (this n)',
        cell: (m) => {
          const r = row(m);
          return r ? <BoundsBar value={r.value} bounds={r.bounds} /> : '—';
        },
      },
    ];
    return (
      <MeasureTable
        caption={`Every sparsity measure of x (n = ${shown.x.length})`}
        measures={measures}
        columns={columns}
        testId="measures"
        details={(m) => {
          const r = row(m);
          if (!r || m.params.length === 0) return null;
          return `used here: ${m.params.map((mp) => `${mp.label} = ${fmtParam(r.params[mp.id])}`).join(', ')}`;
        }}
      />
    );
  }, [rows, shown.x.length]);

  useExportData(() => ({
    name: `sparsity-measures-n${shown.x.length}`,
    rows: rows.map((r) => [r.value, r.bounds?.dense ?? Number.NaN, r.bounds?.sparse ?? Number.NaN]),
    rowLabels: rows.map((r) => r.m.id),
    colLabels: ['value', 'least sparse', 'most sparse'],
    meta: {
      x: shown.x,
      p: shown.p,
      q: shown.q,
      params: Object.fromEntries(rows.map((r) => [r.m.id, r.params])),
    },
  }));

  // The text field (it reads x from the store itself), the p and q sliders and the table: a render for a
  // preset, the length or the sign switch skips them.
  const lower = useMemo(
    () => (
      <>
        <ParamVectorText name="x" alsoSet={edited} />

        <div className={shared.controls}>
          <ParamSlider name="p" />
          <ParamSlider name="q" />
        </div>
        {q >= p ? (
          <p className={shared.hint} role="status" data-testid="qp-note">
            S*_q,p needs q &lt; p: with q = {fmtParam(q)} ≥ p = {fmtParam(p)} the registry swaps them
            {q === p ? ' (q = p gives 1)' : ''}.
          </p>
        ) : null}

        {table}
        <p className={shared.hint}>
          Click a measure’s name for its formula. The bar runs from the least-sparse value any vector of
          length {n} can have (left) to the most-sparse (right), whichever way the measure counts; “unbounded”
          measures depend on the scale of x.
        </p>
      </>
    ),
    [edited, p, q, n, table],
  );

  const presetButton = (preset: Preset, label: string) => (
    <Button size="sm" aria-pressed={active === preset} onClick={() => applyPreset(preset)}>
      {label}
    </Button>
  );

  return (
    <div className={shared.widget}>
      <fieldset className={styles.presets}>
        <legend>Presets (length n = {n})</legend>
        {presetButton('one-hot', 'One-hot')}
        {presetButton('uniform', 'Uniform')}
        {presetButton('power-law', `Power law 1/kˢ (s = ${fmtParam(s)})`)}
        {presetButton('gaussian', 'Gaussian noise')}
        {presetButton('softmax', `Softmax of logits, T = ${fmtParam(T)}`)}
        <span className={shared.row}>
          <Select
            label="Attention row"
            hideLabel
            value={String(attentionRow)}
            options={ROW_OPTIONS}
            onChange={(v) => {
              setAttentionRow(Number(v));
              applyPreset('attention', { row: Number(v) });
            }}
          />
          {presetButton('attention', 'Use attention row')}
        </span>
      </fieldset>
      <p className={shared.hint}>
        Attention rows: the weights of {ATTENTION_SOURCE} (the sparse-attention article’s figure). Masked keys
        are exactly 0.
      </p>

      <div className={shared.controls}>
        <Slider label="Length n" value={n} min={xSpec.minLength} max={xSpec.maxLength} onChange={setLength} />
        <ParamSlider name="s" alsoSet={redraws('s')} />
        <ParamSlider name="T" alsoSet={redraws('T')} />
        <ParamNumber name="seed" alsoSet={redraws('seed')} />
      </div>

      <div className={shared.pair}>
        <div className={shared.editorBox}>
          <ParamVector
            name="x"
            min={signed ? -1 : 0}
            step={0.01}
            format={fmtParam}
            barLabels={x.map((_, i) => String(i + 1))}
            alsoSet={edited}
          />
          <div className={shared.row}>
            <Toggle
              label="Negative entries"
              checked={signed}
              disabled={hasNegative}
              onChange={(on) => setSignedAt(on ? generation : null)}
            />
            <Button size="sm" onClick={() => store.getState().setParams(edited(scaleToMax(x)))}>
              Scale to max 1
            </Button>
            <Button size="sm" onClick={() => store.getState().setParams(edited(scaleToSum(x)))}>
              Scale to sum 1
            </Button>
          </div>
        </div>
        <div>
          <p className={shared.panelTitle}>Lorenz curve of |x| (Gini = 1 − 2 × shaded area)</p>
          <LorenzPlot
            points={lorenz}
            label={`Lorenz curve of |x|; Gini index ${gini === undefined ? '—' : fmtValue(gini)}`}
          />
        </div>
      </div>
      {lower}
    </div>
  );
}
