// Server-side: the table stays out of the client bundle; a figure gets its own entry as a prop.
import heights from './reserved-heights.json';

/**
 * The height in CSS pixels a widget draws in its starting state, measured at phone width (360 px) and at
 * desktop width (an article at 1280 px, an embed page at the oEmbed width of 720 px). The page pass of the
 * browser tests measures them and fails when a widget outgrows its box or leaves more than 48 px blank; with
 * `UPDATE_HEIGHTS=1` it writes the measured values to reserved-heights.json.
 */
export interface ReservedHeight {
  phone: number;
  desktop: number;
}

const table: Record<string, ReservedHeight> = heights;

/**
 * The key of a widget's reserved height: the page path, and for an article's figure `#<figure id>`.
 * Example: `reserveKey('/articles/svd-autoencoder/', 'rank')` → '/articles/svd-autoencoder/#rank'.
 */
export function reserveKey(pathname: string, figure?: string): string {
  return figure ? `${pathname}#${figure}` : pathname;
}

/** The measured height of the widget under `key`, or undefined when it has not been measured. */
export function reservedHeight(key: string): ReservedHeight | undefined {
  return table[key];
}
