import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  buildFont,
  FAMILY,
  FULL_WIDTH_RANGES,
  fontScript,
  tableChecksum,
  UNITS_PER_EM,
} from './cjkMetricsFont';

/** The table directory of an sfnt: tag → { offset, length, checksum }. */
function tables(font: Buffer) {
  const count = font.readUInt16BE(4);
  const out = new Map<string, { offset: number; length: number; checksum: number }>();
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    out.set(font.toString('latin1', at, at + 4), {
      checksum: font.readUInt32BE(at + 4),
      offset: font.readUInt32BE(at + 8),
      length: font.readUInt32BE(at + 12),
    });
  }
  return out;
}

/** The glyph a format 13 cmap gives a code point (0 when no group holds it). */
function glyphOf(font: Buffer, codePoint: number): number {
  const cmap = tables(font).get('cmap');
  if (!cmap) throw new Error('no cmap');
  const sub = cmap.offset + font.readUInt32BE(cmap.offset + 8);
  expect(font.readUInt16BE(sub)).toBe(13);
  const groups = font.readUInt32BE(sub + 12);
  for (let g = 0; g < groups; g++) {
    const at = sub + 16 + 12 * g;
    if (codePoint >= font.readUInt32BE(at) && codePoint <= font.readUInt32BE(at + 4))
      return font.readUInt32BE(at + 8);
  }
  return 0;
}

describe('buildFont()', () => {
  const font = Buffer.from(buildFont());
  const dir = tables(font);

  it('has the tables a TrueType font needs, in tag order, each checksum right and the whole file summing to the magic', () => {
    const tags = [...dir.keys()];
    expect(tags).toEqual(['OS/2', 'cmap', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'name', 'post']);
    for (const [tag, { offset, length, checksum }] of dir) {
      const data = Buffer.from(font.subarray(offset, offset + length));
      if (tag === 'head') data.writeUInt32BE(0, 8); // checkSumAdjustment is left out of head's own sum
      expect(tableChecksum(data), tag).toBe(checksum);
      expect(offset % 4, `${tag} is 4-byte aligned`).toBe(0);
    }
    expect(tableChecksum(font)).toBe(0xb1b0afba);
  });

  it('maps Han, kana, CJK punctuation and full-width forms to glyph 1, and Latin, half-width kana and emoji to nothing', () => {
    for (const c of ['中', '苏', '㐀', '、', '。', 'あ', 'ア', '（', '：', '？', '𠀀'])
      expect(glyphOf(font, c.codePointAt(0) ?? 0), c).toBe(1);
    for (const c of ['a', '1', 'é', 'ｱ', '😀', ' ']) expect(glyphOf(font, c.codePointAt(0) ?? 0), c).toBe(0);
  });

  it('gives every glyph one em of advance (one metric shared by all glyphs) and Noto Sans CJK’s line metrics', () => {
    const head = dir.get('head');
    const hhea = dir.get('hhea');
    const hmtx = dir.get('hmtx');
    if (!head || !hhea || !hmtx) throw new Error('missing table');
    expect(font.readUInt16BE(head.offset + 18)).toBe(UNITS_PER_EM);
    expect(font.readUInt16BE(hhea.offset + 34), 'numberOfHMetrics').toBe(1);
    expect(font.readUInt16BE(hmtx.offset)).toBe(UNITS_PER_EM);
    expect([font.readInt16BE(hhea.offset + 4), font.readInt16BE(hhea.offset + 6)]).toEqual([1160, -288]);
  });

  it('covers disjoint ranges in increasing order', () => {
    for (let i = 1; i < FULL_WIDTH_RANGES.length; i++) {
      const [a, b] = FULL_WIDTH_RANGES[i] as [number, number];
      expect(a).toBeLessThanOrEqual(b);
      expect(a).toBeGreaterThan((FULL_WIDTH_RANGES[i - 1] as [number, number])[1]);
    }
  });
});

describe('fontScript()', () => {
  it('adds the font, its bytes inlined, under its family with a unicode-range of the same ranges', () => {
    const script = fontScript();
    const b64 = script.match(/atob\("([A-Za-z0-9+/=]+)"\)/)?.[1] ?? '';
    expect(Buffer.from(b64, 'base64').equals(Buffer.from(buildFont()))).toBe(true);
    expect(script).toContain(
      `new FontFace(${JSON.stringify(FAMILY)},b,{unicodeRange:"U+2e80-2fdf,U+3000-303f,`,
    );
    expect(script.match(/U\+/g)?.length).toBe(FULL_WIDTH_RANGES.length);
  });

  it('installs a FontFace that is loaded at once, and never throws where FontFace is missing', () => {
    const added: { family: string; status: string }[] = [];
    class FakeFontFace {
      status = 'loaded';
      constructor(
        readonly family: string,
        readonly bytes: Uint8Array,
      ) {}
    }
    const run = (env: Record<string, unknown>) => runInNewContext(fontScript(), env);
    run({ FontFace: FakeFontFace, document: { fonts: { add: (f: FakeFontFace) => added.push(f) } }, atob });
    expect(added.map((f) => f.family)).toEqual([FAMILY]);
    expect(() => run({ document: {}, atob })).not.toThrow();
  });
});
