'use client';

import { memo, useMemo } from 'react';
import { Slider, useParamSpec } from '@/components/controls';
import { sliderScale } from '@/components/controls/scale';
import { useWidgetStoreApi } from '@/components/figure/store';
import { formatNumber } from '@/lib/format';
import { IMAGE_PROB_MIN, rescaleColumn } from '@/lib/viterbi';

/** The W sliders move in hundredths of a decade. */
const STEP_DECADES = 0.01;

/**
 * A slider for one image probability W(token) of a column held in the vector parameter `name`: a log scale
 * from lib's IMAGE_PROB_MIN to the column's total (the range is the data's), and the rest of the column scales
 * so the column keeps its total (lib's rescaleColumn). The stored values are rounded to the parameter's
 * declared digits (as the URL would). `column` is the column as the widget reads it (capped to sum 1).
 */
export const ImageProbSlider = memo(function ImageProbSlider({
  name,
  column,
  index,
  token,
}: {
  name: string;
  column: readonly number[];
  index: number;
  token: string;
}) {
  const spec = useParamSpec(name, ['vector']);
  const store = useWidgetStoreApi<Record<string, unknown>>();
  const total = column.reduce((s, w) => s + w, 0);
  const label = `W(${token})`;
  const scale = useMemo(
    () =>
      sliderScale({
        type: 'number',
        label,
        min: IMAGE_PROB_MIN,
        max: Math.max(total, IMAGE_PROB_MIN),
        default: IMAGE_PROB_MIN,
        scale: 'log',
        step: STEP_DECADES,
      }),
    [label, total],
  );
  const w = column[index] ?? Number.NaN;
  const { digits } = spec;
  return (
    <Slider
      label={label}
      value={scale.toPosition(w)}
      min={scale.min}
      max={scale.max}
      step={scale.step}
      format={() => formatNumber(w, { digits: 5 })}
      onChange={(p) =>
        store.getState().setParam(
          name,
          rescaleColumn(column, index, scale.toValue(p)).map((x) =>
            digits === undefined ? x : Number(x.toFixed(digits)),
          ),
        )
      }
    />
  );
});
