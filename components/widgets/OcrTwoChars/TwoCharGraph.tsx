'use client';

import { memo, useMemo } from 'react';
import { edgeWidth, type LatticeEdge, type LatticeNode, LatticePlot } from '@/components/plot';
import { formatNumber } from '@/lib/format';
import { FIRST_CANDIDATES, SECOND_CANDIDATES, type TwoCharAnalysis } from '@/lib/viterbi';

const fmtW = (x: number) => formatNumber(x, { digits: 5 });
const GEOMETRY = { nodeWidth: 78, nodeHeight: 50, columnStep: 210, rowGap: 14, pad: 8, header: 22 };
const HEADINGS = ['s₁', 's₂'];

/** Props of {@link TwoCharGraph}. */
export interface TwoCharGraphProps {
  analysis: TwoCharAnalysis;
  w1: readonly number[];
  w2: readonly number[];
  testId?: string;
  exportView?: boolean;
}

/**
 * The post's Figure 20, live: the candidates of both regions with their image probabilities, the six
 * transitions drawn with width √(P/Pmax) (dashed where P = 0), and the winning reading highlighted.
 */
export const TwoCharGraph = memo(function TwoCharGraph({
  analysis,
  w1,
  w2,
  testId,
  exportView,
}: TwoCharGraphProps) {
  const best = analysis.best.indices;
  const columns = useMemo<LatticeNode[][]>(
    () => [
      FIRST_CANDIDATES.map((label, i) => ({
        label,
        sub: fmtW(w1[i]),
        state: i === best[0] ? 'best' : 'idle',
        title: `W(${label}) = ${w1[i]}`,
      })),
      SECOND_CANDIDATES.map((label, j) => ({
        label,
        sub: fmtW(w2[j]),
        state: j === best[1] ? 'best' : 'idle',
        title: `W(${label}) = ${w2[j]}`,
      })),
    ],
    [w1, w2, best],
  );
  const edges = useMemo<LatticeEdge[]>(() => {
    const pMax = Math.max(...analysis.transitions.flat());
    return FIRST_CANDIDATES.flatMap((a, i) =>
      SECOND_CANDIDATES.map((b, j) => {
        const p = analysis.transitions[i][j];
        return {
          col: 0,
          from: i,
          to: j,
          width: edgeWidth(p, pMax),
          state: i === best[0] && j === best[1] ? 'best' : p > 0 ? 'normal' : 'zero',
          title: `P(${b}|${a}) = ${formatNumber(p, { digits: 5 })}`,
        };
      }),
    );
  }, [analysis.transitions, best]);
  return (
    <LatticePlot
      columns={columns}
      edges={edges}
      headings={HEADINGS}
      label={`Candidates and transitions; edge width grows with P(s₂|s₁); best reading ${analysis.best.reading}`}
      geometry={GEOMETRY}
      testId={testId}
      exportView={exportView}
    />
  );
});
