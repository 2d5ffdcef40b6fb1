/**
 * The outline of an article, read from its MDX source at build time: headings (for the table of contents
 * and section references), and the order of figures, numbered equations, citations and side notes (for their
 * numbers). Numbering happens here, once, so every `<Ref>` and every figure label is plain server HTML.
 *
 * Authoring mistakes (a duplicate id, a `<Ref>` to nothing, a `<Cite>` of an unknown key) throw, which fails
 * the build with a message naming the article and the id.
 */
import GithubSlugger from 'github-slugger';
import type { Heading, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString as mdastToString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface OutlineHeading {
  depth: 2 | 3;
  text: string;
  id: string;
  /** "2" for the second h2, "2.1" for the first h3 after it. */
  number: string;
}

export interface OutlineTarget {
  kind: 'figure' | 'equation' | 'section';
  /** The DOM id the reference links to. */
  anchor: string;
  /** What a reference reads: "Figure 2", "Eq. 3", "Section 2.1". */
  label: string;
  number: string;
}

export interface Outline {
  headings: OutlineHeading[];
  /** Figure id → number (1-based, document order). */
  figures: Record<string, number>;
  /** Equation id → number. */
  equations: Record<string, number>;
  /** Citation key → number, in order of first citation. */
  citations: Record<string, number>;
  /** Number of `<SideNote>` elements, in order. */
  sideNotes: number;
  /** Every id a `<Ref to>` may name. */
  targets: Record<string, OutlineTarget>;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function attr(node: JsxElement, name: string): string | undefined {
  for (const a of node.attributes) {
    if (a.type === 'mdxJsxAttribute' && a.name === name && typeof a.value === 'string') return a.value;
  }
  return undefined;
}

function isJsx(node: RootContent): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** DOM anchors used by the prose components; kept here so ids and links cannot drift apart. */
export const anchors = {
  figure: (id: string) => `fig-${id}`,
  equation: (id: string) => `eq-${id}`,
  citation: (key: string) => `ref-${key}`,
  sideNote: (n: number) => `sn-${n}`,
};

/** Reads the outline of one article. `name` only labels error messages. */
export function buildOutline(source: string, name = 'article'): Outline {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkMath).parse(source) as Root;
  const slugger = new GithubSlugger();
  const outline: Outline = {
    headings: [],
    figures: {},
    equations: {},
    citations: {},
    sideNotes: 0,
    targets: {},
  };
  const refs: string[] = [];
  const fail = (msg: string): never => {
    throw new Error(`${name}: ${msg}`);
  };
  const addTarget = (id: string, t: OutlineTarget) => {
    if (outline.targets[id])
      fail(`the id "${id}" is used twice (a ${outline.targets[id].kind} and a ${t.kind})`);
    outline.targets[id] = t;
  };
  let h2 = 0;
  let h3 = 0;

  const walk = (node: RootContent | Root) => {
    if (node.type === 'heading') {
      const h = node as Heading;
      const text = mdastToString(h);
      // rehype-slug runs before rehype-tex, so math contributes its TeX source in both places.
      const id = slugger.slug(text);
      if (h.depth === 2 || h.depth === 3) {
        let number: string;
        if (h.depth === 2) {
          h2 += 1;
          h3 = 0;
          number = String(h2);
        } else {
          h3 += 1;
          number = `${h2}.${h3}`;
        }
        outline.headings.push({ depth: h.depth, text, id, number });
        addTarget(id, { kind: 'section', anchor: id, label: `Section ${number}`, number });
      }
    } else if (node.type !== 'root' && isJsx(node)) {
      const id = attr(node, 'id');
      switch (node.name) {
        case 'Figure': {
          if (!id) fail('a <Figure> has no id');
          const n = Object.keys(outline.figures).length + 1;
          outline.figures[id as string] = n;
          addTarget(id as string, {
            kind: 'figure',
            anchor: anchors.figure(id as string),
            label: `Figure ${n}`,
            number: String(n),
          });
          break;
        }
        case 'Equation': {
          if (!id) fail('an <Equation> has no id (use $$…$$ for an unnumbered display)');
          const n = Object.keys(outline.equations).length + 1;
          outline.equations[id as string] = n;
          addTarget(id as string, {
            kind: 'equation',
            anchor: anchors.equation(id as string),
            label: `Eq. ${n}`,
            number: String(n),
          });
          break;
        }
        case 'Cite': {
          const keys = (attr(node, 'id') ?? '')
            .split(',')
            .map((k) => k.trim())
            .filter(Boolean);
          if (keys.length === 0) fail('a <Cite> has no id');
          for (const key of keys) {
            if (!outline.citations[key]) outline.citations[key] = Object.keys(outline.citations).length + 1;
          }
          break;
        }
        case 'SideNote':
          outline.sideNotes += 1;
          break;
        case 'Ref': {
          const to = attr(node, 'to');
          if (!to) fail('a <Ref> has no "to"');
          refs.push(to as string);
          break;
        }
      }
    }
    if ('children' in node) for (const child of node.children as RootContent[]) walk(child);
  };
  walk(tree);

  for (const to of refs) {
    if (!outline.targets[to]) fail(`<Ref to="${to}"/> names no figure, equation or section`);
  }
  return outline;
}
