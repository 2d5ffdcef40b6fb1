import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createWidgetStore, type ParamBinding } from './store';

type P = { n: number; k: number; pattern: string };

/** An article-like store of variables and a binding of the widget's `n` to its variable `len`. */
function setup(initial: P = { n: 16, k: 4, pattern: 'sparse' }) {
  const article = createStore<{ vars: Record<string, number> }>()(() => ({ vars: { len: 16, other: 1 } }));
  const binding: ParamBinding<P> = {
    keys: { n: 'len' },
    read: () => article.getState().vars,
    write: (name, value) => article.setState((s) => ({ vars: { ...s.vars, [name]: value as number } })),
    subscribe: (listener) => article.subscribe(listener),
  };
  return { article, store: createWidgetStore<P>(initial, binding) };
}

describe('createWidgetStore(initial, binding)', () => {
  it('reads a bound parameter from the bound store, not from a copy', () => {
    const { article, store } = setup();
    article.setState({ vars: { len: 40, other: 1 } });
    expect(store.getState().params.n).toBe(40);
  });

  it('setParam on a bound parameter writes the bound store and leaves no local copy', () => {
    const { article, store } = setup();
    store.getState().setParam('n', 24);
    expect(article.getState().vars.len).toBe(24);
    expect(store.getState().params.n).toBe(24);
    store.getState().setParams({ n: 30, k: 7 });
    expect(article.getState().vars.len).toBe(30);
    expect(store.getState().params).toEqual({ n: 30, k: 7, pattern: 'sparse' });
  });

  it('notifies subscribers once per change on either side, with the previous state', () => {
    const { article, store } = setup();
    const seen: [number, number][] = [];
    const off = store.subscribe((s, prev) => seen.push([prev.params.n, s.params.n]));
    article.setState({ vars: { len: 20, other: 1 } });
    store.getState().setParam('k', 5);
    article.setState({ vars: { len: 20, other: 2 } }); // an unbound variable: no change for the widget
    off();
    article.setState({ vars: { len: 50, other: 2 } });
    expect(seen).toEqual([
      [16, 20],
      [20, 20],
    ]);
  });

  it('getState() returns the same object until something changes (a stable snapshot for React)', () => {
    const { article, store } = setup();
    const off = store.subscribe(() => {});
    const a = store.getState();
    expect(store.getState()).toBe(a);
    article.setState({ vars: { len: 17, other: 1 } });
    expect(store.getState()).not.toBe(a);
    off();
  });

  it('reset() restores local and bound parameters to the initial values and bumps the generation', () => {
    const { article, store } = setup();
    store.getState().setParams({ n: 99, k: 9, pattern: 'local' });
    store.getState().reset();
    expect(article.getState().vars.len).toBe(16);
    expect(store.getState().params).toEqual({ n: 16, k: 4, pattern: 'sparse' });
    expect(store.getState().generation).toBe(1);
  });

  it('without a binding the store holds every parameter itself, and two stores never share state', () => {
    const a = createWidgetStore<P>({ n: 1, k: 2, pattern: 'x' });
    const b = createWidgetStore<P>({ n: 1, k: 2, pattern: 'x' });
    a.getState().setParam('n', 5);
    expect(b.getState().params.n).toBe(1);
    expect(a.getState().params.n).toBe(5);
  });
});
