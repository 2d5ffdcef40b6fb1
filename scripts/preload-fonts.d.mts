export const PRELOADED_FONTS: string[];
export function fontUrls(names: string[], files: string[]): string[];
export function withFontPreloads(html: string, urls: string[]): string;
