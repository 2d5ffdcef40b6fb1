// Types for scripts/chromium.mjs.
export const CANDIDATES: readonly string[];
export const INSTALL_HINT: string;
export function pickChromium(
  env: Record<string, string | undefined>,
  exists: (file: string) => boolean,
): string | null;
export function canAptInstall(): boolean;
export function findChromium(options?: {
  env?: Record<string, string | undefined>;
  install?: boolean;
  exists?: (file: string) => boolean;
}): string;
