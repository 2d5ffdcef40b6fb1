// Types for scripts/compress.mjs.
export const COMPRESSIBLE: ReadonlySet<string>;
export const MIN_BYTES: number;
export const ENCODINGS: readonly { name: 'br' | 'gzip'; suffix: string }[];
export function compress(data: Uint8Array, encoding: 'br' | 'gzip'): Promise<Buffer>;
export function compressSite(root: string): Promise<{ files: number; raw: number; br: number; gzip: number }>;
