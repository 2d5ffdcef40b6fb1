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
    rehypePlugins: ['rehype-slug', ['rehype-katex', { strict: false }]],
  },
});

export default withMDX(nextConfig);
