// TeX renders on the server what KaTeX renders (so the page's HTML carries the typeset math and its MathML),
// with KaTeX's outer element as its own element.
import katex from 'katex';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { innerMarkup, TeX, typesetOptions } from './TeX';

describe('TeX', () => {
  it.each([
    ['inline', '\\frac{a}{b} + x_i^2', false],
    ['display', '\\|A - A_k\\|_F^2 = \\sum_{i>k} \\sigma_i^2', true],
  ])('renders %s math on the server exactly as KaTeX does, MathML included', (_, tex, display) => {
    const html = renderToStaticMarkup(<TeX tex={tex} display={display} />);
    expect(html).toBe(katex.renderToString(tex, typesetOptions(display)));
    expect(html).toContain('<annotation encoding="application/x-tex">');
  });

  it('typesets serverTex on the server when given (a live equation at its initial values)', () => {
    const html = renderToStaticMarkup(<TeX tex="k = 3" serverTex="k = 2" />);
    expect(html).toBe(katex.renderToString('k = 2', typesetOptions(false)));
  });

  it('shows a formula KaTeX rejects as its error, inside the KaTeX element', () => {
    const html = renderToStaticMarkup(<TeX tex="\\frac{" />);
    expect(html.startsWith('<span class="katex"><span class="katex-error"')).toBe(true);
  });

  it('innerMarkup strips only KaTeX’s own outer element', () => {
    expect(innerMarkup('<span class="katex"><b>x</b></span>', false)).toBe('<b>x</b>');
    expect(innerMarkup('<span class="katex-display"><span class="katex">x</span></span>', true)).toBe(
      '<span class="katex">x</span>',
    );
    expect(innerMarkup('<span class="katex-error">x</span>', false)).toBe(
      '<span class="katex-error">x</span>',
    );
    expect(innerMarkup('', true)).toBe('');
  });
});
