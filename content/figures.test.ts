// The articles' figures against the widget catalog: every `<Figure>` names a catalog widget, every catalog
// widget is the figure its entry names (article and figure id), bound parameters are numeric parameters of
// that widget bound to the article's live variables within their range, parameter props validate, and each
// article's widget table (content/<slug>.widgets.ts) holds the code of exactly the widgets its figures show.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog, getWidgetMeta } from '@/components/figure/catalog';
import { validateParams } from '@/components/figure/schema';
import { articles } from './articles';
import { parseFigures } from './figures';
import { liveDefinitions } from './live';

const root = path.resolve(__dirname, '..');
const widgetTables = import.meta.glob<Record<string, unknown>>('./*.widgets.ts', { eager: true });
const figuresOf = (slug: string) =>
  parseFigures(readFileSync(path.join(root, 'content', `${slug}.mdx`), 'utf8'));

describe('parseFigures(mdx)', () => {
  it('reads id, widget, bind pairs and other attributes in any order', () => {
    const mdx = `text <Figure widget="a-b" width="outset" bind={{ n: 'n', k: "kk" }} id="x" k={3}>
Caption with $x > 1$.
</Figure> <Figure id="y" widget="c">`;
    expect(parseFigures(mdx)).toEqual([
      { id: 'x', widget: 'a-b', bind: { n: 'n', k: 'kk' }, attributes: { width: 'outset', k: '{3}' } },
      { id: 'y', widget: 'c', bind: {}, attributes: {} },
    ]);
  });
});

describe.each(articles.map((a) => [a.slug] as const))('content/%s.mdx', (slug) => {
  const figures = figuresOf(slug);

  it('has figures with unique ids, each a catalog widget that belongs to this article', () => {
    expect(figures.length).toBeGreaterThan(0);
    expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
    for (const f of figures) {
      const meta = getWidgetMeta(f.widget);
      expect(meta?.id, `<Figure id="${f.id}" widget="${f.widget}">: the catalog has no such widget`).toBe(
        f.widget,
      );
      expect({ article: meta?.article, figure: meta?.figure }, `catalog entry of ${f.widget}`).toEqual({
        article: slug,
        figure: f.id,
      });
    }
  });

  it('has a widget table with the code of exactly the widgets its figures show', () => {
    expect(Object.keys(widgetTables), 'the article’s widget table').toContain(`./${slug}.widgets.ts`);
    const [table] = Object.values(widgetTables[`./${slug}.widgets.ts`] ?? {}) as Record<string, unknown>[];
    expect(Object.keys(table ?? {}).sort()).toEqual(
      [...new Set(figuresOf(slug).map((f) => f.widget))].sort(),
    );
    for (const load of Object.values(table ?? {})) expect(load).toBeTypeOf('function');
  });

  it('binds only numeric parameters of the widget to its live variables, within their range', () => {
    for (const f of figures) {
      const schema = getWidgetMeta(f.widget)?.params ?? {};
      for (const [param, name] of Object.entries(f.bind)) {
        const spec = schema[param];
        expect(spec?.type, `${f.id}: bound parameter ${param}`).toMatch(/^(int|number)$/);
        const live = liveDefinitions[slug]?.vars[name];
        expect(
          Object.hasOwn(liveDefinitions[slug]?.vars ?? {}, name),
          `${f.id}: ${param} is bound to ${name}, a live variable of ${slug}`,
        ).toBe(true);
        if (live && spec && (spec.type === 'int' || spec.type === 'number')) {
          expect(live.min, `${name}.min`).toBeGreaterThanOrEqual(spec.min);
          expect(live.max, `${name}.max`).toBeLessThanOrEqual(spec.max);
        }
      }
    }
  });

  it('gives only parameter props that validate (numbers in braces, text in quotes)', () => {
    for (const f of figures) {
      const schema = getWidgetMeta(f.widget)?.params ?? {};
      const { width, ...params } = f.attributes;
      expect(['body', 'outset', 'page', undefined], `${f.id}: width`).toContain(width);
      const props = Object.fromEntries(
        Object.entries(params).map(([k, v]) => [k, v.startsWith('{') ? JSON.parse(v.slice(1, -1)) : v]),
      );
      for (const key of Object.keys(props))
        expect(Object.keys(schema), `${f.id}: prop ${key}`).toContain(key);
      expect(validateParams(schema, props).notices, f.id).toEqual([]);
    }
  });
});

describe('the catalog', () => {
  it('names, for every widget, a real figure of its article that uses it', () => {
    const slugs = articles.map((a) => a.slug);
    for (const w of catalog) {
      expect(slugs, `${w.id}: article`).toContain(w.article);
      const figure = figuresOf(w.article).find((f) => f.id === w.figure);
      expect(figure?.widget, `${w.id}: <Figure id="${w.figure}"> in ${w.article}.mdx`).toBe(w.id);
    }
  });
});
