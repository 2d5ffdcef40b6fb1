// SVG snapshot of the lattice marks (Lattice.tsx), rendered on the server like the kit's other marks.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { type LatticeEdge, type LatticeNode, LatticePlot } from './Lattice';

const columns: LatticeNode[][] = [
  [
    { label: '电', sub: '0.99996', state: 'best', title: 'W(电) = 0.99996' },
    { label: '宙', sub: '4×10⁻⁵' },
  ],
  [
    { label: '柳', state: 'dead' },
    { label: '视', state: 'best' },
    { label: '规', state: 'pending' },
  ],
];
const edges: LatticeEdge[] = [
  { col: 0, from: 0, to: 1, width: 6, state: 'best', title: 'P(视|电) = 0.0857' },
  { col: 0, from: 0, to: 0, width: 0, state: 'zero' },
  { col: 0, from: 1, to: 2, width: 1.5, state: 'back' },
  { col: 0, from: 0, to: 2, width: 1 },
];

describe('LatticePlot (SVG snapshot)', () => {
  it('LatticePlot draws headings, edges under the boxes (heavier states on top) and labelled boxes', async () => {
    const html = renderToStaticMarkup(
      <LatticePlot columns={columns} edges={edges} headings={['s₁', 's₂']} label="test lattice" testId="l" />,
    );
    expect(html).toContain('aria-label="test lattice"');
    expect(html).not.toContain('NaN');
    expect(html).not.toContain('undefined');
    // Drawn order of the edges: impossible first, the best path last.
    const order = [...html.matchAll(/data-edge="([\d-]+)" data-state="(\w+)"/g)].map((m) => m[2]);
    expect(order).toEqual(['zero', 'normal', 'back', 'best']);
    expect(html).toContain('stroke-dasharray="3 3"');
    expect(html.match(/data-node=/g)).toHaveLength(5);
    await expect(html.replace(/></g, '>\n<')).toMatchFileSnapshot('__snapshots__/lattice.html');
  });
});
