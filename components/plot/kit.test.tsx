// SVG snapshots of every mark of the kit, rendered on the server (react-dom/server, no DOM needed) inside a
// fixed-size <Plot>. A change to a mark's output shows up here as a diff of its file in __snapshots__/.
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AxisX, AxisY, Frame } from './Axis';
import { sequentialColor } from './color';
import { Heatmap } from './Heatmap';
import { RampLegend, SwatchLegend } from './Legend';
import { Area, BarX, BarY, Dot, Line, Rect, RuleX, RuleY, TextMark } from './marks';
import { Plot, type PlotProps } from './Plot';
import { Readout } from './Readout';
import { FALLBACK_THEME } from './theme';

const pts = [
  { n: 1, t: 1 },
  { n: 2, t: 3 },
  { n: 3, t: Number.NaN },
  { n: 4, t: 2 },
];

function svg(children: ReactElement, props: Partial<PlotProps> = {}): string {
  return renderToStaticMarkup(
    <Plot label="test plot" width={240} height={120} x={{ domain: [0, 5] }} y={{ domain: [0, 4] }} {...props}>
      {children}
    </Plot>,
  );
}

const snap = (name: string, html: string) =>
  expect(html.replace(/></g, '>\n<')).toMatchFileSnapshot(`__snapshots__/${name}.html`);

describe('plot kit marks (SVG snapshots)', () => {
  it('Plot frames an SVG of the given size with its accessible name, layers and inner frame', async () => {
    const html = svg(<Frame />, { description: 'an empty frame' });
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="test plot"');
    expect(html).toContain('viewBox="0 0 240 120"');
    await snap('frame', html);
  });

  it('AxisX and AxisY draw linear ticks, grid lines and titles', async () => {
    await snap(
      'axes-linear',
      svg(
        <>
          <AxisX label="n" grid />
          <AxisY label="time" grid />
        </>,
      ),
    );
  });

  it('AxisY on a log scale labels decades only', async () => {
    const html = svg(<AxisY />, { y: { type: 'log', domain: [1e-3, 10] } });
    expect(html).toContain('10⁻³');
    expect(html).not.toContain('>0.002<');
    await snap('axis-log', html);
  });

  it('AxisX on a band scale labels every band that fits', async () => {
    await snap(
      'axis-band',
      svg(<AxisX anchor="top" />, { x: { type: 'band', domain: ['a', 'b', 'c', 'd'] } }),
    );
  });

  it('Line breaks at a missing value; a step line goes across, then up', async () => {
    const html = svg(<Line data={pts} x="n" y="t" stroke="var(--warn)" dash="4 3" />);
    expect(html.match(/M/g)?.length).toBe(2);
    await snap('line', html);
    await snap(
      'line-step',
      svg(<Line data={pts.filter((p) => Number.isFinite(p.t))} x="n" y="t" curve="step" />),
    );
  });

  it('Area fills down to zero, or to a second curve', async () => {
    await snap('area', svg(<Area data={pts} x="n" y="t" />));
    await snap('area-band', svg(<Area data={pts} x="n" y="t" y0={(d) => d.t / 2} fill="var(--ok)" />));
  });

  it('BarY stands bars on a band scale; BarX lays them along x; log bars start at the edge', async () => {
    const data = [
      { k: 'a', v: 1 },
      { k: 'b', v: 3 },
    ];
    await snap(
      'bar-y',
      svg(<BarY data={data} x="k" y="v" attrs={(d) => ({ 'data-k': d.k })} />, {
        x: { type: 'band', domain: ['a', 'b'] },
      }),
    );
    await snap(
      'bar-x',
      svg(<BarX data={data} x="v" y="k" titleOf={(d) => `${d.k}: ${d.v}`} />, {
        y: { type: 'band', domain: ['a', 'b'] },
      }),
    );
    const log = svg(<BarY data={data} x="k" y="v" />, {
      x: { type: 'band', domain: ['a', 'b'] },
      y: { type: 'log', domain: [0.1, 10] },
    });
    expect(log).not.toContain('NaN');
    await snap('bar-log', log);
  });

  it('Dot draws circles and markers, skipping points off the scale', async () => {
    await snap(
      'dot',
      svg(
        <>
          <Dot data={pts} x="n" y="t" />
          <Dot data={pts} x="n" y="t" symbol="diamond" r={4} />
        </>,
      ),
    );
  });

  it('RuleX, RuleY, TextMark and Rect place themselves in data space', async () => {
    await snap(
      'rule-text-rect',
      svg(
        <>
          <RuleX values={[2.5]} label="k" />
          <RuleY values={[1]} />
          <TextMark data={pts} x="n" y="t" text={(d) => String(d.t)} dy={-6} />
          <Rect x1={1} x2={2} />
        </>,
      ),
    );
  });

  it('Heatmap draws SVG cells with text and hatched masked cells', async () => {
    const color = sequentialColor([0, 1], FALLBACK_THEME);
    const html = svg(
      <Heatmap
        values={[0, 0.5, 1, 0.25]}
        rows={2}
        cols={2}
        color={color}
        masked={(i, j) => i === 1 && j === 0}
        cellText={(v) => v.toFixed(2)}
        textMin={10}
        cellAttrs={(_v, i, j) => ({ 'data-cell': `${i}-${j}` })}
      />,
      { x: { type: 'band', domain: [0, 1], padding: 0 }, y: { type: 'band', domain: [0, 1], padding: 0 } },
    );
    expect(html).toContain('data-renderer="svg"');
    expect(html).toContain('url(#');
    await snap('heatmap-svg', html);
  });

  it('Heatmap above svgLimit switches to one canvas (painted in the browser) and keeps the hit area', () => {
    const html = svg(
      <Heatmap
        values={new Float64Array(100)}
        rows={10}
        cols={10}
        color={() => 'black'}
        svgLimit={50}
        onCell={() => {}}
      />,
    );
    expect(html).toContain('data-renderer="canvas"');
    expect(html.match(/<rect/g)?.length).toBe(1);
  });

  it('SwatchLegend, RampLegend and Readout render their items', async () => {
    const color = sequentialColor([0, 1], FALLBACK_THEME);
    await snap(
      'legend-readout',
      renderToStaticMarkup(
        <>
          <SwatchLegend
            items={[
              { label: 'dense', color: 'var(--accent)', shape: 'line' },
              { label: 'masked', shape: 'hatch' },
            ]}
          />
          <RampLegend color={color} lo={0} hi={1} labels={['0', '0.5', '1']} caption="weight" />
          <Readout items={[{ label: 'pairs', value: '148', testId: 'pairs' }]} />
        </>,
      ),
    );
  });
});
