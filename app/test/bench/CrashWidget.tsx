'use client';

import { useWidgetParams } from '@/components/figure/store';

/** Renders a button; once pressed, every render throws, like a widget with a bug. */
export default function CrashWidget() {
  const [params, setParam] = useWidgetParams<{ broken: boolean }>();
  if (params.broken) throw new Error('Deliberate failure for the error-boundary test');
  return (
    <button type="button" className="button" onClick={() => setParam('broken', true)}>
      Break this widget
    </button>
  );
}
