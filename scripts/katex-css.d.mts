/** KaTeX's CSS with woff2-only font sources, URLs rewritten relative to `outDir`. */
export function woff2Only(css: string, fontsDir: string, outDir: string): { css: string; faces: number };
