import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { woff2Only } from './katex-css.mjs';

const require = createRequire(import.meta.url);

describe('woff2Only(css, fontsDir, outDir)', () => {
  it('keeps one woff2 source per face and rewrites its path', () => {
    const css =
      '@font-face{font-family:A;src:url(fonts/A.woff2) format("woff2"),url(fonts/A.woff) format("woff"),url(fonts/A.ttf) format("truetype")}';
    const { css: out, faces } = woff2Only(css, '/x/node_modules/katex/dist/fonts', '/x/components/prose');
    expect(faces).toBe(1);
    expect(out).toBe(
      '@font-face{font-family:A;src:url(../../node_modules/katex/dist/fonts/A.woff2) format("woff2")}',
    );
  });

  it('handles every face of the installed KaTeX stylesheet', () => {
    const source = require.resolve('katex/dist/katex.min.css');
    const css = readFileSync(source, 'utf8');
    const total = css.match(/@font-face/g)?.length ?? 0;
    const { css: out, faces } = woff2Only(css, path.join(path.dirname(source), 'fonts'), '/tmp');
    expect(total).toBeGreaterThan(10);
    expect(faces).toBe(total);
    expect(out).not.toMatch(/\.ttf\)|\.woff\)/);
  });
});
