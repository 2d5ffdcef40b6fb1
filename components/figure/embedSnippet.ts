/**
 * The iframe snippet that embeds a widget elsewhere: shared by the figure menu (client, for the state on
 * screen) and the oEmbed files (server, for the default state), so both hand out the same markup.
 */

/** The width in CSS pixels the oEmbed files declare; each widget's `embedHeight` is measured at this width. */
export const OEMBED_WIDTH = 720;

const escapeAttribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * The snippet a blogger pastes: an iframe of `src` plus the auto-height script served from `origin`
 * (embed.js resizes the iframe to the height the embed page posts). `title` is escaped for its attribute;
 * `src` and `origin` are URLs the site built (a query string's `&` stays as typed, which HTML accepts).
 * Example: `embedSnippet('https://x.org/embed/svd-rank/', 'Rank', 1180, 'https://x.org')` →
 * `<iframe src="https://x.org/embed/svd-rank/" title="Rank" width="100%" height="1180" …></iframe>` and
 * `<script src="https://x.org/embed.js" async></script>` on the next line.
 */
export function embedSnippet(
  src: string,
  title: string,
  height: number,
  origin: string,
  width: number | '100%' = '100%',
): string {
  return `<iframe src="${src}" title="${escapeAttribute(title)}" width="${width}" height="${height}" style="border:0;max-width:100%" loading="lazy" data-frugal-embed></iframe>\n<script src="${origin}/embed.js" async></script>`;
}
