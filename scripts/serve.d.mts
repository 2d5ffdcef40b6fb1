// Types for scripts/serve.mjs (the scripts are plain ESM so that Node 20 runs them without a build step).
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export const CONTENT_TYPES: Readonly<Record<string, string>>;
export function contentType(file: string): string;
export function cacheControl(pathname: string): string;
export type Resolved =
  | { ok: true; pathname: string; file: string; query: string }
  | { ok: false; reason: string };
export function safeResolve(root: string, target: string): Resolved;
export type Lookup =
  | { kind: 'file'; file: string; status: 200 }
  | { kind: 'redirect'; location: string }
  | { kind: 'notfound'; file: string | null }
  | { kind: 'bad'; reason: string };
export function lookup(root: string, target: string): Lookup;
export function handler(root: string): (req: IncomingMessage, res: ServerResponse) => void;
export function startServer(options?: { root?: string; port?: number; host?: string }): Promise<Server>;
export function acceptedEncodings(header: string | undefined): ('br' | 'gzip')[];
export function variant(
  file: string,
  acceptEncoding: string | undefined,
): { file: string; encoding: 'br' | 'gzip' | null };
