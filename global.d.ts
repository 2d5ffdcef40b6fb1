// Ambient types the type-check needs before any `next build` has written next-env.d.ts (as on a clean clone):
// Next's declarations for CSS modules and static files, and MDX modules.
/// <reference types="next" />
/// <reference types="next/image-types/global" />
/// <reference types="mdx" />
