import { attentionMask, type MaskKind } from '@/lib/attention';
import { softmax } from '@/lib/attention/softmax';
import { formatNumber } from '@/lib/format';
import { createRng } from '@/lib/random';
import { sStar } from '@/lib/sparsity/measures';

/** A static preview drawn at build time from the same lib/ code the widgets use (no script needed). */
function MaskThumb({ kind, n, k }: { kind: MaskKind; n: number; k: number }) {
  const mask = attentionMask(kind, n, { k });
  const cell = 100 / n;
  const cells = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (mask.data[i * n + j]) {
        cells.push(
          <rect key={`${i}-${j}`} x={j * cell} y={i * cell} width={cell * 0.9} height={cell * 0.9} />,
        );
      }
    }
  }
  return (
    <g fill="var(--accent)">
      <rect width="100" height="100" fill="var(--surface)" />
      {cells}
    </g>
  );
}

/** A softmax of seeded logits at temperature t as bars, labelled with its S*₁,₂. */
function SoftmaxThumb({ t, logits }: { t: number; logits: readonly number[] }) {
  const w = softmax(logits.map((z) => z / t));
  const top = Math.max(...w);
  const bar = 100 / w.length;
  return (
    <g>
      <rect width="100" height="100" fill="var(--surface)" />
      <g fill="var(--accent)">
        {Array.from(w, (v, i) => (
          <rect key={i} x={i * bar} y={82 - (74 * v) / top} width={bar * 0.8} height={(74 * v) / top} />
        ))}
      </g>
      <text x="50" y="96" textAnchor="middle" fontSize="10" fill="var(--fg-muted)">
        S* = {formatNumber(sStar(w, 1, 2), { digits: 2 })}
      </text>
    </g>
  );
}

const sparsityLogits = (() => {
  const rng = createRng('thumb');
  return Array.from({ length: 16 }, () => rng.normal());
})();

const thumbs: Record<string, () => React.ReactNode> = {
  'sparse-attention': () => (
    <>
      <g transform="translate(5 5)">
        <MaskThumb kind="local" n={24} k={3} />
      </g>
      <g transform="translate(105 5)">
        <MaskThumb kind="atrous" n={24} k={4} />
      </g>
      <g transform="translate(205 5)">
        <MaskThumb kind="sparse" n={24} k={4} />
      </g>
    </>
  ),
  'measuring-sparsity': () => (
    <>
      {[0.25, 1, 4].map((t, i) => (
        <g key={t} transform={`translate(${5 + 102 * i} 5) scale(0.96 1)`}>
          <SoftmaxThumb t={t} logits={sparsityLogits} />
        </g>
      ))}
    </>
  ),
};

export function ArticleThumb({ slug }: { slug: string }) {
  const draw = thumbs[slug];
  return (
    <svg viewBox="0 0 310 110" preserveAspectRatio="xMidYMid meet" role="img" aria-label="Article preview">
      {draw ? draw() : <rect width="310" height="110" fill="var(--surface)" />}
    </svg>
  );
}
