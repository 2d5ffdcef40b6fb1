import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ARTICLE_THUMB_SLUGS, ArticleThumb } from '@/components/site/ArticleThumb';
import { articles } from './articles';
import { liveDefinitions } from './live';

const root = path.resolve(__dirname, '..');

describe('articles', () => {
  it('every article has its MDX and its own route, which renders that slug', () => {
    for (const { slug } of articles) {
      expect(existsSync(path.join(root, 'content', `${slug}.mdx`)), `${slug}.mdx`).toBe(true);
      const route = path.join(root, 'app', '(site)', 'articles', slug, 'page.tsx');
      expect(existsSync(route), `route for ${slug}`).toBe(true);
      const source = readFileSync(route, 'utf8');
      expect(source).toContain(`@/content/${slug}.mdx`);
      expect(source).toContain(`slug="${slug}"`);
    }
  });

  it('an article with live variables has a provider, and its route passes it', () => {
    for (const slug of Object.keys(liveDefinitions)) {
      expect(
        articles.some((a) => a.slug === slug),
        `${slug} is an article`,
      ).toBe(true);
      expect(existsSync(path.join(root, 'content', `${slug}.provider.tsx`)), `${slug}.provider.tsx`).toBe(
        true,
      );
      const route = readFileSync(path.join(root, 'app', '(site)', 'articles', slug, 'page.tsx'), 'utf8');
      expect(route).toContain(`@/content/${slug}.provider`);
    }
  });

  it('every article has an index-page preview, and no preview is left without its article', () => {
    expect([...ARTICLE_THUMB_SLUGS].sort()).toEqual(articles.map((a) => a.slug).sort());
  });

  it('each preview draws marks from lib, and a slug without one throws instead of leaving an empty box', () => {
    for (const { slug } of articles) {
      const svg = renderToStaticMarkup(createElement(ArticleThumb, { slug }));
      const marks = svg.match(/<(rect|path|line|circle|text)\b/g) ?? [];
      expect(marks.length, `marks in the preview of ${slug}`).toBeGreaterThan(5);
      expect(svg, `preview of ${slug}`).not.toMatch(/NaN|Infinity|undefined/);
    }
    expect(() => renderToStaticMarkup(createElement(ArticleThumb, { slug: 'no-such-article' }))).toThrow(
      /no preview for the article "no-such-article"/,
    );
  });

  it('slugs are unique', () => {
    expect(new Set(articles.map((a) => a.slug)).size).toBe(articles.length);
  });
});
