'use client';

import { createContext, createElement, type ReactNode, useContext, useMemo } from 'react';
import { createStore, type StoreApi, useStore } from 'zustand';
import type { ParamsSchema } from './schema';

/** A widget instance's inputs: its parameters and the actions that change them. Nothing derived lives here. */
export interface WidgetState<P> {
  params: P;
  /** Bumped by `reset()`, so widgets can drop their own transient state (selection, hover, running jobs). */
  generation: number;
  setParam: <K extends keyof P>(key: K, value: P[K]) => void;
  setParams: (patch: Partial<P>) => void;
  reset: () => void;
}

export type WidgetStore<P> = StoreApi<WidgetState<P>>;

/**
 * Parameters that live in another store: each bound parameter *is* a variable of that store (an article's live
 * variable), read from and written to it, never copied. `read`/`write` convert between the two.
 */
export interface ParamBinding<P> {
  /** Parameter → the name it has in the other store. */
  keys: Partial<Record<keyof P, string>>;
  read: () => Readonly<Record<string, unknown>>;
  write: (name: string, value: unknown) => void;
  subscribe: (listener: () => void) => () => void;
}

/**
 * Creates one widget instance's store, starting from `initial` (its figure's values); `reset()` returns there.
 * Two figures on one page each get their own. With a `binding`, the bound parameters are not held here at
 * all: the store reads them from the binding's source and writes them there (an article's variables), so
 * the prose and the figure share one value instead of keeping two in step.
 */
export function createWidgetStore<P>(initial: P, binding?: ParamBinding<P>): WidgetStore<P> {
  const own = createStore<WidgetState<P>>()((set) => ({
    params: structuredClone(initial),
    generation: 0,
    setParam: (key, value) => set((s) => ({ params: { ...s.params, [key]: value } })),
    setParams: (patch) => set((s) => ({ params: { ...s.params, ...patch } })),
    reset: () => set((s) => ({ params: structuredClone(initial), generation: s.generation + 1 })),
  }));
  const bound = binding ? (Object.entries(binding.keys) as [keyof P, string][]) : [];
  if (!binding || bound.length === 0) return own;
  return boundStore(own, binding, bound, initial);
}

function boundStore<P>(
  own: WidgetStore<P>,
  binding: ParamBinding<P>,
  bound: [keyof P, string][],
  initial: P,
): WidgetStore<P> {
  const isBound = new Map(bound);
  const split = (patch: Partial<P>) => {
    const mine: Partial<P> = {};
    for (const [key, value] of Object.entries(patch) as [keyof P, P[keyof P]][]) {
      const name = isBound.get(key);
      if (name === undefined) mine[key] = value;
      else if (!Object.is(binding.read()[name], value)) binding.write(name, value);
    }
    if (Object.keys(mine).length > 0) own.getState().setParams(mine);
  };
  const actions = {
    setParam: <K extends keyof P>(key: K, value: P[K]) => split({ [key]: value } as unknown as Partial<P>),
    setParams: split,
    reset: () => {
      split(Object.fromEntries(bound.map(([key]) => [key, initial[key]])) as Partial<P>);
      own.getState().reset();
    },
  };
  const compose = (state: WidgetState<P>, source: Readonly<Record<string, unknown>>): WidgetState<P> => {
    const params = { ...state.params };
    for (const [key, name] of bound) if (source[name] !== undefined) params[key] = source[name] as P[keyof P];
    return { ...state, ...actions, params };
  };
  let lastOwn = own.getState();
  let lastSource = binding.read();
  let snapshot = compose(lastOwn, lastSource);
  const initialSnapshot = snapshot;
  const listeners = new Set<(state: WidgetState<P>, prev: WidgetState<P>) => void>();
  const refresh = () => {
    const ownNow = own.getState();
    const sourceNow = binding.read();
    if (ownNow === lastOwn && bound.every(([, name]) => Object.is(sourceNow[name], lastSource[name]))) return;
    lastOwn = ownNow;
    lastSource = sourceNow;
    const prev = snapshot;
    snapshot = compose(ownNow, sourceNow);
    for (const listener of listeners) listener(snapshot, prev);
  };
  let unsubscribe: (() => void) | null = null;
  return {
    getState: () => {
      if (!unsubscribe) refresh();
      return snapshot;
    },
    getInitialState: () => initialSnapshot,
    setState: (partial) => {
      const patch = typeof partial === 'function' ? partial(snapshot) : partial;
      if (patch.params) split(patch.params);
    },
    subscribe: (listener) => {
      if (listeners.size === 0) {
        const offOwn = own.subscribe(refresh);
        const offSource = binding.subscribe(refresh);
        unsubscribe = () => {
          offOwn();
          offSource();
        };
        refresh();
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          unsubscribe?.();
          unsubscribe = null;
        }
      };
    },
  };
}

interface WidgetContextValue {
  // biome-ignore lint/suspicious/noExplicitAny: the context carries any widget's store; hooks narrow it.
  store: WidgetStore<any>;
  schema: ParamsSchema;
}

const WidgetStoreContext = createContext<WidgetContextValue | null>(null);

export function WidgetStoreProvider<P>({
  store,
  schema,
  children,
}: {
  store: WidgetStore<P>;
  /** The widget's parameter declarations, read by the schema-bound controls. */
  schema: ParamsSchema;
  children: ReactNode;
}) {
  const value = useMemo(() => ({ store, schema }), [store, schema]);
  return createElement(WidgetStoreContext.Provider, { value }, children);
}

function useWidgetContext(): WidgetContextValue {
  const ctx = useContext(WidgetStoreContext);
  if (!ctx)
    throw new Error(
      'useWidgetStore must be used inside a <WidgetStoreProvider> (a Figure or an embed page).',
    );
  return ctx;
}

/** The store of the enclosing widget; throws outside a `WidgetStoreProvider`. */
export function useWidgetStoreApi<P>(): WidgetStore<P> {
  return useWidgetContext().store as WidgetStore<P>;
}

/** The parameter declarations of the enclosing widget (for schema-bound controls). */
export function useWidgetSchema(): ParamsSchema {
  return useWidgetContext().schema;
}

/** Selects from the enclosing widget's state; re-renders only when the selected value changes. */
export function useWidgetStore<P, T>(selector: (state: WidgetState<P>) => T): T {
  return useStore(useWidgetStoreApi<P>(), selector);
}

/** All of a widget's parameters and the setter: `const [params, setParam] = useWidgetParams<P>()`. */
export function useWidgetParams<P>(): [P, WidgetState<P>['setParam']] {
  const store = useWidgetStoreApi<P>();
  const params = useStore(store, (s) => s.params);
  return [params, store.getState().setParam];
}

/** One parameter and its setter; the widget re-renders only when this parameter changes. */
export function useParam<P, K extends keyof P>(key: K): [P[K], (value: P[K]) => void] {
  const store = useWidgetStoreApi<P>();
  const value = useStore(store, (s) => s.params[key]);
  return [value, (v: P[K]) => store.getState().setParam(key, v)];
}
