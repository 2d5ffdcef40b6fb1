/**
 * A CSS colour as the [r, g, b] bytes canvas ImageData needs: `#rrggbb` or any `rgb(…)`/`rgba(…)` string (what
 * getComputedStyle returns for the theme's custom properties); mid-grey for anything else.
 */
export function parseColor(css: string): [number, number, number] {
  const hex = css.trim().match(/^#([0-9a-f]{6})$/i);
  if (hex) {
    const v = Number.parseInt(hex[1], 16);
    return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
  }
  const rgb = css.match(/(\d+)[ ,]+(\d+)[ ,]+(\d+)/);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : [128, 128, 128];
}
