'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import type { WidgetMeta } from '@/components/figure/catalog';
import { ExportContext, type ExportGetter, type ExportRegistry } from '@/components/figure/exports';
import { FigureMenu } from '@/components/figure/FigureMenu';
import { ParamNotice } from '@/components/figure/Notice';
import { type WidgetEntry, widgetEntry } from '@/components/figure/registry';
import {
  coerce,
  type ParamsSchema,
  type ParamValues,
  serializeQuery,
  validateParams,
} from '@/components/figure/schema';
import { createWidgetStore, type WidgetStore } from '@/components/figure/store';
import { useUrlState } from '@/components/figure/urlState';
import { WidgetFrame, WidgetPlaceholder } from '@/components/figure/WidgetFrame';
import { useArticleContext } from '@/components/prose/ArticleState';

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

/** Keeps bound widget parameters and article variables equal, whichever side the reader moves. */
function useArticleBinding(
  store: WidgetStore<Record<string, unknown>>,
  schema: ParamsSchema,
  bind?: Record<string, string>,
) {
  const article = useArticleContext();
  useEffect(() => {
    if (!article || !bind) return;
    const pairs = Object.entries(bind).filter(([param, v]) => schema[param] && article.def.vars[v]);
    const pull = (vars: Record<string, number>) => {
      const patch: Record<string, unknown> = {};
      for (const [param, v] of pairs) {
        const { value } = coerce(schema[param], param, vars[v]);
        if (store.getState().params[param] !== value) patch[param] = value;
      }
      if (Object.keys(patch).length > 0) store.getState().setParams(patch);
    };
    const push = (params: Record<string, unknown>) => {
      const vars = article.store.getState().vars;
      for (const [param, v] of pairs) {
        const value = params[param];
        if (typeof value === 'number' && vars[v] !== value) article.store.getState().setVar(v, value);
      }
    };
    // The figure's own starting state (props, URL) wins over the article's defaults.
    push(store.getState().params);
    const offArticle = article.store.subscribe((s, prev) => {
      if (s.vars !== prev.vars) pull(s.vars);
    });
    const offWidget = store.subscribe((s, prev) => {
      if (s.params !== prev.params) push(s.params);
    });
    return () => {
      offArticle();
      offWidget();
    };
  }, [article, bind, schema, store]);
}

/** The live part of a figure: menu, notices, reserved box, lazy widget, URL state and bindings. */
export function FigureClient({ id, anchor, label, widget, meta, props, bind }: FigureClientProps) {
  const entry = widgetEntry(meta);
  if (!entry) {
    return (
      <div className="error-card" role="alert" data-error-card>
        <p className="error-card-title">Unknown widget “{widget}”.</p>
      </div>
    );
  }
  return <FigureWidget id={id} anchor={anchor} label={label} entry={entry} props={props} bind={bind} />;
}

function FigureWidget({
  id,
  anchor,
  label,
  entry,
  props,
  bind,
}: Omit<FigureClientProps, 'widget' | 'meta'> & { entry: WidgetEntry }) {
  const schema = entry.params;
  const initial = useMemo(() => validateParams(schema, props), [schema, props]);
  const [store] = useState(() => createWidgetStore<ParamValues<ParamsSchema>>(initial.values));
  const [notices, setNotices] = useState<string[]>(initial.notices);
  const boxRef = useRef<HTMLDivElement>(null);
  const near = useNearViewport(boxRef, anchor);
  const exportRef = useRef<ExportGetter | null>(null);
  const registry = useMemo<ExportRegistry>(() => ({ set: (g) => (exportRef.current = g) }), []);

  const urlRead = useUrlState(store, schema, initial.values, id, (n) =>
    setNotices((prev) => [...prev, ...n]),
  );
  useArticleBinding(store as WidgetStore<Record<string, unknown>>, schema, bind);

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
      <div className="figure-box" ref={boxRef} style={{ aspectRatio: String(entry.aspectRatio) }}>
        <ExportContext.Provider value={registry}>
          {near ? (
            <WidgetFrame entry={entry} store={store} name={label} ready={urlRead} />
          ) : (
            <WidgetPlaceholder />
          )}
        </ExportContext.Provider>
      </div>
    </div>
  );
}
