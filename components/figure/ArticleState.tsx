'use client';

import { createContext, type ReactNode, useContext, useState } from 'react';
import { createStore, type StoreApi, useStore } from 'zustand';
import { applyLimits, clampLive, type LiveDefinition, liveDefaults, liveValue } from './live';
import type { WidgetLoaders } from './registry';

export interface ArticleState {
  vars: Record<string, number>;
  setVar: (name: string, value: number) => void;
}

interface ArticleContextValue {
  store: StoreApi<ArticleState>;
  def: LiveDefinition;
  /** The code of the article's widgets (`content/<slug>.widgets.ts`). */
  widgets: WidgetLoaders;
}

const ArticleContext = createContext<ArticleContextValue | null>(null);
const EMPTY: LiveDefinition = { vars: {} };

/**
 * One article's shared store; every `<Var>`, `<Draggable>` and bound figure inside reads it, and its figures
 * find their widgets' code in it. Each article wraps it in its own client module (`content/<slug>.provider.tsx`)
 * that passes its widget table and, if its prose has live numbers, `def`.
 */
export function ArticleProvider({
  def = EMPTY,
  widgets,
  children,
}: {
  def?: LiveDefinition;
  widgets: WidgetLoaders;
  children: ReactNode;
}) {
  const [value] = useState<ArticleContextValue>(() => {
    const store = createStore<ArticleState>()((set) => ({
      vars: liveDefaults(def),
      setVar: (name, v) => {
        const spec = def.vars[name];
        if (!spec) return;
        set((s) => ({ vars: applyLimits(def, { ...s.vars, [name]: clampLive(spec, v) }) }));
      },
    }));
    return { store, def, widgets };
  });
  return <ArticleContext.Provider value={value}>{children}</ArticleContext.Provider>;
}

/** The enclosing article's store, or null outside an article (an embed page). */
export function useArticleContext(): ArticleContextValue | null {
  return useContext(ArticleContext);
}

function useRequiredArticle(component: string): ArticleContextValue {
  const ctx = useContext(ArticleContext);
  if (!ctx) throw new Error(`<${component}> must be used inside an article.`);
  return ctx;
}

/** The current value of a live variable or derived quantity. */
export function useLiveValue(name: string, component = 'Var'): { value: number; def: LiveDefinition } {
  const { store, def } = useRequiredArticle(component);
  const value = useStore(store, (s) => liveValue(def, s.vars, name));
  return { value, def };
}

export function useLiveVars(component: string): {
  vars: Record<string, number>;
  def: LiveDefinition;
  store: StoreApi<ArticleState>;
} {
  const { store, def } = useRequiredArticle(component);
  const vars = useStore(store, (s) => s.vars);
  return { vars, def, store };
}
