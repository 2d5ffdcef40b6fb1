// A rehype plugin for the MDX articles (named in next.config.mjs): it turns remark-math's math nodes into
// `<TeX tex="…" display/>` elements, which the article components render with KaTeX (components/prose/TeX.tsx).
// rehype-katex would put KaTeX's element tree into the page, and Next repeats every server-rendered element in
// the React Server Components payload inlined in the HTML, so typeset math was about two thirds of an article's
// bytes. As a client component whose only props are the TeX source, math costs the payload its source alone.

/** The text of a hast node: its text descendants joined. */
function textOf(node) {
  if (node.type === 'text') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/** Whether a hast node is an element with class `name`. */
function hasClass(node, name) {
  const classes = node.type === 'element' ? node.properties?.className : undefined;
  return Array.isArray(classes) && classes.includes(name);
}

/**
 * The TeX element that replaces `node`, if `node` is math as remark-math leaves it: inline
 * `<code class="language-math math-inline">`, or display `<pre><code class="language-math math-display">`
 * (also a ```` ```math ```` fence); otherwise null.
 */
function texElement(node) {
  let display;
  if (node.type !== 'element') return null;
  if (node.tagName === 'pre') {
    const code = node.children.find((child) => child.type === 'element');
    if (code?.tagName !== 'code' || !hasClass(code, 'language-math')) return null;
    display = true;
  } else if (hasClass(node, 'math-inline') || hasClass(node, 'math-display')) {
    display = hasClass(node, 'math-display');
  } else return null;
  const attributes = [{ type: 'mdxJsxAttribute', name: 'tex', value: textOf(node) }];
  if (display) attributes.push({ type: 'mdxJsxAttribute', name: 'display', value: null });
  return { type: display ? 'mdxJsxFlowElement' : 'mdxJsxTextElement', name: 'TeX', attributes, children: [] };
}

/** Replace the math elements under `parent`, recursively. */
function replaceMath(parent) {
  if (!parent.children) return;
  parent.children = parent.children.map((child) => {
    const tex = texElement(child);
    if (tex) return tex;
    replaceMath(child);
    return child;
  });
}

/**
 * Replace every math element of the tree by an MDX `TeX` element with the TeX source as `tex` and, for display
 * math, a `display` flag. MDX fails loudly when an article renders without a `TeX` component, rather than
 * showing raw TeX.
 * Example: `$x^2$` → `<TeX tex="x^2"/>`; `$$\n\sum_i x_i\n$$` → `<TeX tex="\sum_i x_i" display/>`.
 */
export default function rehypeTex() {
  return replaceMath;
}
