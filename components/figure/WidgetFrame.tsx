'use client';

import {
  type ComponentType,
  type LazyExoticComponent,
  lazy,
  type ReactNode,
  type RefObject,
  Suspense,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';
import { WidgetErrorBoundary } from './ErrorBoundary';
import type { WidgetEntry } from './registry';
import { type WidgetStore, WidgetStoreProvider } from './store';
import { TaskBusyContext } from './taskBusy';

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
 * The longest a widget stays behind its skeleton while its height still changes with nothing computing (an
 * animation), and while something in it computes (its progress bars show over the skeleton meanwhile).
 */
export const SETTLE_MAX_MS = 2_000;
export const SETTLE_BUSY_MAX_MS = 15_000;

/**
 * Whether `root` is still computing: it or anything in it is aria-busy (a job of its own running, a running
 * progress bar).
 */
const busy = (root: Element) =>
  root.matches('[aria-busy="true"]') || root.querySelector('[aria-busy="true"]') !== null;

/** How far the content of `root` reaches down from its top (its own box may be held taller or shorter). */
function contentHeight(root: Element): number {
  const top = root.getBoundingClientRect().top;
  let bottom = top;
  for (const child of root.children) bottom = Math.max(bottom, child.getBoundingClientRect().bottom);
  return Math.round(bottom - top);
}

/**
 * Waits, once the widget inside has mounted (or hydrated) and its starting state is final, until it has
 * settled: nothing in it computing and its content as tall for two frames in a row (or, with nothing
 * computing, SETTLE_MAX_MS have passed; at most SETTLE_BUSY_MAX_MS). Then it marks the root `data-ready` and calls `onSettled`. Until then the root is hidden behind
 * the skeleton and held at its reserved height (figure.css), so the reader never sees a widget draw itself in
 * stages, and its first layouts (measured widths arriving, worker results, fonts) move nothing on screen. Before `data-ready` a click or
 * key press on it would be lost, or undone by the URL's state arriving: tests and embedders wait for it.
 */
function ReadyMark({ root, onSettled }: { root: RefObject<HTMLDivElement | null>; onSettled: () => void }) {
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const start = performance.now();
    let last = -1;
    let still = 0;
    let frame = requestAnimationFrame(function check() {
      const height = contentHeight(el);
      const computing = busy(el);
      const elapsed = performance.now() - start;
      still = height === last && !computing ? still + 1 : 0;
      last = height;
      if (still >= 2 || (!computing && elapsed > SETTLE_MAX_MS) || elapsed > SETTLE_BUSY_MAX_MS) {
        el.dataset.ready = '';
        onSettled();
      } else frame = requestAnimationFrame(check);
    });
    return () => {
      cancelAnimationFrame(frame);
      delete el.dataset.ready;
    };
  }, [root, onSettled]);
  return null;
}

interface FrameProps {
  entry: WidgetEntry;
  // biome-ignore lint/suspicious/noExplicitAny: any widget's parameters.
  store: WidgetStore<any>;
  name: string;
  /** False until the starting state is final (the URL has been read); `data-ready` waits for it. */
  ready?: boolean;
  /** Called once the widget has settled (with `data-ready`). */
  onSettled?: () => void;
  children?: ReactNode;
}

/**
 * Mounts one widget: its store, its code (loaded on demand), and an error boundary. Every widget's root
 * carries `data-widget="<id>"`. Resetting after an error restores the starting values and retries loading.
 */
export function WidgetFrame({ entry, store, name, ready = true, onSettled: settledOut }: FrameProps) {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState(false);
  const onSettled = useCallback(() => {
    setSettled(true);
    settledOut?.();
  }, [settledOut]);
  const root = useRef<HTMLDivElement>(null);
  const jobs = useRef(0);
  const markBusy = useCallback((delta: 1 | -1) => {
    jobs.current += delta;
    if (jobs.current > 0) root.current?.setAttribute('aria-busy', 'true');
    else root.current?.removeAttribute('aria-busy');
  }, []);
  const Widget = lazyWidget(entry);
  return (
    <WidgetStoreProvider store={store} schema={entry.params}>
      <TaskBusyContext.Provider value={markBusy}>
        <WidgetErrorBoundary
          key={attempt}
          name={name}
          onReset={() => {
            lazyWidgets.delete(entry.id);
            store.getState().reset();
            setAttempt((a) => a + 1);
          }}
        >
          <div
            className="widget-root"
            data-widget={entry.id}
            data-settling={settled ? undefined : ''}
            ref={root}
          >
            <Suspense fallback={<WidgetPlaceholder />}>
              <Widget />
              {ready ? <ReadyMark root={root} onSettled={onSettled} /> : null}
            </Suspense>
          </div>
        </WidgetErrorBoundary>
      </TaskBusyContext.Provider>
    </WidgetStoreProvider>
  );
}
