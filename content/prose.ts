/**
 * Helpers for the tests that check an article's typed numbers against lib (`content/<slug>.prose.test.ts`):
 * each such test recomputes a number the prose states and looks for the sentence that states it. Pure;
 * not used by the site.
 */

/**
 * An MDX source with every run of white space (line breaks included) collapsed to one space, so a test can
 * find a sentence whatever its line wrapping.
 * Example: `flattenProse('a\n  b')` → `'a b'`.
 */
export function flattenProse(mdx: string): string {
  return mdx.replace(/\s+/g, ' ');
}
