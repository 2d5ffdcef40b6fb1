import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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

  it('slugs are unique', () => {
    expect(new Set(articles.map((a) => a.slug)).size).toBe(articles.length);
  });
});
