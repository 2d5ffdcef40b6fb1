'use client';

import {
  type ComponentType,
  type LazyExoticComponent,
  lazy,
  type ReactNode,
  type RefObject,
  Suspense,
  useEffect,
  useRef,
  useState,
} from 'react';
import { WidgetErrorBoundary } from './ErrorBoundary';
import type { WidgetEntry } from './registry';
import { type WidgetStore, WidgetStoreProvider } from './store';

const lazyWidgets = new Map<string, LazyExoticComponent<ComponentType>>();

function lazyWidget(entry: WidgetEntry): LazyExoticComponent<ComponentType> {
  let component = lazyWidgets.get(entry.id);
  if (!component) {
    component = lazy(entry.load);
    lazyWidgets.set(entry.id, component);
  }
  return component;
}

export function WidgetPlaceholder({ label = 'Loading widget…' }: { label?: string }) {
  return (
    <div className="widget-placeholder" aria-busy="true">
      <span>{label}</span>
    </div>
  );
}

/**
 * Marks the widget root `data-ready` once the widget inside has mounted (or hydrated) and its starting state is
 * final: before that, a click or key press on server-rendered markup would be lost, or undone by the URL's
 * state arriving. Tests and embedders can wait for it.
 */
function ReadyMark({ root }: { root: RefObject<HTMLDivElement | null> }) {
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    el.dataset.ready = '';
    return () => {
      delete el.dataset.ready;
    };
  }, [root]);
  return null;
}

interface FrameProps {
  entry: WidgetEntry;
  // biome-ignore lint/suspicious/noExplicitAny: any widget's parameters.
  store: WidgetStore<any>;
  name: string;
  /** False until the starting state is final (the URL has been read); `data-ready` waits for it. */
  ready?: boolean;
  children?: ReactNode;
}

/**
 * Mounts one widget: its store, its code (loaded on demand), and an error boundary. Every widget's root
 * carries `data-widget="<id>"`. Resetting after an error restores the starting values and retries loading.
 */
export function WidgetFrame({ entry, store, name, ready = true }: FrameProps) {
  const [attempt, setAttempt] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const Widget = lazyWidget(entry);
  return (
    <WidgetStoreProvider store={store} schema={entry.params}>
      <WidgetErrorBoundary
        key={attempt}
        name={name}
        onReset={() => {
          lazyWidgets.delete(entry.id);
          store.getState().reset();
          setAttempt((a) => a + 1);
        }}
      >
        <div className="widget-root" data-widget={entry.id} ref={root}>
          <Suspense fallback={<WidgetPlaceholder />}>
            <Widget />
            {ready ? <ReadyMark root={root} /> : null}
          </Suspense>
        </div>
      </WidgetErrorBoundary>
    </WidgetStoreProvider>
  );
}
