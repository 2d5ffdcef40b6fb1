'use client';

/**
 * Turns what a widget currently shows into an SVG or PNG file. A widget marks its main view with
 * `data-export` (an <svg> or a <canvas>); otherwise the first svg or canvas inside the widget is used.
 * CSS custom properties are resolved into inline styles so the file looks like the page.
 */

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'color',
  'visibility',
];

function findView(root: Element): Element | null {
  const marked = root.querySelector('[data-export]');
  if (marked) return marked;
  return root.querySelector('svg:not([aria-hidden="true"]), canvas');
}

function inlineStyles(source: Element, target: Element) {
  const computed = getComputedStyle(source);
  const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
  target.setAttribute('style', style);
  for (let i = 0; i < source.children.length; i++) {
    const t = target.children[i];
    if (t) inlineStyles(source.children[i], t);
  }
}

/** One layer of the picture as SVG text, placed at (x, y) relative to the view. */
function layerSvg(
  el: SVGSVGElement | HTMLCanvasElement,
  x: number,
  y: number,
  width: number,
  height: number,
): string {
  if (el instanceof HTMLCanvasElement) {
    return `<image x="${x}" y="${y}" width="${width}" height="${height}" href="${el.toDataURL('image/png')}"/>`;
  }
  const clone = el.cloneNode(true) as SVGSVGElement;
  inlineStyles(el, clone);
  clone.setAttribute('x', String(x));
  clone.setAttribute('y', String(y));
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  return new XMLSerializer().serializeToString(clone);
}

/**
 * The SVG text of the widget's main view, and its size in CSS pixels. The view is the element marked
 * `data-export` (an <svg>, a <canvas>, or a box such as a kit plot whose canvases and SVG layers are composed
 * in document order at their places), else the first svg or canvas in the widget.
 */
export function viewToSvg(root: Element): { svg: string; width: number; height: number } | null {
  const view = findView(root);
  if (!view) return null;
  const rect = view.getBoundingClientRect();
  const width = Math.max(1, Math.round(rect.width));
  const height = Math.max(1, Math.round(rect.height));
  const background = getComputedStyle(document.body).backgroundColor;
  const layers: (SVGSVGElement | HTMLCanvasElement)[] =
    view instanceof SVGSVGElement || view instanceof HTMLCanvasElement
      ? [view]
      : [...view.querySelectorAll('canvas, svg')].filter(
          (el): el is SVGSVGElement | HTMLCanvasElement =>
            el instanceof HTMLCanvasElement ||
            (el instanceof SVGSVGElement && !el.parentElement?.closest('svg')),
        );
  const inner = layers
    .map((el) => {
      const r = el.getBoundingClientRect();
      return layerSvg(el, r.left - rect.left, r.top - rect.top, Math.round(r.width), Math.round(r.height));
    })
    .join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="100%" height="100%" fill="${background}"/>${inner}</svg>`;
  return { svg, width, height };
}

export function downloadBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function svgBlob(svg: string): Blob {
  return new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
}

/** Rasterises the view's SVG at device resolution (at least 2×) into a PNG. */
export async function viewToPng(root: Element): Promise<Blob | null> {
  const view = viewToSvg(root);
  if (!view) return null;
  const scale = Math.max(2, window.devicePixelRatio || 1);
  const img = new Image();
  const url = URL.createObjectURL(svgBlob(view.svg));
  try {
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('The view could not be rasterised.'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(view.width * scale);
    canvas.height = Math.round(view.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, view.width, view.height);
    return await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
