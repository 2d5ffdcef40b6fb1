'use client';

import { useState } from 'react';
import { getWidgetMeta } from '@/components/figure/catalog';
import { type WidgetEntry, widgetEntry } from '@/components/figure/registry';
import { defaults, defineParams } from '@/components/figure/schema';
import { createWidgetStore } from '@/components/figure/store';
import { WidgetFrame } from '@/components/figure/WidgetFrame';
import { sparseAttentionWidgets } from '@/content/sparse-attention.widgets';
import { ControlsGallery } from './ControlsGallery';

const crashEntry: WidgetEntry = {
  id: 'crash-test',
  title: 'Crash test',
  description: 'Throws while rendering when asked to.',
  article: 'sparse-attention',
  figure: 'mask',
  params: defineParams({ broken: { type: 'boolean', label: 'Broken', default: false } }),
  embedHeight: 200,
  load: () => import('./CrashWidget'),
};

/**
 * A failing widget beside a working one, each in its own frame, as on an article page; below them, every
 * generic control with a readout of its value.
 */
export function TestBench() {
  // biome-ignore lint/style/noNonNullAssertion: the first widget is always registered.
  const mask = widgetEntry(getWidgetMeta('attention-mask'), sparseAttentionWidgets)!;
  const [crashStore] = useState(() => createWidgetStore(defaults(crashEntry.params)));
  const [maskStore] = useState(() => createWidgetStore(defaults(mask.params)));
  return (
    <>
      <section aria-label="Failing widget" data-testid="crash-frame">
        <WidgetFrame entry={crashEntry} store={crashStore} name="Crash test" />
      </section>
      <section aria-label="Working widget" data-testid="mask-frame">
        <WidgetFrame entry={mask} store={maskStore} name="Attention mask" />
      </section>
      <section aria-label="Controls gallery" data-testid="controls-gallery">
        <h2>Controls</h2>
        <ControlsGallery />
      </section>
    </>
  );
}
