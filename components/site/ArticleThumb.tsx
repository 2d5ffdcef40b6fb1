import { attentionMask, type MaskKind } from '@/lib/attention';

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
};

export function ArticleThumb({ slug }: { slug: string }) {
  const draw = thumbs[slug];
  return (
    <svg viewBox="0 0 310 110" preserveAspectRatio="xMidYMid meet" role="img" aria-label="Article preview">
      {draw ? draw() : <rect width="310" height="110" fill="var(--surface)" />}
    </svg>
  );
}
