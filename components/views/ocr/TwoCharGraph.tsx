'use client';

import { formatNumber } from '@/lib/format';
import { FIRST_CANDIDATES, SECOND_CANDIDATES, type TwoCharAnalysis } from '@/lib/viterbi';
import { type GraphEdge, type GraphNode, LatticeGraph } from './LatticeGraph';
import { edgeWidth } from './layout';

const fmtW = (x: number) => formatNumber(x, { digits: 5 });

/** Props of {@link TwoCharGraph}. */
export interface TwoCharGraphProps {
  analysis: TwoCharAnalysis;
  w1: readonly number[];
  w2: readonly number[];
  label?: string;
  testId?: string;
  exportView?: boolean;
}

/**
 * The post's Figure 20, live: the candidates of both regions with their image probabilities, the six
 * transitions drawn with width √(P/Pmax) (dashed where P = 0), and the winning reading highlighted.
 */
export function TwoCharGraph({ analysis, w1, w2, label, testId, exportView }: TwoCharGraphProps) {
  const best = analysis.best.indices;
  const pMax = Math.max(...analysis.transitions.flat());
  const columns: GraphNode[][] = [
    FIRST_CANDIDATES.map((token, i) => ({
      token,
      sub: fmtW(w1[i]),
      state: i === best[0] ? 'best' : 'idle',
      title: `W(${token}) = ${w1[i]}`,
    })),
    SECOND_CANDIDATES.map((token, j) => ({
      token,
      sub: fmtW(w2[j]),
      state: j === best[1] ? 'best' : 'idle',
      title: `W(${token}) = ${w2[j]}`,
    })),
  ];
  const edges: GraphEdge[] = [];
  FIRST_CANDIDATES.forEach((a, i) => {
    SECOND_CANDIDATES.forEach((b, j) => {
      const p = analysis.transitions[i][j];
      const width = edgeWidth(p, pMax);
      edges.push({
        col: 0,
        from: i,
        to: j,
        width,
        state: i === best[0] && j === best[1] ? 'best' : p > 0 ? 'normal' : 'zero',
        title: `P(${b}|${a}) = ${formatNumber(p, { digits: 5 })}`,
      });
    });
  });
  return (
    <LatticeGraph
      columns={columns}
      edges={edges}
      headings={['s₁', 's₂']}
      label={
        label ??
        `Candidates and transitions; edge width grows with P(s₂|s₁); best reading ${analysis.best.reading}`
      }
      geometry={{ nodeWidth: 78, nodeHeight: 50, columnStep: 210, rowGap: 14, pad: 8, header: 22 }}
      testId={testId}
      exportView={exportView}
    />
  );
}
