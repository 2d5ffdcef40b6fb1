'use client';

import { useEffect, useId, useMemo, useState } from 'react';
import { Button, NumberInput, Select, Slider, Toggle, VectorBarEditor } from '@/components/controls';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { useWidgetParams, useWidgetStore, useWidgetStoreApi } from '@/components/figure/store';
import { BoundsBar } from '@/components/views/sparsity/BoundsBar';
import { LorenzPlot } from '@/components/views/sparsity/LorenzPlot';
import { measureParams } from '@/components/views/sparsity/layout';
import { DirectionCell, type MeasureColumn, MeasureTable } from '@/components/views/sparsity/MeasureTable';
import styles from '@/components/views/sparsity/sparsity.module.css';
import { VectorTextInput } from '@/components/views/sparsity/VectorTextInput';
import { ATTENTION_EXAMPLE } from '@/lib/attention/example';
import { formatNumber } from '@/lib/format';
import {
  attentionRowVector,
  gaussianNoiseVector,
  lorenzCurve,
  measures,
  oneHotVector,
  powerLawVector,
  type SparsityMeasure,
  scaleToMax,
  scaleToSum,
  softmaxLogitsVector,
  uniformVector,
} from '@/lib/sparsity';
import { MAX_N, MIN_N, sparsityVectorParams, VECTOR_DIGITS } from './params';

const ATTENTION_ROWS = ATTENTION_EXAMPLE.n;
/** Where the attention rows come from, for the hint under the preset. */
const ATTENTION_SOURCE = `masked attention with its defaults: n = ${ATTENTION_EXAMPLE.n}, d = ${ATTENTION_EXAMPLE.d}, seed ${ATTENTION_EXAMPLE.seed}, t = ${ATTENTION_EXAMPLE.t}, ${ATTENTION_EXAMPLE.pattern} mask with k = ${ATTENTION_EXAMPLE.k}`;

type P = ParamValues<typeof sparsityVectorParams>;
type Preset = 'one-hot' | 'uniform' | 'power-law' | 'gaussian' | 'softmax' | 'attention';

const fmtValue = (v: number) => formatNumber(v, { digits: 4 });
const fmtParam = (v: number) => formatNumber(v, { digits: 3 });
const round = (xs: readonly number[]) =>
  xs.map((v) => {
    const r = Number(v.toFixed(VECTOR_DIGITS));
    return r === 0 ? 0 : r;
  });

/**
 * One vector, every sparsity measure: edit x as bars (drag, arrow keys) or as text, or load a preset (one-hot,
 * uniform, power law, Gaussian noise, softmax of seeded logits at temperature T, a row of the attention
 * article's matrix), and read each measure of lib/sparsity's registry with its direction and its place
 * between the least- and most-sparse values possible at this n. The p and q sliders drive S₁,ₚ, S*_q,p, Rényi's
 * order and −ℓₚ; the Lorenz curve beside the bars is the picture behind the Gini index.
 */
export default function SparsityVector() {
  const [params, setParam] = useWidgetParams<P>();
  const store = useWidgetStoreApi<P>();
  const generation = useWidgetStore<P, number>((s) => s.generation);
  const { x, p, q, seed, T, s } = params;
  const n = x.length;
  const uid = useId();
  const [preset, setPreset] = useState<Preset | null>(null);
  const [attentionRow, setAttentionRow] = useState(Math.floor(ATTENTION_ROWS / 2));
  const [signedWanted, setSignedWanted] = useState(false);
  const hasNegative = x.some((v) => v < 0);
  const signed = signedWanted || hasNegative;

  // biome-ignore lint/correctness/useExhaustiveDependencies: a reset of the store drops the transient choices.
  useEffect(() => {
    setPreset(null);
    setSignedWanted(false);
  }, [generation]);

  const makePreset = (kind: Preset, len: number, v: Pick<P, 'seed' | 'T' | 's'>): number[] => {
    switch (kind) {
      case 'one-hot':
        return oneHotVector(len);
      case 'uniform':
        return uniformVector(len);
      case 'power-law':
        return powerLawVector(len, v.s);
      case 'gaussian':
        return gaussianNoiseVector(len, v.seed);
      case 'softmax':
        return softmaxLogitsVector(len, v.seed, v.T);
      case 'attention':
        return attentionRowVector(attentionRow);
    }
  };
  const applyPreset = (kind: Preset, patch: Partial<P> = {}, len = n) => {
    const v = { seed, T, s, ...patch };
    setPreset(kind);
    if (kind === 'gaussian') setSignedWanted(true);
    store.getState().setParams({ ...patch, x: round(makePreset(kind, len, v)) });
  };
  // A slider that shapes the current preset (s, T, seed) re-draws it; otherwise it only sets its parameter.
  const setShaping = (key: 'seed' | 'T' | 's', value: number, drives: Preset[]) => {
    if (preset && drives.includes(preset)) applyPreset(preset, { [key]: value });
    else setParam(key, value);
  };
  const setLength = (len: number) => {
    if (len === n) return;
    if (preset && preset !== 'attention') {
      applyPreset(preset, {}, len);
      return;
    }
    setPreset(null);
    setParam('x', len < n ? x.slice(0, len) : [...x, ...new Array<number>(len - n).fill(0)]);
  };
  const edit = (values: number[]) => {
    setPreset(null);
    setParam('x', round(values));
  };

  // Everything shown below comes from lib/sparsity's registry, evaluated at the sliders' p and q.
  const rows = useMemo(
    () =>
      measures.map((m) => {
        const { values, driven } = measureParams(m, { p, q });
        return { m, params: values, driven, value: m.compute(x, values), bounds: m.bounds(n, values) };
      }),
    [x, n, p, q],
  );
  const byId = useMemo(() => new Map(rows.map((r) => [r.m.id, r])), [rows]);
  const row = (m: SparsityMeasure) => byId.get(m.id);
  const lorenz = useMemo(() => lorenzCurve(x), [x]);
  const giniRow = byId.get('gini');

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

  useExportData(() => ({
    name: `sparsity-measures-n${n}`,
    rows: rows.map((r) => [r.value, r.bounds?.dense ?? Number.NaN, r.bounds?.sparse ?? Number.NaN]),
    rowLabels: rows.map((r) => r.m.id),
    colLabels: ['value', 'least sparse', 'most sparse'],
    meta: { x, p, q, params: Object.fromEntries(rows.map((r) => [r.m.id, r.params])) },
  }));

  const presetButton = (kind: Preset, label: string) => (
    <Button size="sm" aria-pressed={preset === kind} onClick={() => applyPreset(kind)}>
      {label}
    </Button>
  );

  return (
    <div className={styles.widget}>
      <fieldset className={styles.presets}>
        <legend>Presets (length n = {n})</legend>
        {presetButton('one-hot', 'One-hot')}
        {presetButton('uniform', 'Uniform')}
        {presetButton('power-law', `Power law 1/kˢ (s = ${fmtParam(s)})`)}
        {presetButton('gaussian', 'Gaussian noise')}
        {presetButton('softmax', `Softmax of logits, T = ${fmtParam(T)}`)}
        <span className={styles.row}>
          <Select
            label="Attention row"
            hideLabel
            value={String(attentionRow)}
            options={Array.from({ length: ATTENTION_ROWS }, (_, i) => ({
              value: String(i),
              label: `Attention row ${i}`,
            }))}
            onChange={(v) => {
              const r = Number(v);
              setAttentionRow(r);
              setPreset('attention');
              store.getState().setParams({ x: round(attentionRowVector(r)) });
            }}
          />
          {presetButton('attention', 'Use attention row')}
        </span>
      </fieldset>
      <p className={styles.hint}>
        Attention rows: the weights of {ATTENTION_SOURCE} (the sparse-attention article’s figure). Masked keys
        are exactly 0.
      </p>

      <div className={styles.controls}>
        <Slider label="Length n" value={n} min={MIN_N} max={MAX_N} onChange={setLength} />
        <Slider
          label="Power-law exponent s"
          value={s}
          min={0}
          max={4}
          step={0.1}
          format={fmtParam}
          onChange={(v) => setShaping('s', v, ['power-law'])}
        />
        <Slider
          label="Temperature T"
          value={T}
          min={0.05}
          max={20}
          step={0.05}
          format={fmtParam}
          onChange={(v) => setShaping('T', v, ['softmax'])}
        />
        <NumberInput
          label="Seed (noise, logits)"
          value={seed}
          min={0}
          max={sparsityVectorParams.seed.max}
          integer
          onChange={(v) => setShaping('seed', v, ['gaussian', 'softmax'])}
        />
      </div>

      <div className={styles.pair}>
        <div className={styles.editorBox}>
          <VectorBarEditor
            label={`Vector x (${n} entries)`}
            values={x}
            min={signed ? -1 : 0}
            max={1}
            step={0.01}
            format={(v) => formatNumber(v, { digits: 3 })}
            barLabels={x.map((_, i) => String(i + 1))}
            onChange={edit}
          />
          <div className={styles.row}>
            <Toggle
              label="Negative entries"
              checked={signed}
              disabled={hasNegative}
              onChange={setSignedWanted}
            />
            <Button size="sm" onClick={() => edit(scaleToMax(x))}>
              Scale to max 1
            </Button>
            <Button size="sm" onClick={() => edit(scaleToSum(x))}>
              Scale to sum 1
            </Button>
          </div>
        </div>
        <div>
          <p className={styles.panelTitle}>Lorenz curve of |x| (Gini = 1 − 2 × shaded area)</p>
          <LorenzPlot
            points={lorenz}
            label={`Lorenz curve of |x|; Gini index ${giniRow ? fmtValue(giniRow.value) : '—'}`}
          />
        </div>
      </div>
      <VectorTextInput
        id={`${uid}-text`}
        values={x}
        limits={{ minLength: MIN_N, maxLength: MAX_N, min: -1, max: 1 }}
        onChange={edit}
      />

      <div className={styles.controls}>
        <Slider
          label="p (S₁,ₚ, S*_q,p, Rényi α, −ℓₚ)"
          value={p}
          min={0.2}
          max={8}
          step={0.1}
          format={fmtParam}
          onChange={(v) => setParam('p', v)}
        />
        <Slider
          label="q (S*_q,p)"
          value={q}
          min={0.1}
          max={4}
          step={0.1}
          format={fmtParam}
          onChange={(v) => setParam('q', v)}
        />
      </div>
      {q >= p ? (
        <p className={styles.hint} role="status" data-testid="qp-note">
          S*_q,p needs q &lt; p: with q = {fmtParam(q)} ≥ p = {fmtParam(p)} the registry swaps them
          {q === p ? ' (q = p gives 1)' : ''}.
        </p>
      ) : null}

      <MeasureTable
        caption={`Every sparsity measure of x (n = ${n})`}
        measures={measures}
        columns={columns}
        testId="measures"
        details={(m) => {
          const r = row(m);
          if (!r || m.params.length === 0) return null;
          return `used here: ${m.params.map((mp) => `${mp.label} = ${fmtParam(r.params[mp.id])}`).join(', ')}`;
        }}
      />
      <p className={styles.hint}>
        Click a measure’s name for its formula. The bar runs from the least-sparse value any vector of length{' '}
        {n} can have (left) to the most-sparse (right), whichever way the measure counts; “unbounded” measures
        depend on the scale of x.
      </p>
    </div>
  );
}
