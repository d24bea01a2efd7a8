import { describe, expect, test } from 'vitest';
import type { FaceId } from '../../lib/export/fonts';
import {
  facesNeeded,
  layoutBlock,
  prepareParagraphs,
  resolveCluster,
  sanitizeText,
  shapeLine,
  toRenderText,
  visualOrder,
  wrapParagraph,
  type FontMetrics,
} from '../../lib/export/pdf-layout';

/** Every character 500 units wide; faces hold their scripts; nothing has Hangul. */
function fakeMetrics(
  loaded: FaceId[] = ['latin', 'latinBold', 'arabic', 'arabicBold', 'hebrew', 'hebrewBold', 'cjk', 'emoji'],
): FontMetrics {
  const covers: Record<FaceId, (cp: number) => boolean> = {
    latin: (cp) => cp < 0x0590 || (cp >= 0x2000 && cp < 0x2100) || cp === 0xfffd,
    latinBold: (cp) => cp < 0x0590 || (cp >= 0x2000 && cp < 0x2100) || cp === 0xfffd,
    arabic: (cp) => (cp >= 0x0600 && cp < 0x0700) || cp < 0x80,
    arabicBold: (cp) => (cp >= 0x0600 && cp < 0x0700) || cp < 0x80,
    hebrew: (cp) => (cp >= 0x0590 && cp < 0x0600) || cp < 0x80,
    hebrewBold: (cp) => (cp >= 0x0590 && cp < 0x0600) || cp < 0x80,
    cjk: (cp) => (cp >= 0x3000 && cp < 0xa000) || (cp >= 0xff00 && cp < 0xfff0),
    emoji: (cp) => cp >= 0x1f300 && cp < 0x1faf0,
  };
  return {
    has: (face) => loaded.includes(face),
    hasGlyph: (face, cp) => loaded.includes(face) && covers[face](cp),
    unitWidth: (_face, text) => [...text].length * 500,
  };
}

describe('cleaning and faces', () => {
  test('sanitizeText drops controls and invisible formatting, repairs surrogates, normalises', () => {
    expect(sanitizeText('a\u0000b\u0007c\u202Ed\uFEFF\r\ne\tf\uD800g\u0065\u0301')).toBe('abcd\ne f\uFFFDgé');
  });

  test('each script gets its face; missing glyphs get readable stand-ins, never nothing', () => {
    const m = fakeMetrics();
    expect(resolveCluster('ب', undefined, m).face).toBe('arabic');
    expect(resolveCluster('ש', undefined, m).face).toBe('hebrew');
    expect(resolveCluster('字', undefined, m).face).toBe('cjk');
    expect(resolveCluster('😀', undefined, m).face).toBe('emoji');
    expect(resolveCluster('한', undefined, m)).toEqual({ face: 'latin', text: '\uFFFD' });
    const noEmoji = fakeMetrics(['latin', 'latinBold']);
    expect(resolveCluster('😀', undefined, noEmoji)).toEqual({ face: 'latin', text: '[emoji U+1F600]' });
  });

  test('only the faces a text needs are loaded (the 10 MB CJK face only for CJK)', () => {
    expect([...facesNeeded('Hello café')].sort()).toEqual(['latin', 'latinBold']);
    expect(facesNeeded('你好').has('cjk')).toBe(true);
    expect(facesNeeded('مرحبا').has('arabic')).toBe(true);
    expect(facesNeeded('שלום 👋').has('emoji')).toBe(true);
  });
});

describe('wrapping', () => {
  test('breaks at spaces, between ideographs, and inside words longer than a line', () => {
    const m = fakeMetrics();
    const [latin] = prepareParagraphs([{ text: 'aaaa bbbb cccc' }], m);
    // 10 pt: each letter 5 pt; 45 pt fits "aaaa bbbb" (9 letters).
    const wrapped = wrapParagraph(latin!, 10, 45, 10, m);
    expect(wrapped.ranges.length).toBe(2);
    const [cjk] = prepareParagraphs([{ text: '一二三四五六' }], m);
    expect(wrapParagraph(cjk!, 10, 10, 10, m).ranges.length).toBe(3); // two ideographs per line
    const [long] = prepareParagraphs([{ text: 'x'.repeat(30) }], m);
    expect(wrapParagraph(long!, 10, 50, 10, m).ranges.length).toBe(3);
  });

  test('a cut block ends with the marker and never exceeds its lines', () => {
    const m = fakeMetrics();
    const paragraphs = prepareParagraphs([{ text: 'word '.repeat(200) }], m);
    const [marker] = prepareParagraphs([{ text: ' … [cut]' }], m);
    const block = layoutBlock(paragraphs, 10, 100, 3, m, marker!);
    expect(block.cut).toBe(true);
    expect(block.lines).toHaveLength(3);
    expect(block.lines[2]!.text.endsWith('… [cut]')).toBe(true);
    for (const line of block.lines) expect(line.width).toBeLessThanOrEqual(100);
    const short = layoutBlock(prepareParagraphs([{ text: 'short' }], m), 10, 100, 3, m, marker!);
    expect(short).toMatchObject({ cut: false });
    expect(short.lines.map((l) => l.text)).toEqual(['short']);
  });
});

describe('right to left', () => {
  test('UAX #9 L2: runs at odd levels are reversed, nested levels restored', () => {
    expect(visualOrder([0, 0, 1, 1, 1, 0])).toEqual([0, 1, 4, 3, 2, 5]);
    expect(visualOrder([1, 1, 2, 2, 1])).toEqual([4, 2, 3, 1, 0]);
  });

  test('a Hebrew line with a number: words right to left, the number left to right', () => {
    const m = fakeMetrics();
    const [p] = prepareParagraphs([{ text: 'רמה 12 שברים' }], m);
    expect(p!.rtl).toBe(true);
    const line = shapeLine(p!.tokens, 10, true, m);
    // Display order, left to right: the last word first, the number still reading 1-2.
    const visual = line.runs.map((r) => r.logicalText.trim()).filter(Boolean);
    expect(visual).toEqual(['שברים', '12', 'רמה']);
  });

  test('fontkit reverses Arabic and Hebrew runs itself; neutral right-to-left runs are reversed here and mirrored', () => {
    const c = (text: string, level: number) => ({
      text,
      face: 'latin' as FaceId,
      level,
      style: { bold: false, color: undefined, strike: false },
      isSpace: false,
    });
    expect(toRenderText([c('ש', 1), c('ל', 1)], true)).toBe('של');
    expect(toRenderText([c('(', 1), c('!', 1)], true)).toBe('!)');
    expect(toRenderText([c('١', 2), c('٢', 2)], false)).toBe('٢١');
    expect(toRenderText([c('a', 0), c('b', 0)], false)).toBe('ab');
  });
});
