import { attentionMask, type MaskKind } from '@/lib/attention';
import { softmax } from '@/lib/attention/softmax';
import { formatNumber } from '@/lib/format';
import { sceneImage } from '@/lib/images';
import { lowRankFromSvd, type Matrix, svd } from '@/lib/linalg';
import { blockDiagonalMatrix, monarchMatrix, randomMonarch } from '@/lib/monarch';
import { imageReading } from '@/lib/ocr';
import { createRng } from '@/lib/random';
import { greedyTags, TAGS, viterbiTags } from '@/lib/sequence';
import { forgettingCountLimit, memoryLimit, memoryTrace } from '@/lib/smoothing';
import { sStar } from '@/lib/sparsity/measures';
import { bigramModel, POST_COUNTS, POST_IMAGE_PROBS, POST_LATTICE, viterbi } from '@/lib/viterbi';

/**
 * A static preview drawn at build time from the same lib/ code the widgets use (no script needed). The allowed
 * cells are one path in cell units (a tenth of a cell left as a gap), a few bytes each rather than a <rect>.
 */
function MaskThumb({ kind, n, k }: { kind: MaskKind; n: number; k: number }) {
  const mask = attentionMask(kind, n, { k });
  let d = '';
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) if (mask.data[i * n + j]) d += `M${j} ${i}h.9v.9h-.9z`;
  }
  return (
    <g>
      <rect width="100" height="100" fill="var(--surface)" />
      <path d={d} transform={`scale(${100 / n})`} fill="var(--accent)" />
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

/**
 * A grayscale image (values in [0, 1], 0 black) as ink in `size`×`size` units: pixels quantised to 7 levels of
 * accent, each level one path of row runs, so a 24×24 image costs a few hundred path commands, not 576 rects.
 */
function ImageThumb({ image, size }: { image: Matrix; size: number }) {
  const levels = 7;
  const runs: string[] = Array.from({ length: levels + 1 }, () => '');
  const level = (i: number, j: number) =>
    Math.round((1 - Math.min(1, Math.max(0, image.data[i * image.cols + j] ?? 1))) * levels);
  for (let i = 0; i < image.rows; i++) {
    for (let j = 0; j < image.cols; ) {
      const l = level(i, j);
      let end = j + 1;
      while (end < image.cols && level(i, end) === l) end++;
      if (l > 0) runs[l] += `M${j} ${i}h${end - j}v1h${j - end}z`;
      j = end;
    }
  }
  return (
    <g>
      <rect width={size} height={size} fill="var(--surface)" />
      <g transform={`scale(${size / image.cols} ${size / image.rows})`} fill="var(--accent)">
        {runs.map((d, l) => (d ? <path key={l} d={d} fillOpacity={l / levels} /> : null))}
      </g>
    </g>
  );
}

/** The singular values σ₁ ≥ σ₂ ≥ … as bars, the first k in accent: what a rank-k fit keeps. */
function SpectrumThumb({ sigma, k }: { sigma: Float64Array; k: number }) {
  const bar = 100 / sigma.length;
  const top = sigma[0] || 1;
  return (
    <g>
      <rect width="100" height="100" fill="var(--surface)" />
      {Array.from(sigma, (v, i) => (
        <rect
          key={i}
          x={i * bar}
          y={82 - (74 * v) / top}
          width={bar * 0.8}
          height={(74 * v) / top}
          fill={i < k ? 'var(--accent)' : 'var(--border)'}
        />
      ))}
      <text x="50" y="96" textAnchor="middle" fontSize="10" fill="var(--fg-muted)">
        σᵢ, keep {k}
      </text>
    </g>
  );
}

/** The image-compress widget's test image, small: its spectrum, its best rank-k fit and itself. */
const svdThumb = (() => {
  const image = sceneImage('shapes', 24);
  const f = svd(image);
  return { image, f, k: 3, fit: lowRankFromSvd(f, 3) };
})();

/** A matrix's magnitudes as an image for ImageThumb: 0 blank, full accent from 60% of the largest |entry| up. */
function magnitudeImage(M: Matrix): Matrix {
  let top = 0;
  for (const v of M.data) top = Math.max(top, Math.abs(v));
  return { ...M, data: M.data.map((v) => 1 - Math.abs(v) / (0.6 * top || 1)) };
}

/** A seeded Monarch matrix of size 16 (m = 4): its block-diagonal factors R and L and the dense product M = PLPR. */
const monarchThumb = (() => {
  const m = 4;
  const { L, R } = randomMonarch(m, createRng('monarch-thumb'));
  return [
    { label: 'R', image: magnitudeImage(blockDiagonalMatrix(m, m, R)) },
    { label: 'L', image: magnitudeImage(blockDiagonalMatrix(m, m, L)) },
    { label: 'M = PLPR', image: magnitudeImage(monarchMatrix(L, R)) },
  ];
})();

/**
 * Han text in this server-drawn SVG names the CJK fonts first: with the site's stack (Latin fonts, then the
 * CJK ones) Chromium drew some of these labels with a fallback font's empty boxes and never redrew them once
 * the web font's slice had loaded (measured with CSS.getPlatformFontsForNode); HTML text is not affected.
 */
const HAN = { fontFamily: 'var(--font-cjk), sans-serif' } as const;

/**
 * The post's two-character lattice (电/宙 then 柳/视/规), each node sized by its image probability, every
 * transition drawn (dashed where the corpus never saw the pair), the Viterbi path in accent; beside it the
 * image model's reading and the decoded one with its score.
 */
function LatticeThumb() {
  const model = bigramModel(POST_COUNTS, { kind: 'mle' });
  const best = viterbi(POST_LATTICE, model.logProb);
  const image = imageReading(POST_LATTICE).text;
  const columns = POST_IMAGE_PROBS.map((column, t) =>
    column.map(({ token, prob }, k) => ({
      token,
      x: 30 + 120 * t,
      y: 55 + (k - (column.length - 1) / 2) * 34,
      r: 7 + 9 * Math.sqrt(prob),
    })),
  );
  const [from, to] = columns;
  return (
    <g>
      <rect x="5" y="5" width="300" height="100" fill="var(--surface)" />
      {from.flatMap((a, i) =>
        to.map((b, j) => {
          const chosen = best.indices[0] === i && best.indices[1] === j;
          return (
            <line
              key={`${i}-${j}`}
              x1={a.x}
              y1={a.y}
              x2={b.x}
              y2={b.y}
              stroke={chosen ? 'var(--accent)' : 'var(--border)'}
              strokeWidth={chosen ? 3 : 1.2}
              strokeDasharray={model.prob(a.token, b.token) === 0 ? '3 3' : undefined}
            />
          );
        }),
      )}
      {columns.flat().map((n) => (
        <g key={n.token}>
          <circle cx={n.x} cy={n.y} r={n.r} fill="var(--bg)" stroke="var(--fg-muted)" />
          <text x={n.x} y={n.y + 4} textAnchor="middle" fontSize="11" fill="var(--fg)" style={HAN}>
            {n.token}
          </text>
        </g>
      ))}
      <g fontSize="10" fill="var(--fg-muted)">
        <text x="190" y="30">
          image model
        </text>
        <text x="190" y="72">
          + bigrams (Viterbi)
        </text>
      </g>
      <text x="190" y="50" fontSize="17" fill="var(--fg-muted)" textDecoration="line-through" style={HAN}>
        {image}
      </text>
      <text x="190" y="93" fontSize="17" fill="var(--accent)" style={HAN}>
        {best.path.join('')}
        <tspan fontSize="10" fill="var(--fg-muted)" dx="6" style={{ fontFamily: 'var(--font-sans)' }}>
          f = {formatNumber(Math.exp(best.logScore), { digits: 3 })}
        </tspan>
      </text>
    </g>
  );
}

/**
 * The memory trace of a word seen every 6 steps under decay β = 0.85 per step (lib/smoothing memoryTrace), with
 * its steady-state band, beside F̂(F) = γ/(1 − e^{−γ/F}) against F for γ = 2: the two halves of the article.
 */
function ForgettingThumb() {
  const beta = 0.85;
  const steps = 72;
  const stream = Array.from({ length: steps }, (_, t) => (t % 6 === 0 ? 1 : 0));
  const trace = memoryTrace(stream, beta);
  const top = memoryLimit(beta ** 6) + 0.5;
  const y = (a: number) => 92 - (80 * a) / top;
  const tracePath = Array.from(trace, (a, t) => `${t === 0 ? 'M' : 'L'}${(t * 190) / steps} ${y(a)}`).join(
    '',
  );
  const F = Array.from({ length: 41 }, (_, i) => 0.05 + (i * 4) / 40);
  const gamma = 2;
  const x = (f: number) => 210 + (f * 90) / 4;
  const yF = (v: number) => 92 - (80 * v) / 5.2;
  const curve = F.map((f, i) => `${i === 0 ? 'M' : 'L'}${x(f)} ${yF(forgettingCountLimit(f, gamma))}`).join(
    '',
  );
  return (
    <g transform="translate(5 5)">
      <rect width="300" height="100" fill="var(--surface)" />
      <line
        x1="0"
        x2="190"
        y1={y(memoryLimit(beta ** 6))}
        y2={y(memoryLimit(beta ** 6))}
        stroke="var(--fg-muted)"
        strokeDasharray="3 3"
      />
      <path d={tracePath} fill="none" stroke="var(--accent)" strokeWidth="1.5" />
      <path d={`M${x(0)} ${yF(0)}L${x(4)} ${yF(4)}`} stroke="var(--fg-muted)" strokeDasharray="3 3" />
      <path d={curve} fill="none" stroke="var(--accent)" strokeWidth="1.5" />
      <text x="255" y="98" textAnchor="middle" fontSize="10" fill="var(--fg-muted)">
        F̂ against F
      </text>
    </g>
  );
}

/**
 * An embedding lookup as a product: a one-hot row vector (word 3 of 6) times a seeded 6×4 matrix picks out
 * row 3, drawn as cells shaded by value.
 */
function OneHotThumb() {
  const rng = createRng('word2vec-thumb');
  const W = Array.from({ length: 6 }, () => Array.from({ length: 4 }, () => rng.next()));
  const pick = 3;
  const cell = 13;
  const shade = (v: number) =>
    `color-mix(in srgb, var(--accent) ${Math.round(25 + 70 * v)}%, var(--surface))`;
  return (
    <g transform="translate(5 5)">
      <rect width="300" height="100" fill="var(--surface)" />
      <g transform={`translate(10 ${50 - cell / 2})`}>
        {Array.from({ length: 6 }, (_, j) => (
          <rect
            key={j}
            x={j * cell}
            width={cell - 2}
            height={cell - 2}
            fill={j === pick ? 'var(--accent)' : 'none'}
            stroke="var(--fg-muted)"
            strokeWidth="0.6"
          />
        ))}
      </g>
      <text x="100" y="55" fontSize="14" fill="var(--fg-muted)" textAnchor="middle">
        ×
      </text>
      <g transform="translate(115 11)">
        {W.map((row, i) =>
          row.map((v, j) => (
            <rect
              key={`${i}-${j}`}
              x={j * cell}
              y={i * cell}
              width={cell - 2}
              height={cell - 2}
              fill={shade(v)}
              stroke={i === pick ? 'var(--fg)' : 'none'}
              strokeWidth="1"
            />
          )),
        )}
      </g>
      <text x="185" y="55" fontSize="14" fill="var(--fg-muted)" textAnchor="middle">
        =
      </text>
      <g transform={`translate(200 ${50 - cell / 2})`}>
        {(W[pick] ?? []).map((v, j) => (
          <rect key={j} x={j * cell} width={cell - 2} height={cell - 2} fill={shade(v)} />
        ))}
      </g>
      <text x="150" y="96" textAnchor="middle" fontSize="10" fill="var(--fg-muted)">
        one-hot × W = a row of W
      </text>
    </g>
  );
}

/**
 * Five words with per-word tag probabilities (a fixed table): the greedy reading b x e x s is illegal, the post's
 * Viterbi reads b m e x s. Each column shades the five tags by probability; the chosen tags are outlined.
 */
const tagThumbProbs = [
  [0.2, 0.1, 0.6, 0.05, 0.05],
  [0.45, 0.05, 0.05, 0.4, 0.05],
  [0.1, 0.05, 0.05, 0.2, 0.6],
  [0.8, 0.1, 0.04, 0.03, 0.03],
  [0.2, 0.7, 0.05, 0.02, 0.03],
];

function TagThumb() {
  const greedy = greedyTags(tagThumbProbs);
  const best = viterbiTags(tagThumbProbs)?.tags ?? greedy;
  const cellW = 34;
  const cellH = 13;
  const shade = (v: number) =>
    `color-mix(in srgb, var(--accent) ${Math.round(10 + 85 * v)}%, var(--surface))`;
  return (
    <g transform="translate(5 5)">
      <rect width="300" height="100" fill="var(--surface)" />
      {TAGS.map((t, k) => (
        <text key={t} x="58" y={12 + k * cellH + 9} fontSize="9" fill="var(--fg-muted)" textAnchor="end">
          {t}
        </text>
      ))}
      {tagThumbProbs.map((row, i) => (
        <g key={i} transform={`translate(${64 + i * (cellW + 4)} 12)`}>
          {row.map((p, k) => (
            <rect
              key={TAGS[k]}
              y={k * cellH}
              width={cellW}
              height={cellH - 2}
              fill={shade(p)}
              stroke={best[i] === TAGS[k] ? 'var(--fg)' : 'none'}
              strokeWidth="1.4"
            />
          ))}
          <text x={cellW / 2} y="80" fontSize="9" textAnchor="middle" fill="var(--fg-muted)">
            {greedy[i]}
          </text>
        </g>
      ))}
      <text x="58" y="92" fontSize="9" fill="var(--fg-muted)" textAnchor="end">
        greedy
      </text>
      <text x="160" y="98" textAnchor="middle" fontSize="9" fill="var(--fg-muted)">
        outlined: Viterbi {best.join(' ')}
      </text>
    </g>
  );
}

const sparsityLogits = (() => {
  const rng = createRng('thumb');
  return Array.from({ length: 16 }, () => rng.normal());
})();

const thumbs: Readonly<Record<string, () => React.ReactNode>> = {
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
  'svd-autoencoder': () => (
    <>
      <g transform="translate(5 5)">
        <SpectrumThumb sigma={svdThumb.f.S} k={svdThumb.k} />
      </g>
      <g transform="translate(121 5)">
        <ImageThumb image={svdThumb.fit} size={84} />
        <text x="42" y="96" textAnchor="middle" fontSize="10" fill="var(--fg-muted)">
          rank {svdThumb.k}
        </text>
      </g>
      <g transform="translate(221 5)">
        <ImageThumb image={svdThumb.image} size={84} />
        <text x="42" y="96" textAnchor="middle" fontSize="10" fill="var(--fg-muted)">
          rank {svdThumb.image.rows}
        </text>
      </g>
    </>
  ),
  monarch: () => (
    <>
      {monarchThumb.map(({ label, image }, i) => (
        <g key={label} transform={`translate(${13 + 100 * i} 5)`}>
          <ImageThumb image={image} size={84} />
          <text x="42" y="98" textAnchor="middle" fontSize="10" fill="var(--fg-muted)">
            {label}
          </text>
        </g>
      ))}
    </>
  ),
  'word2vec-svd': () => <OneHotThumb />,
  'ocr-language-model': () => <LatticeThumb />,
  'bilstm-entities': () => <TagThumb />,
  'forgetting-smoothing': () => <ForgettingThumb />,
};

/** The slugs that have a preview; a unit test checks that every article is among them. */
export const ARTICLE_THUMB_SLUGS: readonly string[] = Object.keys(thumbs);

/**
 * The index card's preview of an article, drawn at build time from lib/. Throws for a slug without one, so a
 * new article without a preview fails the build instead of showing an empty box.
 */
export function ArticleThumb({ slug }: { slug: string }) {
  const draw = thumbs[slug];
  if (!draw)
    throw new Error(
      `ArticleThumb: no preview for the article "${slug}" (add one in components/site/ArticleThumb.tsx)`,
    );
  return (
    <svg viewBox="0 0 310 110" preserveAspectRatio="xMidYMid meet" role="img" aria-label="Article preview">
      {draw()}
    </svg>
  );
}
