// Types for scripts/csp.mjs.
export const CSP_DIRECTIVES: readonly string[];
export function inlineScripts(html: string): string[];
export function scriptHash(text: string): string;
export function policyFor(scripts: readonly string[]): string;
export function readCsp(html: string): string[];
export function withCsp(html: string): string;
export function applyCsp(root: string): number;
