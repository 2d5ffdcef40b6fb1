'use client';

import { createContext, createElement, type ReactNode, useContext } from 'react';
import { createStore, type StoreApi, useStore } from 'zustand';

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
 * Creates one widget instance's store, starting from `initial` (its figure's values); `reset()` returns there.
 * Two figures on one page each get their own.
 */
export function createWidgetStore<P>(initial: P): WidgetStore<P> {
  return createStore<WidgetState<P>>()((set) => ({
    params: structuredClone(initial),
    generation: 0,
    setParam: (key, value) => set((s) => ({ params: { ...s.params, [key]: value } })),
    setParams: (patch) => set((s) => ({ params: { ...s.params, ...patch } })),
    reset: () => set((s) => ({ params: structuredClone(initial), generation: s.generation + 1 })),
  }));
}

// biome-ignore lint/suspicious/noExplicitAny: the context carries any widget's store; hooks narrow it.
const WidgetStoreContext = createContext<WidgetStore<any> | null>(null);

export function WidgetStoreProvider<P>({ store, children }: { store: WidgetStore<P>; children: ReactNode }) {
  return createElement(WidgetStoreContext.Provider, { value: store }, children);
}

/** The store of the enclosing widget; throws outside a `WidgetStoreProvider`. */
export function useWidgetStoreApi<P>(): WidgetStore<P> {
  const store = useContext(WidgetStoreContext);
  if (!store)
    throw new Error(
      'useWidgetStore must be used inside a <WidgetStoreProvider> (a Figure or an embed page).',
    );
  return store as WidgetStore<P>;
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
