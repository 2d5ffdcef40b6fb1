/**
 * "Frugal CJK Metrics": a tiny TrueType font, built here and installed by an inline script in <head> before the
 * first layout, that maps every Han character, kana and full-width form to one blank glyph 1 em wide, the
 * advance every such character has in Noto Sans SC.
 *
 * Why: on a machine without a CJK font, Han text waits for the self-hosted Noto Sans SC slices. Until they
 * arrive the browser lays the text out with the next font in the stack; without this one that is a narrow
 * missing-glyph box, so lines break differently and the page jumps when the real glyphs come (a layout shift
 * of 0.05–0.1 on a phone). With it, the text has its final width from the first layout and stays blank until
 * the glyphs are drawn. A FontFace made from bytes is ready at once; a data: URL in CSS would load only after
 * the first layout, too late.
 */

export const FAMILY = 'Frugal CJK Metrics';
/** Font units per em; every mapped character advances by one em. */
export const UNITS_PER_EM = 1000;

/**
 * The code points drawn one em wide in Noto Sans SC: CJK radicals, symbols and punctuation, kana, bopomofo,
 * enclosed and compatibility forms, Han (extension A, the unified block, compatibility ideographs,
 * extensions B–F), vertical and compatibility forms, and the full-width ASCII and signs (not the half-width
 * katakana and Hangul at U+FF61–U+FFDC).
 */
export const FULL_WIDTH_RANGES: readonly (readonly [number, number])[] = [
  [0x2e80, 0x2fdf],
  [0x3000, 0x303f],
  [0x3040, 0x30ff],
  [0x3100, 0x312f],
  [0x3190, 0x31ff],
  [0x3200, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe1f],
  [0xfe30, 0xfe4f],
  [0xff01, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x2fa1f],
];

/** Noto Sans CJK's vertical metrics, so that a line laid out with this font is as tall as with the real one. */
const ASCENT = 1160;
const DESCENT = 288;

class Writer {
  readonly bytes: number[] = [];

  u8(v: number): this {
    this.bytes.push(v & 0xff);
    return this;
  }
  u16(v: number): this {
    return this.u8(v >> 8).u8(v);
  }
  i16(v: number): this {
    return this.u16(v < 0 ? v + 0x10000 : v);
  }
  u32(v: number): this {
    return this.u16(Math.floor(v / 0x10000)).u16(v % 0x10000);
  }
  tag(s: string): this {
    for (const c of s) this.u8(c.charCodeAt(0));
    return this;
  }
  get buffer(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

/** OpenType table checksum: the sum of the big-endian uint32 words, zero-padded, modulo 2³². */
export function tableChecksum(buf: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < buf.length; i += 4) {
    const word =
      ((buf[i] ?? 0) << 24) | ((buf[i + 1] ?? 0) << 16) | ((buf[i + 2] ?? 0) << 8) | (buf[i + 3] ?? 0);
    sum = (sum + (word >>> 0)) % 0x100000000;
  }
  return sum;
}

function head() {
  return new Writer()
    .u32(0x00010000) // version
    .u32(0x00010000) // fontRevision
    .u32(0) // checkSumAdjustment, set once the whole font is assembled
    .u32(0x5f0f3cf5) // magicNumber
    .u16(0b1011) // flags: baseline at y = 0, left sidebearing at x = 0, integer ppem
    .u16(UNITS_PER_EM)
    .u32(0)
    .u32(0) // created
    .u32(0)
    .u32(0) // modified
    .i16(100)
    .i16(-DESCENT + 100)
    .i16(900)
    .i16(ASCENT - 300) // the bounding box of the .notdef rectangle
    .u16(0) // macStyle
    .u16(8) // lowestRecPPEM
    .i16(2) // fontDirectionHint
    .i16(0) // indexToLocFormat: short offsets
    .i16(0).buffer; // glyphDataFormat
}

function hhea() {
  return new Writer()
    .u32(0x00010000)
    .i16(ASCENT)
    .i16(-DESCENT)
    .i16(0) // lineGap
    .u16(UNITS_PER_EM) // advanceWidthMax
    .i16(0)
    .i16(0)
    .i16(900) // minLeft/RightSideBearing, xMaxExtent
    .i16(1)
    .i16(0)
    .i16(0) // caret
    .i16(0)
    .i16(0)
    .i16(0)
    .i16(0) // reserved
    .i16(0) // metricDataFormat
    .u16(1).buffer; // numberOfHMetrics: every glyph takes the one advance
}

function maxp() {
  const w = new Writer().u32(0x00010000).u16(2).u16(4).u16(1);
  for (let i = 0; i < 10; i++) w.u16(i === 2 ? 2 : 0); // maxZones = 2, the rest zero
  return w.u16(0).buffer;
}

function os2() {
  const w = new Writer()
    .u16(4) // version
    .i16(UNITS_PER_EM) // xAvgCharWidth
    .u16(400) // usWeightClass
    .u16(5) // usWidthClass
    .u16(0); // fsType: installable
  for (let i = 0; i < 10; i++) w.i16(0); // sub/superscript and strikeout metrics
  w.i16(0); // sFamilyClass
  for (let i = 0; i < 10; i++) w.u8(0); // panose
  w.u32(0)
    .u32(1 << 27) // ulUnicodeRange2 bit 59: CJK unified ideographs
    .u32(0)
    .u32(0)
    .tag('NONE')
    .u16(0x40) // fsSelection: regular
    .u16(0x3000) // usFirstCharIndex
    .u16(0xffff) // usLastCharIndex (capped for code points above the BMP)
    .i16(ASCENT)
    .i16(-DESCENT)
    .i16(0) // typographic metrics
    .u16(ASCENT)
    .u16(DESCENT) // Windows metrics
    .u32(1 << 18) // ulCodePageRange1 bit 18: simplified Chinese
    .u32(0)
    .i16(500)
    .i16(700) // x-height, cap height
    .u16(0)
    .u16(0x20)
    .u16(0);
  return w.buffer;
}

/** A format 13 (many-to-one) cmap subtable: every range maps to glyph 1. */
function cmap() {
  const groups = FULL_WIDTH_RANGES.length;
  const length = 16 + 12 * groups;
  const w = new Writer().u16(0).u16(1).u16(3).u16(10).u32(12);
  w.u16(13).u16(0).u32(length).u32(0).u32(groups);
  for (const [start, end] of FULL_WIDTH_RANGES) w.u32(start).u32(end).u32(1);
  return w.buffer;
}

/** Glyph 0 (.notdef) is a rectangle, as the format asks; glyph 1 (every mapped character) is empty. */
function glyf() {
  const [x0, y0, x1, y1] = [100, -DESCENT + 100, 900, ASCENT - 300];
  const w = new Writer().i16(1).i16(x0).i16(y0).i16(x1).i16(y1).u16(3).u16(0);
  for (let i = 0; i < 4; i++) w.u8(1); // on-curve points, int16 coordinates
  for (const dx of [x0, x1 - x0, 0, x0 - x1]) w.i16(dx);
  for (const dy of [y0, 0, y1 - y0, 0]) w.i16(dy);
  return w.buffer;
}

function loca(notdefLength: number) {
  return new Writer()
    .u16(0)
    .u16(notdefLength / 2)
    .u16(notdefLength / 2).buffer;
}

function hmtx() {
  return new Writer().u16(UNITS_PER_EM).i16(100).i16(0).buffer;
}

function name() {
  const strings: [number, string][] = [
    [1, FAMILY],
    [2, 'Regular'],
    [4, FAMILY],
    [6, FAMILY.replace(/ /g, '')],
  ];
  const w = new Writer()
    .u16(0)
    .u16(strings.length)
    .u16(6 + 12 * strings.length);
  let offset = 0;
  for (const [id, s] of strings) {
    w.u16(3)
      .u16(1)
      .u16(0x409)
      .u16(id)
      .u16(2 * s.length)
      .u16(offset);
    offset += 2 * s.length;
  }
  for (const [, s] of strings) for (const c of s) w.u16(c.charCodeAt(0));
  return w.buffer;
}

function post() {
  const w = new Writer().u32(0x00030000).u32(0).i16(-100).i16(50);
  for (let i = 0; i < 5; i++) w.u32(0);
  return w.buffer;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const pad4 = (buf: Uint8Array) => concat([buf, new Uint8Array((4 - (buf.length % 4)) % 4)]);

/** The whole font file: a TrueType sfnt with valid table checksums and head.checkSumAdjustment. */
export function buildFont(): Uint8Array {
  const glyphs = glyf();
  const tables: Record<string, Uint8Array> = {
    'OS/2': os2(),
    cmap: cmap(),
    glyf: pad4(glyphs),
    head: head(),
    hhea: hhea(),
    hmtx: hmtx(),
    loca: loca(glyphs.length + (glyphs.length % 2)),
    maxp: maxp(),
    name: name(),
    post: post(),
  };
  const tags = Object.keys(tables).sort();
  const count = tags.length;
  const entrySelector = Math.floor(Math.log2(count));
  const searchRange = 2 ** entrySelector * 16;
  const dir = new Writer()
    .u32(0x00010000)
    .u16(count)
    .u16(searchRange)
    .u16(entrySelector)
    .u16(count * 16 - searchRange);
  let offset = 12 + 16 * count;
  const bodies = [];
  for (const tag of tags) {
    const data = tables[tag] as Uint8Array;
    dir.tag(tag).u32(tableChecksum(data)).u32(offset).u32(data.length);
    const padded = pad4(data);
    bodies.push(padded);
    offset += padded.length;
  }
  const font = Buffer.concat([dir.buffer, ...bodies]);
  const headOffset =
    12 + 16 * count + bodies.slice(0, tags.indexOf('head')).reduce((s, b) => s + b.length, 0);
  font.writeUInt32BE((0xb1b0afba - tableChecksum(font) + 0x100000000) % 0x100000000, headOffset + 8);
  return font;
}

/** The CSS unicode-range of FULL_WIDTH_RANGES. */
export function unicodeRange(): string {
  return FULL_WIDTH_RANGES.map(([a, b]) => `U+${a.toString(16)}-${b.toString(16)}`).join(',');
}

/**
 * The inline script that installs the font: decodes its bytes and adds a FontFace, which is loaded the moment
 * it is made. Constant, no input; the page's CSP hashes it with the other inline scripts (scripts/csp.mjs).
 */
export function fontScript(font: Uint8Array = buildFont()): string {
  const base64 = btoa(String.fromCharCode(...font));
  return `(function(){try{var s=atob("${base64}"),b=new Uint8Array(s.length);for(var i=0;i<s.length;i++)b[i]=s.charCodeAt(i);document.fonts.add(new FontFace(${JSON.stringify(FAMILY)},b,{unicodeRange:"${unicodeRange()}"}))}catch(e){}})()`;
}
