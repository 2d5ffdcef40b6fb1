// The rehype plugin hands the articles' math to <TeX> as its source, through the MDX compiler next.config uses.
import { compile } from '@mdx-js/mdx';
import remarkMath from 'remark-math';
import { describe, expect, it } from 'vitest';
import rehypeTex from './rehype-tex.mjs';

describe('rehype-tex', () => {
  const compiled = async (mdx: string) =>
    String(await compile(mdx, { remarkPlugins: [remarkMath], rehypePlugins: [rehypeTex], jsx: true }));

  it('turns inline and display math into TeX elements carrying the source', async () => {
    const js = await compiled('Let $x^2$ be.\n\n$$\n\\sum_i x_i\n$$\n\n```math\na = b\n```\n');
    expect(js).toContain('<_components.p>{"Let "}<TeX tex="x^2" />{" be."}</_components.p>');
    expect(js).toContain('<TeX tex="\\sum_i x_i" display />');
    expect(js).toMatch(/<TeX tex="a = b\s*" display \/>/);
    expect(js).not.toContain('language-math');
  });

  it('leaves code that is not math alone', async () => {
    const js = await compiled('`$x$` and\n\n```js\nlet a;\n```\n');
    expect(js).not.toContain('<TeX');
    expect(js).toContain('language-js');
  });
});
