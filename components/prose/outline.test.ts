import { describe, expect, it } from 'vitest';
import { buildOutline } from './outline';

const source = `
# Title is not in the outline

## Why $O(n^2)$ hurts

Some text <Cite id="su2019"/> and <Ref to="mask"/>.

<Figure id="mask" widget="attention-mask">Caption <Cite id="child2019, su2019"/></Figure>

### Local windows

<Equation id="local">
$$
|i-j| \\le k
$$
</Equation>

See <Ref to="local"/>, <Ref to="why-on2-hurts"/> and <Ref to="local-windows"/>.<SideNote>one</SideNote>

\`\`\`
<Figure id="in-code-block"/>
\`\`\`

## Counting

<Equation id="count">
$$
n(2k+1) - k(k+1)
$$
</Equation>

<Figure id="race" widget="attention-mask"/>
<SideNote>two</SideNote>
`;

describe('buildOutline(source)', () => {
  const o = buildOutline(source, 'test');

  it('numbers h2 and h3 headings and slugs them like rehype-slug', () => {
    expect(o.headings).toEqual([
      { depth: 2, text: 'Why O(n^2) hurts', id: 'why-on2-hurts', number: '1' },
      { depth: 3, text: 'Local windows', id: 'local-windows', number: '1.1' },
      { depth: 2, text: 'Counting', id: 'counting', number: '2' },
    ]);
  });

  it('numbers figures and equations in document order, ignoring code blocks', () => {
    expect(o.figures).toEqual({ mask: 1, race: 2 });
    expect(o.equations).toEqual({ local: 1, count: 2 });
  });

  it('numbers citations by first appearance, including comma lists', () => {
    expect(o.citations).toEqual({ su2019: 1, child2019: 2 });
  });

  it('counts side notes', () => {
    expect(o.sideNotes).toBe(2);
  });

  it('labels reference targets', () => {
    expect(o.targets.mask).toMatchObject({ label: 'Figure 1', anchor: 'fig-mask' });
    expect(o.targets.count).toMatchObject({ label: 'Eq. 2', anchor: 'eq-count' });
    expect(o.targets['local-windows']).toMatchObject({ label: 'Section 1.1', anchor: 'local-windows' });
  });

  it('throws on a reference to nothing', () => {
    expect(() => buildOutline('<Ref to="nope"/>', 'a')).toThrow(/a: <Ref to="nope"\/> names no figure/);
  });

  it('throws on a duplicate id', () => {
    expect(() => buildOutline('<Figure id="x"/>\n\n<Equation id="x">\n$$\nx\n$$\n</Equation>')).toThrow(
      /"x" is used twice/,
    );
  });

  it('throws on a figure without an id', () => {
    expect(() => buildOutline('<Figure widget="attention-mask"/>')).toThrow(/no id/);
  });
});
