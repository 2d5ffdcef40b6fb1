'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { useArticleContext } from '@/components/figure/ArticleState';
import type { WidgetMeta } from '@/components/figure/catalog';
import { ExportContext, type ExportGetter, type ExportRegistry } from '@/components/figure/exports';
import { FigureMenu } from '@/components/figure/FigureMenu';
import { ParamNotice } from '@/components/figure/Notice';
import { type WidgetEntry, widgetEntry } from '@/components/figure/registry';
import { useReservedBox } from '@/components/figure/reserve';
import type { ReservedHeight } from '@/components/figure/reservedHeights';
import {
  coerce,
  type ParamsSchema,
  type ParamValues,
  serializeQuery,
  validateParams,
} from '@/components/figure/schema';
import { createWidgetStore, type ParamBinding } from '@/components/figure/store';
import { useUrlState } from '@/components/figure/urlState';
import { WidgetFrame, WidgetPlaceholder } from '@/components/figure/WidgetFrame';

export interface FigureClientProps {
  id: string;
  anchor: string;
  label: string;
  widget: string;
  /** The widget's catalog entry, looked up on the server (undefined if the id is unknown). */
  meta: WidgetMeta | undefined;
  /** Parameter values given as MDX props (validated against the widget's schema). */
  props: Record<string, unknown>;
  /** Widget parameter → article variable, kept equal in both directions. */
  bind?: Record<string, string>;
  /** The widget's measured height, which its box holds until the reader first acts in it. */
  reserve?: ReservedHeight;
}

/** Loads the widget when the figure comes within this distance of the viewport. */
const LOAD_MARGIN = '600px 0px';

function useNearViewport(ref: React.RefObject<Element | null>, anchor: string): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (typeof IntersectionObserver === 'undefined' || window.location.hash === `#${anchor}`) {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: LOAD_MARGIN },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, anchor]);
  return near;
}

/**
 * The figure's bound parameters as the article's variables (`bind={{ param: 'variable' }}`): the figure's store
 * reads and writes them in the article store, so there is one value, not two kept in step. Pairs naming an
 * unknown parameter or variable are ignored.
 */
function articleBinding(
  article: ReturnType<typeof useArticleContext>,
  schema: ParamsSchema,
  bind: Record<string, string> | undefined,
): ParamBinding<Record<string, unknown>> | undefined {
  if (!article || !bind) return undefined;
  const keys = Object.fromEntries(
    Object.entries(bind).filter(([param, name]) => schema[param] && article.def.vars[name]),
  );
  if (Object.keys(keys).length === 0) return undefined;
  const params = Object.fromEntries(Object.entries(keys).map(([param, name]) => [name, param]));
  return {
    keys,
    read: () => {
      const vars = article.store.getState().vars;
      // Coerced through the parameter's spec, so the widget always sees a value its schema allows.
      return Object.fromEntries(
        Object.entries(params).map(([name, param]) => [name, coerce(schema[param], param, vars[name]).value]),
      );
    },
    write: (name, value) => {
      if (typeof value === 'number') article.store.getState().setVar(name, value);
    },
    subscribe: (listener) => article.store.subscribe((s, prev) => s.vars !== prev.vars && listener()),
  };
}

/** The live part of a figure: menu, notices, reserved box, lazy widget, URL state and bindings. */
export function FigureClient({ widget, meta, ...figure }: FigureClientProps) {
  const entry = widgetEntry(meta, useArticleContext()?.widgets ?? {});
  if (!entry) {
    return (
      <div className="error-card" role="alert" data-error-card>
        <p className="error-card-title">Unknown widget “{widget}”.</p>
      </div>
    );
  }
  return <FigureWidget {...figure} entry={entry} />;
}

function FigureWidget({
  id,
  anchor,
  label,
  entry,
  props,
  bind,
  reserve,
}: Omit<FigureClientProps, 'widget' | 'meta'> & { entry: WidgetEntry }) {
  const schema = entry.params;
  const initial = useMemo(() => validateParams(schema, props), [schema, props]);
  const article = useArticleContext();
  const [store] = useState(() =>
    createWidgetStore<ParamValues<ParamsSchema>>(initial.values, articleBinding(article, schema, bind)),
  );
  // Parameters the MDX gives explicitly set their article variables once (the figure's start wins).
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per mounted figure.
  useEffect(() => {
    const given = initial.present.filter((key) => bind?.[key as string]);
    if (given.length > 0)
      store.getState().setParams(Object.fromEntries(given.map((key) => [key, initial.values[key]])));
  }, [store]);
  const [notices, setNotices] = useState<string[]>(initial.notices);
  const boxRef = useRef<HTMLDivElement>(null);
  const near = useNearViewport(boxRef, anchor);
  const reserved = useReservedBox(reserve, boxRef);
  const exportRef = useRef<ExportGetter | null>(null);
  const registry = useMemo<ExportRegistry>(() => ({ set: (g) => (exportRef.current = g) }), []);

  const urlRead = useUrlState(store, schema, initial.values, id, (n) =>
    setNotices((prev) => [...prev, ...n]),
  );

  const shareUrl = () => {
    const q = serializeQuery(schema, store.getState().params, id, initial.values);
    return `${window.location.origin}${window.location.pathname}${q ? `?${q}` : ''}#${anchor}`;
  };
  const embedUrl = () => {
    const q = serializeQuery(schema, store.getState().params);
    return `${window.location.origin}/embed/${entry.id}/${q ? `?${q}` : ''}`;
  };

  return (
    <div className="figure-live">
      <div className="figure-toolbar">
        <span className="figure-widget-title">{entry.title}</span>
        <FigureMenu
          label={label}
          widgetTitle={entry.title}
          embedHeight={entry.embedHeight}
          shareUrl={shareUrl}
          embedUrl={embedUrl}
          getRoot={() => boxRef.current?.querySelector('.widget-root') ?? null}
          getExport={() => exportRef.current}
          fileStem={`${entry.id}-${id}`}
        />
      </div>
      <ParamNotice notices={notices} onDismiss={() => setNotices([])} />
      <div className="figure-box" ref={boxRef} {...reserved.props}>
        <ExportContext.Provider value={registry}>
          {near ? (
            <WidgetFrame
              entry={entry}
              store={store}
              name={label}
              ready={urlRead}
              onSettled={reserved.settled}
            />
          ) : (
            <WidgetPlaceholder />
          )}
        </ExportContext.Provider>
      </div>
    </div>
  );
}
