import bidiFactory from 'bidi-js';
import { describe, expect, test } from 'vitest';
import { boldFaceOf, type FaceId } from '../../lib/export/fonts';
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

describe('preparing paragraphs', () => {
  /**
   * What prepareParagraphs must give each paragraph, the long way: every grapheme cluster through Intl.Segmenter and
   * resolveCluster, the face carried from one cluster to the next, bold faces where loaded, bidi levels from bidi-js.
   * Text below U+0300 and paragraphs below U+0590 take shortcuts in the layout (issue 9); they must not show.
   */
  function slowClusters(raw: { text: string; bold?: boolean }[], m: FontMetrics) {
    const spans = raw.map((s) => ({ ...s, text: sanitizeText(s.text) }));
    const bidi = bidiFactory();
    const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const full = spans.map((s) => s.text).join('');
    const firstStrong = [...full].find((ch) => /\p{L}/u.test(ch));
    const rtl = firstStrong !== undefined && /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(firstStrong);
    const levels = bidi.getEmbeddingLevels(full).levels;
    const out: { text: string; face: FaceId; level: number; isSpace: boolean }[] = [];
    let previous: FaceId | undefined;
    let offset = 0;
    for (const span of spans) {
      for (const { segment, index } of graphemes.segment(span.text)) {
        const { face, text } = resolveCluster(segment, previous, m);
        previous = face;
        const bold = span.bold ? boldFaceOf(face) : face;
        out.push({
          text,
          face: m.has(bold) ? bold : face,
          level: levels[offset + index] ?? (rtl ? 1 : 0),
          isSpace: /^\s+$/u.test(segment),
        });
      }
      offset += span.text.length;
    }
    return out;
  }

  test.each([
    ['plain ASCII', [{ text: 'The students compare 3/4 and 0.75, then (quickly) check: 100% right!' }]],
    ['Latin with accents and a bold run', [{ text: 'Señora Muñoz: ', bold: true }, { text: 'café « crème » ½ — ok' }]],
    ['combining marks below U+0590', [{ text: 'e\u0301 q\u0301 x\u0323\u0301 Ω ж' }]],
    ['combining marks in Latin text', [{ text: 'q\u0301 x\u0323\u0301 ok' }]],
    ['Hebrew then Latin', [{ text: 'שלום 12 ' }, { text: 'hello, world' }]],
    ['Latin then Arabic numbers', [{ text: 'Score 42 ' }, { text: 'مرحبا ٣٤' }]],
    ['CJK and emoji beside Latin', [{ text: 'Notes 😀 ok ' }, { text: '字 fine', bold: true }]],
  ])('%s: the same clusters, faces and levels as the long way', (_name, spans) => {
    for (const m of [fakeMetrics(), fakeMetrics(['latin', 'latinBold'])]) {
      const [paragraph] = prepareParagraphs(spans, m);
      const clusters = paragraph!.tokens.flatMap((t) =>
        t.clusters.map((c) => ({ text: c.text, face: c.face, level: c.level, isSpace: c.isSpace })),
      );
      expect(clusters).toEqual(slowClusters(spans, m));
    }
  });

  test('a paragraph is the same whenever it is read, and unread paragraphs cost nothing to hold', () => {
    const m = fakeMetrics();
    let measured = 0;
    const counting: FontMetrics = { ...m, unitWidth: (face, text) => (measured++, m.unitWidth(face, text)) };
    const paragraphs = prepareParagraphs([{ text: 'one two\nthree four\nfive six' }], counting);
    expect(measured).toBe(0);
    const first = paragraphs[0]!.tokens;
    expect(measured).toBeGreaterThan(0);
    const afterFirst = measured;
    expect(paragraphs[0]!.tokens).toBe(first);
    expect(measured).toBe(afterFirst);
    expect(paragraphs.map((p) => p.tokens.filter((t) => !t.isSpace).length)).toEqual([2, 2, 2]);
  });
});
