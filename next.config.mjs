import { fileURLToPath } from 'node:url';
import createMDX from '@next/mdx';

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  pageExtensions: ['ts', 'tsx', 'mdx'],
  reactStrictMode: true,
  // `npm test` type-checks the whole project (tsc --noEmit) as its own step before building; checking again
  // inside `next build` would only repeat it.
  typescript: { ignoreBuildErrors: true },
};

// Plugins are named as strings: Turbopack cannot serialise imported plugin functions.
const withMDX = createMDX({
  options: {
    remarkPlugins: ['remark-gfm', 'remark-math'],
    // rehype-tex leaves math as <TeX> elements, typeset on the server by components/prose/TeX.tsx. A local
    // plugin is named by its absolute path (the loader resolves relative names from its own folder).
    rehypePlugins: ['rehype-slug', fileURLToPath(new URL('./scripts/rehype-tex.mjs', import.meta.url))],
  },
});

export default withMDX(nextConfig);
