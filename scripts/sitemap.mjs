// Reads the URLs of a sitemap.xml (used by the browser tests to visit every page).
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The `<loc>` URLs of a sitemap (urlset or sitemapindex), in document order, trimmed, with XML entities
 * and CDATA sections decoded. Empty `<loc>`s are dropped; an input without `<loc>` gives [].
 * Example: `parseSitemap('<urlset><url><loc>http://x/a/?b=1&amp;c=2</loc></url></urlset>')` → ['http://x/a/?b=1&c=2'].
 */
export function parseSitemap(xml) {
  const urls = [];
  for (const match of xml.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<loc\b[^>]*>([\s\S]*?)<\/loc\s*>/gi)) {
    const text = match[1]
      .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
      .replace(/&(amp|lt|gt|quot|apos);|&#(\d+);|&#x([0-9a-f]+);/gi, (_entity, name, dec, hex) =>
        name
          ? ENTITIES[name.toLowerCase()]
          : String.fromCodePoint(dec ? Number(dec) : Number.parseInt(hex, 16)),
      )
      .trim();
    if (text) urls.push(text);
  }
  return urls;
}

/**
 * The distinct pathnames of a sitemap's URLs (the host is ignored: the sitemap may name a production base),
 * in document order. Relative locs resolve against '/'; a loc that is not a URL throws, naming it.
 * Example: `sitemapPaths('<loc>https://x.org/about/</loc><loc>https://x.org/</loc>')` → ['/about/', '/'].
 */
export function sitemapPaths(xml) {
  const paths = [];
  for (const loc of parseSitemap(xml)) {
    let pathname;
    try {
      pathname = new URL(loc, 'http://sitemap.invalid/').pathname;
    } catch {
      throw new Error(`sitemap <loc> is not a URL: ${loc}`);
    }
    if (!paths.includes(pathname)) paths.push(pathname);
  }
  return paths;
}

/**
 * Pathnames listed in `<root>/sitemap.xml` on disk (root defaults to 'out'); throws "run npm run build
 * first" when the file is missing.
 * Example: `readSitemapPaths('out')` → ['/', '/about/', '/articles/sparse-attention/', …].
 */
export function readSitemapPaths(root = 'out') {
  const file = path.join(root, 'sitemap.xml');
  let xml;
  try {
    xml = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file} is missing: run npm run build first.`);
  }
  return sitemapPaths(xml);
}
