/**
 * The `<Figure>`s an article's MDX declares, read from its source text: what the catalog test and the browser
 * tests check against the catalog and the page. Pure (the caller reads the file); not used by the site.
 */

/** One `<Figure …>` tag: its id, widget, `bind={{ param: 'variable' }}` pairs and its other attributes. */
export interface MdxFigure {
  id: string;
  widget: string;
  bind: Record<string, string>;
  /** The remaining attributes (`width` and widget parameters), as written: "text" or {expression}. */
  attributes: Record<string, string>;
}

/**
 * Every `<Figure …>` opening tag of an MDX source, in order; a tag without an id or widget is returned with
 * '' there (so a test can name it).
 * Example: `parseFigures('<Figure id="mask" widget="attention-mask" bind={{ n: \'n\' }}>')` →
 * `[{ id: 'mask', widget: 'attention-mask', bind: { n: 'n' }, attributes: {} }]`.
 */
export function parseFigures(mdx: string): MdxFigure[] {
  return [...mdx.matchAll(/<Figure\b((?:[^>{]|\{\{[^}]*\}\}|\{[^}]*\})*)>/g)].map((m) => {
    const tag = m[1] ?? '';
    const attributes: Record<string, string> = {};
    for (const a of tag.matchAll(/(\w+)=(?:"([^"]*)"|\{\{([^}]*)\}\}|\{([^}]*)\})/g)) {
      attributes[a[1] as string] = a[2] ?? (a[3] !== undefined ? `{${a[3]}}` : `{${a[4] ?? ''}}`);
    }
    const bind: Record<string, string> = {};
    for (const b of (attributes.bind ?? '').matchAll(/(\w+)\s*:\s*['"]([^'"]+)['"]/g))
      bind[b[1] as string] = b[2] as string;
    const { id = '', widget = '', bind: _bind, ...rest } = attributes;
    return { id, widget, bind, attributes: rest };
  });
}
