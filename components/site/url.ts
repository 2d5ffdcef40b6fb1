/**
 * The public origin of the site, used where a static page needs absolute URLs (sitemap, oEmbed, embed
 * snippets rendered at build time). Pages compute share and embed links from `location` at run time instead.
 */
export const SITE_URL = (process.env.NEXT_PUBLIC_SITE_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
