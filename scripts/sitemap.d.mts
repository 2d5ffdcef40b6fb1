// Types for scripts/sitemap.mjs.
export function parseSitemap(xml: string): string[];
export function sitemapPaths(xml: string): string[];
export function readSitemapPaths(root?: string): string[];
