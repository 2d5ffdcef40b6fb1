// Types for scripts/cjk-fonts.mjs.
export const FAMILY: string;
export const SITE_FAMILY: string;
export interface Face {
  file: string;
  ranges: [number, number][];
}
export function parseFaces(css: string): Face[];
export function charsByFace(text: string, faces: Face[]): Map<string, number[]>;
export function unicodeRange(cps: number[]): string;
export function faceRule(url: string, cps: number[], family?: string): string;
export function lateStylesheetScript(href: string): string;
export function withCjkHead(html: string, head: string): string;
export function buildCjkFonts(
  root: string,
): Promise<{ pages: number; pieces: { file: string; chars: number; bytes: number }[]; slices: number }>;
