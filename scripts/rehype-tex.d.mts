/** A rehype plugin: every math element of remark-math becomes an MDX `<TeX tex="…" display/>` element. */
export default function rehypeTex(): (tree: { type: string; children?: unknown[] }) => void;
