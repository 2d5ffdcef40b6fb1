'use client';

import { type KeyboardEvent, memo, useEffect, useMemo, useRef, useState } from 'react';
import { Button, Field, ParamSlider, useParamSpec } from '@/components/controls';
import controlStyles from '@/components/controls/controls.module.css';
import { useControlId } from '@/components/controls/util';
import { useDeferredWidgetParams } from '@/components/figure/afterPaint';
import { useExportData } from '@/components/figure/exports';
import type { ParamValues } from '@/components/figure/schema';
import { useWidgetStore } from '@/components/figure/store';
import { useTask } from '@/components/figure/worker';
import {
  Heatmap,
  mixColor,
  Plot,
  Readout,
  SwatchLegend,
  shareColor,
  useElementWidth,
  usePlotTheme,
} from '@/components/plot';
import { blockDensity } from '@/lib/attention/blockDensity';
import {
  BLOCK_EMPTY,
  BLOCK_FULL,
  BLOCK_PARTIAL,
  type BlockMaskSummary,
  blockMask,
  blockStateGrid,
} from '@/lib/attention/blockMask';
import { compileMaskExpression, maskFromExpression } from '@/lib/attention/expression';
import { formatInteger, formatNumber } from '@/lib/format';
import { BlockGrid } from './draw';
import { errorExcerpt } from './excerpt';
import styles from './MaskLab.module.css';
import type { maskLabParams } from './params';
import { MASK_PRESETS } from './presets';

type P = ParamValues<typeof maskLabParams>;

const percent = (x: number) => formatNumber(x, { style: 'percent', digits: 3 });
/** A legend entry with its count in bold (— before there is a mask). */
const count = (label: string, value: number | undefined, testId: string) => (
  <>
    {label} <b data-testid={testId}>{formatInteger(value ?? Number.NaN)}</b>
  </>
);
/** The legend's swatch of a partial tile: the same Lab mix as the drawing. */
const PARTIAL_CSS = 'color-mix(in lab, var(--accent) 40%, var(--surface-2))';

/** Up to this n every cell is an SVG rect (≤ 1,024 elements); above it the mask is a canvas, one pixel per cell. */
const SVG_MAX_N = 32;
/** Up to this n the mask is built on the main thread (≤ 65,536 cells, a few milliseconds with the row kernels). */
const INLINE_MAX_N = 256;
/** The canvas draws the mask as at most this many blocks per side (each the share of its cells allowed). */
const DENSITY_PIXELS = 256;
/** Up to this n "Copy data" gives every cell; above it, the drawn densities. */
const EXPORT_MAX_N = 512;
/** Typing is compiled this long after the last keystroke. */
const DEBOUNCE_MS = 200;
const GAP_PX = 16;
const STATS_PX = 240;
const MIN_PANEL_PX = 180;
const MAX_PANEL_PX = 400;

/** What the views show: one mask, its block summary and (for a canvas) its densities. */
interface LabView {
  source: string;
  n: number;
  mask: Uint8Array;
  blocks: BlockMaskSummary;
  density: Float32Array | null;
  size: number;
}

const NO_MARGIN = { top: 0, right: 0, bottom: 0, left: 0 };
const UNIT = { domain: [0, 1] } as const;
/** The partly allowed tiles' colour: this share of the way from the empty colour to the accent. */
const PARTIAL_SHARE = 0.4;

/** The mask itself (every cell an SVG rect up to n = 32) or its densities (one canvas), with the tiles' edges. */
const MaskView = memo(function MaskView({ view, size, B }: { view: LabView; size: number; B: number }) {
  const { tokens } = usePlotTheme();
  const color = useMemo(() => shareColor(tokens['surface-2'], tokens.accent), [tokens]);
  const { n } = view;
  const grid = view.density ? view.size : n;
  return (
    <Plot
      label={
        view.density
          ? `Mask of ${n}×${n} pairs with ${formatInteger(view.blocks.nnz)} allowed, drawn as ${view.size}×${view.size} blocks`
          : `Mask of ${n}×${n} pairs with ${view.blocks.nnz} allowed`
      }
      x={UNIT}
      y={UNIT}
      width={size}
      height={size}
      margin={NO_MARGIN}
      className={styles.view}
      exportView
    >
      <Heatmap
        values={view.density ?? view.mask}
        rows={grid}
        cols={grid}
        color={color}
        svgLimit={SVG_MAX_N * SVG_MAX_N}
      />
      <BlockGrid n={n} B={B} />
    </Plot>
  );
});

/** The tiles as a block-sparse kernel sees them: full, partial or empty, each at its true share of the mask. */
const BlockView = memo(function BlockView({ blocks, size }: { blocks: BlockMaskSummary; size: number }) {
  const { tokens } = usePlotTheme();
  const color = useMemo(() => {
    const mix = mixColor(tokens['surface-2'], tokens.accent);
    const palette: Record<number, string> = {
      [BLOCK_EMPTY]: mix(0),
      [BLOCK_PARTIAL]: mix(PARTIAL_SHARE),
      [BLOCK_FULL]: mix(1),
    };
    return (state: number) => palette[state] ?? mix(0);
  }, [tokens]);
  const samples = Math.min(blocks.rows, DENSITY_PIXELS);
  const grid = useMemo(() => blockStateGrid(blocks, samples), [blocks, samples]);
  return (
    <Plot
      label={`${blocks.qBlocks}×${blocks.kvBlocks} tiles of ${blocks.blockSize}×${blocks.blockSize}: ${blocks.full} full, ${blocks.partial} partial, ${blocks.empty} empty`}
      x={UNIT}
      y={UNIT}
      width={size}
      height={size}
      margin={NO_MARGIN}
      className={styles.view}
    >
      <Heatmap values={grid} rows={samples} cols={samples} color={color} svgLimit={0} />
      <BlockGrid n={blocks.rows} B={blocks.blockSize} />
    </Plot>
  );
});

/**
 * The mask lab: the reader writes a mask as a condition on q, kv and n; the widget draws it, cuts it into
 * B×B tiles as a block-sparse kernel (FlexAttention's BlockMask) would, and counts what such a kernel skips.
 */
export default function MaskLab() {
  // The mask, its tiles and counts follow a change of the inputs in a deferred render, so the control that
  // changed is painted first; the text field and the presets read the live values.
  const [params, live, setParam] = useDeferredWidgetParams<P>();
  const exprSpec = useParamSpec('expr', ['string']);
  const generation = useWidgetStore<P, number>((s) => s.generation);
  const { expr, n, B } = params;
  const liveExpr = live.expr;

  // The text field: `text` is what is typed; `checked` the text last compiled (after the debounce). Only text
  // that compiles becomes the `expr` parameter, so the drawn mask is always the last one that worked.
  const [text, setText] = useState(liveExpr);
  const [checked, setChecked] = useState(liveExpr);
  const synced = useRef({ expr: liveExpr, generation });
  useEffect(() => {
    if (synced.current.expr === liveExpr && synced.current.generation === generation) return;
    synced.current = { expr: liveExpr, generation };
    setText(liveExpr);
    setChecked(liveExpr);
  }, [liveExpr, generation]);
  useEffect(() => {
    if (text === checked) return;
    const timer = setTimeout(() => setChecked(text), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, checked]);
  const typed = useMemo(() => compileMaskExpression(checked), [checked]);
  useEffect(() => {
    if (!typed.ok || checked === synced.current.expr) return;
    synced.current = { expr: checked, generation: synced.current.generation };
    setParam('expr', checked);
  }, [typed, checked, setParam]);

  // The drawn mask: built here when small, in the worker when large.
  const drawable = useMemo(() => compileMaskExpression(expr).ok, [expr]);
  const inlineMask = useMemo(() => {
    if (!drawable || n > INLINE_MAX_N) return null;
    const built = maskFromExpression(expr, n);
    return built.ok ? built.mask : null;
  }, [drawable, expr, n]);
  const inlineView = useMemo((): LabView | null => {
    if (!inlineMask) return null;
    const canvas = n > SVG_MAX_N;
    return {
      source: expr,
      n,
      mask: inlineMask.data,
      blocks: blockMask(inlineMask, B),
      density: canvas ? blockDensity(inlineMask, n) : null,
      size: n,
    };
  }, [inlineMask, expr, n, B]);
  const useWorker = drawable && n > INLINE_MAX_N;
  const job = useTask('expressionMask', useWorker ? { source: expr, n, B, size: DENSITY_PIXELS } : null);
  const view: LabView | null = useWorker ? job.data : inlineView;
  const pending = useWorker && job.pending;
  const current = view !== null && view.source === expr && view.n === n && view.blocks.blockSize === B;

  // Layout: the statistics beside the views when there is room, the two square panels side by side when each
  // gets at least 180 px, else stacked.
  const bodyRef = useRef<HTMLDivElement>(null);
  const bodyWidth = useElementWidth(bodyRef) || 360;
  const statsBeside = bodyWidth >= 2 * MIN_PANEL_PX + STATS_PX + 2 * GAP_PX;
  const available = statsBeside ? bodyWidth - STATS_PX - GAP_PX : bodyWidth;
  const sideBySide = available >= 2 * MIN_PANEL_PX + GAP_PX;
  const size = Math.floor(
    Math.max(120, Math.min(MAX_PANEL_PX, sideBySide ? (available - GAP_PX) / 2 : available)),
  );

  const blocks = view?.blocks ?? null;
  const total = view ? view.n * view.n : Number.NaN;
  const allowed = blocks?.nnz ?? Number.NaN;

  useExportData(() => {
    if (!view || !blocks) return null;
    const name = `mask-lab-n${view.n}-B${blocks.blockSize}`;
    const meta = {
      expr: view.source,
      n: view.n,
      B: blocks.blockSize,
      allowedPairs: blocks.nnz,
      blocks: { full: blocks.full, partial: blocks.partial, empty: blocks.empty },
      blockSparsity: blocks.sparsity,
      computedFraction: blocks.computedFraction,
    };
    if (view.n <= EXPORT_MAX_N) {
      const rows: number[][] = [];
      for (let i = 0; i < view.n; i++)
        rows.push(Array.from(view.mask.subarray(i * view.n, (i + 1) * view.n)));
      return { name, rows, meta };
    }
    const d = view.density ?? blockDensity({ rows: view.n, cols: view.n, data: view.mask }, DENSITY_PIXELS);
    const s = Math.round(Math.sqrt(d.length));
    const rows: number[][] = [];
    for (let i = 0; i < s; i++) rows.push(Array.from(d.subarray(i * s, (i + 1) * s)));
    return { name: `${name}-blocks${s}`, rows, meta: { ...meta, blockDensity: true } };
  });

  // The field's message: the compile error of the checked text, with an excerpt and a caret under the column.
  const inputId = useControlId();
  const messageId = `${inputId}-msg`;
  const hintId = `${inputId}-hint`;
  const error = typed.ok ? null : typed.error;
  const excerpt = error ? errorExcerpt(checked, error.column, error.length) : null;
  const commitNow = () => setChecked(text);
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commitNow();
    } else if (e.key === 'Escape' && text !== liveExpr) {
      e.preventDefault();
      setText(liveExpr);
      setChecked(liveExpr);
    }
  };
  const tooLong = text.length > exprSpec.maxLength;

  return (
    <div className={styles.widget}>
      <Field
        id={inputId}
        label={exprSpec.label}
        aside={
          <span className={tooLong ? styles.countOver : styles.count} aria-hidden="true">
            {formatInteger(text.length)}/{formatInteger(exprSpec.maxLength)}
          </span>
        }
      >
        <input
          id={inputId}
          type="text"
          className={`${controlStyles.input} ${styles.exprInput}`}
          value={text}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${messageId} ${hintId}` : hintId}
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={onKeyDown}
          onBlur={commitNow}
          data-testid="mask-expression"
        />
        {error && excerpt ? (
          <div id={messageId} role="alert" className={styles.error} data-testid="expression-error">
            <p className={styles.errorMessage}>{error.message}</p>
            <pre className={styles.excerpt} aria-hidden="true">
              <span>{excerpt.before}</span>
              <mark className={styles.mark}>{excerpt.at}</mark>
              <span>{excerpt.after}</span>
              {'\n'}
              <span className={styles.ghost}>{excerpt.before}</span>
              <span className={styles.caret}>{'^'.repeat(Math.max(1, Array.from(excerpt.at).length))}</span>
            </pre>
            <p className={styles.errorNote}>
              {view ? 'The mask below is the last one that worked.' : 'There is no mask to draw yet.'}
            </p>
          </div>
        ) : null}
        <p id={hintId} className={styles.hint}>
          Names <code>q</code> (query), <code>kv</code> (key), <code>n</code>; integers;{' '}
          <code>+ - * / %</code> (floor division and modulo, as in Python); <code>{'< <= > >= == !='}</code>;{' '}
          <code>{'&& || !'}</code>; <code>abs min max</code>.
        </p>
      </Field>

      <fieldset className={styles.presets}>
        <legend className={styles.presetsLegend}>Presets</legend>
        {MASK_PRESETS.map((p) => (
          <Button
            key={p.id}
            size="sm"
            variant={liveExpr === p.expr && text === liveExpr ? 'primary' : 'secondary'}
            aria-pressed={liveExpr === p.expr && text === liveExpr}
            title={`${p.expr} — ${p.note}`}
            onClick={() => setParam('expr', p.expr)}
          >
            {p.label}
          </Button>
        ))}
      </fieldset>

      <div className={styles.sliders}>
        <ParamSlider name="n" />
        <ParamSlider name="B" />
      </div>

      <div ref={bodyRef} className={statsBeside ? styles.bodySide : styles.body}>
        <div
          className={sideBySide ? styles.viewsSide : styles.views}
          aria-busy={pending || undefined}
          data-stale={current ? undefined : 'true'}
        >
          <div className={styles.panel}>
            <p className={styles.panelTitle}>
              Mask <span className={styles.panelNote}>rows q, columns kv</span>
            </p>
            {view ? (
              <MaskView view={view} size={size} B={B} />
            ) : (
              <div className={styles.placeholder} style={{ width: size, height: size }}>
                {useWorker && !job.error ? 'Computing…' : 'No mask yet: write a condition above.'}
              </div>
            )}
          </div>
          <div className={styles.panel}>
            <p className={styles.panelTitle}>
              Blocks{' '}
              <span className={styles.panelNote}>
                {blocks
                  ? `${blocks.qBlocks}×${blocks.kvBlocks} tiles of ${blocks.blockSize}×${blocks.blockSize}`
                  : `tiles of ${B}×${B}`}
              </span>
            </p>
            {blocks ? (
              <BlockView blocks={blocks} size={size} />
            ) : (
              <div className={styles.placeholder} style={{ width: size, height: size }} />
            )}
            <SwatchLegend
              label="Blocks by state"
              items={[
                { color: 'var(--accent)', label: count('Full', blocks?.full, 'blocks-full') },
                { color: PARTIAL_CSS, label: count('Partial', blocks?.partial, 'blocks-partial') },
                { color: 'var(--surface-2)', label: count('Empty', blocks?.empty, 'blocks-empty') },
              ]}
            />
          </div>
        </div>
        <div className={styles.stats}>
          <Readout
            busy={pending}
            items={[
              { label: 'Allowed pairs', value: formatInteger(allowed), testId: 'allowed-pairs' },
              { label: 'Density', value: percent(allowed / total), testId: 'density' },
              {
                label: 'Block sparsity',
                value: percent(blocks?.sparsity ?? Number.NaN),
                testId: 'block-sparsity',
              },
              {
                label: 'Work of a block kernel',
                value: percent(blocks?.computedFraction ?? Number.NaN),
                testId: 'computed-fraction',
              },
              {
                label: '…of which masked',
                value: percent(
                  blocks && blocks.computedCells > 0 ? 1 - blocks.nnz / blocks.computedCells : Number.NaN,
                ),
                testId: 'wasted-fraction',
              },
            ]}
          />
        </div>
        <p className={styles.statsNote}>
          A block-sparse kernel (FlexAttention with block size B) skips empty tiles, computes full ones as
          they are and applies the mask inside partial ones. Block sparsity is the share of tiles it skips;
          its work is the share of all n² pairs in the tiles it computes, and some of that work is masked
          away.
        </p>
      </div>
      {job.error && useWorker ? (
        <p className={styles.jobError} role="alert">
          {job.error}
        </p>
      ) : null}
    </div>
  );
}
