'use client';

import { memo, useMemo } from 'react';
import { AxisY, BarY, Plot, RuleY } from '@/components/plot';
import { formatNumber } from '@/lib/format';
import styles from './SparsityCriteria.module.css';

const fmt = (v: number | string) => (typeof v === 'number' ? formatNumber(v, { digits: 3 }) : v);
const MARGIN = { top: 8, right: 6, bottom: 8, left: 36 };

interface Bar {
  i: number;
  v: number;
}

/**
 * The vector after the criterion's operation as bars on [0, top] (or [−top, top] when an entry is negative),
 * the entries the operation changed or added in the accent colour. The values are in the accessible name
 * (up to 16 of them) and in `data-values` for tests.
 */
export const AfterChart = memo(function AfterChart({
  values,
  top,
  changed,
  label,
}: {
  values: readonly number[];
  top: number;
  /** Indices the operation changed or added. */
  changed: ReadonlySet<number>;
  label: string;
}) {
  const n = values.length;
  const signed = values.some((v) => v < 0);
  const x = useMemo(
    () => ({
      type: 'band' as const,
      domain: Array.from({ length: n }, (_, i) => i),
      padding: n > 32 ? 0.1 : 0.2,
    }),
    [n],
  );
  const y = { domain: [signed ? -top : 0, top] };
  const bars = useMemo<Bar[]>(() => values.map((v, i) => ({ i, v })), [values]);
  const classOf = useMemo(() => (d: Bar) => (changed.has(d.i) ? undefined : styles.unchanged), [changed]);
  const list = n <= 16 ? values.map(fmt).join(', ') : `${n} entries`;
  return (
    <div data-testid="after" data-values={values.join(',')}>
      <Plot label={`${label}: ${list}`} x={x} y={y} aspect={3} minHeight={90} maxHeight={200} margin={MARGIN}>
        <AxisY tickValues={signed ? [-top, 0, top] : [0, top]} tickFormat={fmt} grid />
        <BarY data={bars} x="i" y="v" classOf={classOf} />
        <RuleY values={[0]} dash="none" />
      </Plot>
    </div>
  );
});
