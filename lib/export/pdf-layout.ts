import bidiFactory from 'bidi-js';
import { boldFaceOf, type FaceId } from './fonts';

/**
 * Text layout for the one-page PDF, independent of pdfkit so it can be tested alone: clean the text, split it
 * into runs by script and pick a font face for each (no font falls back by itself), find line-break
 * opportunities, wrap, and reorder each line for display with the Unicode bidi algorithm (bidi-js) so Arabic
 * and Hebrew read right to left. Arabic joining is left to fontkit, which shapes a run given in logical order
 * and reverses it itself; this module decides which runs to hand over in which order (see toRenderText).
 */

const bidi = bidiFactory();

/** What layout needs to know about the loaded fonts. */
export interface FontMetrics {
  has(face: FaceId): boolean;
  hasGlyph(face: FaceId, codePoint: number): boolean;
  /** Advance width of `text` set in `face` at size 1000. */
  unitWidth(face: FaceId, text: string): number;
}

/** A piece of text with one style. */
export interface Span {
  text: string;
  bold?: boolean;
  /** CSS hex colour; the body colour when absent. */
  color?: string;
  strike?: boolean;
}

interface Style {
  bold: boolean;
  color: string | undefined;
  strike: boolean;
}

export interface Cluster {
  text: string;
  face: FaceId;
  level: number;
  style: Style;
  isSpace: boolean;
}

export interface Token {
  clusters: Cluster[];
  /** Width at size 1000. */
  unitWidth: number;
  isSpace: boolean;
}

export interface Paragraph {
  tokens: Token[];
  /** Base direction right to left (first strong character is Arabic or Hebrew). */
  rtl: boolean;
  /** BCP 47 language of the paragraph when its script says it clearly (ar, he, ja, zh), for tagging. */
  lang: string | undefined;
}

/** One displayed run: a face, a style, and the string to hand to pdfkit (already in the order fontkit needs). */
export interface VisualRun {
  face: FaceId;
  style: Style;
  renderText: string;
  /** The run's text in reading (logical) order. */
  logicalText: string;
  /** Width at the line's size, in points. */
  width: number;
}

export interface Line {
  runs: VisualRun[];
  width: number;
  rtl: boolean;
  /** The line's text in reading order (for ActualText and tests). */
  text: string;
}

// ---------------------------------------------------------------------------------------------------------
// Cleaning

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0 and C1 controls except tab and newline; bidi embedding/isolate controls and marks (the bidi algorithm here
// works from the characters themselves, and fonts have no glyphs for them); zero-width space, soft hyphen,
// BOM, object replacement and noncharacters.
const invisible =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFFC\uFFFE\uFFFF]/g;

/**
 * Text safe to lay out: unpaired surrogates become U+FFFD, controls and invisible formatting go, line ends
 * become \n, tabs a space, and the result is NFC (so "e" + combining accent uses the precomposed glyph).
 */
export function sanitizeText(text: string): string {
  return text
    .replace(loneSurrogate, '\uFFFD')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(invisible, '')
    .normalize('NFC');
}

// ---------------------------------------------------------------------------------------------------------
// Scripts and faces

const reArabic = /\p{Script=Arabic}/u;
const reHebrew = /\p{Script=Hebrew}/u;
// Han, kana, bopomofo, CJK punctuation and full-width forms.
const reCjk =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303F\u30FC\uFF00-\uFFEF]/u;
const reKana = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const reEmojiBase = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;
// These classes are tested one code point (or one grapheme) at a time, never as sequences.
// eslint-disable-next-line no-misleading-character-class
const reEmojiPresentation = /[\p{Emoji_Presentation}\p{Regional_Indicator}\p{Emoji_Modifier}\u200D\uFE0F\u20E3]/u;
const reNeutralStart = /^[\p{Script=Common}\p{Script=Inherited}]/u;
const reSpace = /^\s+$/u;
const reRtlScript =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}]/u;
const reScriptSpecific = /[^\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;
// Characters fonts usually lack but that only steer shaping or presentation: dropped when the face lacks them.
// eslint-disable-next-line no-misleading-character-class -- matched one code point at a time
const reSteering = /[\u200C\u200D\uFE00-\uFE0F\u{E0020}-\u{E007F}\u{1F3FB}-\u{1F3FF}]/u;

/** Which optional faces a text needs (Latin is always loaded). */
export function facesNeeded(text: string): Set<FaceId> {
  const needed = new Set<FaceId>(['latin', 'latinBold']);
  if (reArabic.test(text)) {
    needed.add('arabic');
    needed.add('arabicBold');
  }
  if (reHebrew.test(text)) {
    needed.add('hebrew');
    needed.add('hebrewBold');
  }
  if (reCjk.test(text)) needed.add('cjk');
  if (reEmojiBase.test(text)) needed.add('emoji');
  return needed;
}

function isEmojiCluster(cluster: string): boolean {
  return reEmojiBase.test(cluster) && (reEmojiPresentation.test(cluster) || [...cluster].length > 1);
}

const fallbackOrder: FaceId[] = ['latin', 'cjk', 'arabic', 'hebrew', 'emoji'];

function preferredFace(cluster: string, previous: FaceId | undefined, metrics: FontMetrics): FaceId {
  const first = cluster.codePointAt(0) ?? 0;
  if (isEmojiCluster(cluster)) return 'emoji';
  if (reArabic.test(cluster)) return 'arabic';
  if (reHebrew.test(cluster)) return 'hebrew';
  if (reCjk.test(cluster)) return 'cjk';
  if (reEmojiBase.test(cluster) && !metrics.hasGlyph('latin', first)) return 'emoji';
  // Spaces and punctuation follow the text around them, except after an emoji: the emoji face's space is
  // twice as wide as a text space.
  if (
    reNeutralStart.test(cluster) &&
    previous &&
    previous !== 'emoji' &&
    metrics.has(previous) &&
    metrics.hasGlyph(previous, first)
  ) {
    return previous;
  }
  return 'latin';
}

function codePointHex(cp: number): string {
  return 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * The face for one grapheme cluster, and the text to draw for it: the cluster itself, without steering
 * characters the face lacks, or a readable stand-in when no loaded face has the glyph (never an empty box).
 */
export function resolveCluster(
  cluster: string,
  previous: FaceId | undefined,
  metrics: FontMetrics,
): { face: FaceId; text: string } {
  const first = cluster.codePointAt(0) ?? 0;
  const preferred = preferredFace(cluster, previous, metrics);
  const candidates = [preferred, ...fallbackOrder.filter((f) => f !== preferred)];
  for (const face of candidates) {
    if (!metrics.has(face) || !metrics.hasGlyph(face, first)) continue;
    if (face === 'emoji') return { face, text: cluster };
    let text = '';
    for (const ch of cluster) {
      const cp = ch.codePointAt(0) ?? 0;
      if (metrics.hasGlyph(face, cp)) text += ch;
      else if (!reSteering.test(ch) && !/\p{M}/u.test(ch)) text += metrics.hasGlyph(face, 0xfffd) ? '\uFFFD' : '?';
    }
    return { face, text };
  }
  if (reEmojiBase.test(cluster)) return { face: 'latin', text: `[emoji ${codePointHex(first)}]` };
  return { face: 'latin', text: metrics.hasGlyph('latin', 0xfffd) ? '\uFFFD' : '?' };
}

// ---------------------------------------------------------------------------------------------------------
// Preparing paragraphs

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// Japanese/Chinese line-breaking rules (kinsoku), the common subset: no break before closing punctuation and
// small kana, none after opening brackets.
const noBreakBefore =
  /^[、。，．・：；？！」』）〕］｝〉》〙〗ー…‥ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々,.:;?!)\]}]/u;
const noBreakAfter = /^[「『（〔［｛〈《〘〖([{]$/u;

function isCjkCluster(c: string): boolean {
  // Full-width Latin letters and digits wrap like Latin words, not like ideographs.
  return reCjk.test(c) && !/^[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]$/.test(c);
}

function breakAllowedBetween(
  a: string,
  b: string,
  aPrev: string | undefined,
  emojiA: boolean,
  emojiB: boolean,
): boolean {
  if (reSpace.test(a)) return !reSpace.test(b);
  if (reSpace.test(b)) return false;
  if (noBreakBefore.test(b) || noBreakAfter.test(a)) return false;
  if (isCjkCluster(a) || isCjkCluster(b) || emojiA || emojiB) return true;
  // After a hyphen or slash between letters: compounds and URLs can wrap there.
  if (
    (a === '-' || a === '/' || a === '\u2013' || a === '\u2014') &&
    aPrev !== undefined &&
    /[\p{L}\p{N}]/u.test(aPrev) &&
    /[\p{L}\p{N}]/u.test(b)
  ) {
    return true;
  }
  return false;
}

function paragraphLang(text: string): string | undefined {
  let arabic = 0;
  let hebrew = 0;
  let cjk = 0;
  let kana = 0;
  let other = 0;
  for (const ch of text) {
    if (reArabic.test(ch)) arabic++;
    else if (reHebrew.test(ch)) hebrew++;
    else if (reKana.test(ch)) kana++;
    else if (reCjk.test(ch)) cjk++;
    else if (/\p{L}/u.test(ch)) other++;
  }
  const max = Math.max(arabic, hebrew, cjk + kana, other);
  if (max === 0 || max === other) return undefined;
  if (max === arabic) return 'ar';
  if (max === hebrew) return 'he';
  return kana > 0 ? 'ja' : 'zh';
}

/**
 * Prepares styled text for wrapping: cleans it, splits it into paragraphs at newlines (empty ones dropped),
 * resolves bidi levels per paragraph, picks a face per grapheme cluster and groups clusters into tokens
 * between break opportunities. `maxChars` bounds the work on huge texts (only what can fit on a page is
 * ever shown).
 */
export function prepareParagraphs(spans: Span[], metrics: FontMetrics, maxChars = 20_000): Paragraph[] {
  // Flatten spans into paragraphs of (text, style) pieces.
  const paragraphs: { pieces: { text: string; style: Style }[] }[] = [{ pieces: [] }];
  let budget = maxChars;
  for (const span of spans) {
    if (budget <= 0) break;
    let text = sanitizeText(span.text);
    if (text.length > budget) text = text.slice(0, budget).replace(/[\uD800-\uDBFF]$/, '');
    budget -= text.length;
    const style: Style = { bold: span.bold === true, color: span.color, strike: span.strike === true };
    const parts = text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) paragraphs.push({ pieces: [] });
      if (part !== '')
        (paragraphs[paragraphs.length - 1] as { pieces: { text: string; style: Style }[] }).pieces.push({
          text: part,
          style,
        });
    });
  }
  const out: Paragraph[] = [];
  for (const paragraph of paragraphs) {
    const full = paragraph.pieces.map((p) => p.text).join('');
    if (full.trim() === '') continue;
    out.push(preparedWhenRead(paragraph.pieces, full, metrics));
  }
  return out;
}

/**
 * A paragraph prepared the first time it is read. Why (issue 9): a block of up to 16,000 characters is prepared
 * for a page that shows at most 90 of its lines, and wrapping stops reading paragraphs once a block has more
 * lines than it may show; the PDF of a 50,000-word trace prepared (and shaped every word of) ~330,000 characters
 * to draw a few thousand. The paragraph is the same whenever it is read: prepareOne is a function of its inputs.
 */
function preparedWhenRead(pieces: { text: string; style: Style }[], full: string, metrics: FontMetrics): Paragraph {
  let prepared: Paragraph | undefined;
  const read = () => (prepared ??= prepareOne(pieces, full, metrics));
  return {
    get tokens() {
      return read().tokens;
    },
    get rtl() {
      return read().rtl;
    },
    get lang() {
      return read().lang;
    },
  };
}

/**
 * Below U+0300 every UTF-16 unit is a grapheme cluster of its own: no combining mark, joiner, variation selector or
 * surrogate comes before it (and the text is sanitized: no CR, no controls). A piece all below it is read unit by
 * unit instead of through Intl.Segmenter, with each unit's face taken from a table (resolvedSingle).
 */
const firstCombining = 0x300;
/** Below U+0590 (Hebrew) no character is right to left or an Arabic number: every bidi level is 0 (UAX #9). */
const firstRightToLeft = 0x590;

function allBelow(text: string, limit: number): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= limit) return false;
  return true;
}

/** Whether each unit below U+0300 is white space (as reSpace tests a cluster). */
const isSpaceUnit = Uint8Array.from({ length: firstCombining }, (_, code) =>
  reSpace.test(String.fromCharCode(code)) ? 1 : 0,
);

type Resolved = { face: FaceId; text: string };
/**
 * resolveCluster's answers for one-unit clusters below U+0300, per loaded fonts and previous face: the same
 * answer for the same inputs, asked once per code instead of once per character (a 16,000-character block
 * asked up to five regexes and several glyph lookups per character; issue 9, the PDF of a 50,000-word trace).
 */
const resolvedSingle = new WeakMap<FontMetrics, Map<FaceId | undefined, (Resolved | undefined)[]>>();

function resolveSingle(code: number, previous: FaceId | undefined, metrics: FontMetrics): Resolved {
  let byPrevious = resolvedSingle.get(metrics);
  if (!byPrevious) resolvedSingle.set(metrics, (byPrevious = new Map()));
  let table = byPrevious.get(previous);
  if (!table) byPrevious.set(previous, (table = new Array<Resolved | undefined>(firstCombining)));
  return (table[code] ??= resolveCluster(String.fromCharCode(code), previous, metrics));
}

function prepareOne(pieces: { text: string; style: Style }[], full: string, metrics: FontMetrics): Paragraph {
  const leftToRight = allBelow(full, firstRightToLeft);
  const levels = leftToRight ? undefined : bidi.getEmbeddingLevels(full).levels;
  const baseLevel = !leftToRight && firstStrongIsRtl(full) ? 1 : 0;
  const clusters: Cluster[] = [];
  let offset = 0;
  let previous: FaceId | undefined;
  const add = (text: string, baseFace: FaceId, style: Style, level: number, isSpace: boolean) => {
    previous = baseFace;
    const face = style.bold ? boldFaceOf(baseFace) : baseFace;
    clusters.push({ text, face: metrics.has(face) ? face : baseFace, level, style, isSpace });
  };
  for (const piece of pieces) {
    if (allBelow(piece.text, firstCombining)) {
      for (let i = 0; i < piece.text.length; i++) {
        const code = piece.text.charCodeAt(i);
        const { face, text } = resolveSingle(code, previous, metrics);
        add(text, face, piece.style, levels?.[offset + i] ?? baseLevel, isSpaceUnit[code] === 1);
      }
    } else {
      for (const { segment, index } of graphemes.segment(piece.text)) {
        const { face, text } = resolveCluster(segment, previous, metrics);
        add(text, face, piece.style, levels?.[offset + index] ?? baseLevel, reSpace.test(segment));
      }
    }
    offset += piece.text.length;
  }

  // Tokens: runs of clusters between break opportunities; whitespace runs are tokens of their own.
  const tokens: Token[] = [];
  let current: Cluster[] = [];
  const flush = () => {
    if (current.length === 0) return;
    tokens.push({
      clusters: current,
      unitWidth: measureClusters(current, metrics),
      isSpace: current[0]?.isSpace === true,
    });
    current = [];
  };
  for (let i = 0; i < clusters.length; i++) {
    const c = clusters[i] as Cluster;
    if (current.length > 0) {
      const prev = current[current.length - 1] as Cluster;
      const prevPrev = current.length > 1 ? (current[current.length - 2] as Cluster).text : undefined;
      const spaceChange = prev.isSpace !== c.isSpace;
      if (spaceChange || breakAllowedBetween(prev.text, c.text, prevPrev, prev.face === 'emoji', c.face === 'emoji'))
        flush();
    }
    current.push(c);
  }
  flush();
  // No script with a language of its own below U+0590 (paragraphLang would find only 'other' letters).
  return { tokens, rtl: baseLevel === 1, lang: leftToRight ? undefined : paragraphLang(full) };
}

function firstStrongIsRtl(text: string): boolean {
  for (const ch of text) {
    if (reRtlScript.test(ch)) return true;
    if (/\p{L}/u.test(ch)) return false;
  }
  return false;
}

/** Width at size 1000 of clusters, measured per run of one face (so Arabic is measured shaped). */
function measureClusters(clusters: Cluster[], metrics: FontMetrics): number {
  let width = 0;
  let runFace: FaceId | undefined;
  let runText = '';
  for (const c of clusters) {
    if (c.face !== runFace) {
      if (runFace && runText) width += metrics.unitWidth(runFace, runText);
      runFace = c.face;
      runText = '';
    }
    runText += c.text;
  }
  if (runFace && runText) width += metrics.unitWidth(runFace, runText);
  return width;
}

// ---------------------------------------------------------------------------------------------------------
// Wrapping

export interface WrappedParagraph {
  /** The paragraph's tokens, with words too long for a line split into clusters. */
  tokens: Token[];
  /** Each line as [start, end) into `tokens`, without leading or trailing spaces. */
  ranges: [number, number][];
  /** True when the text did not fit in maxLines. */
  overflow: boolean;
}

function splitToken(token: Token, metrics: FontMetrics): Token[] {
  return token.clusters.map((c) => ({ clusters: [c], unitWidth: measureClusters([c], metrics), isSpace: c.isSpace }));
}

/**
 * Greedy wrapping of one paragraph at `size` points into lines at most `width` wide; a word longer than a
 * line is broken between clusters. Stops after maxLines (overflow = more text remains).
 */
export function wrapParagraph(
  paragraph: Paragraph,
  size: number,
  width: number,
  maxLines: number,
  metrics: FontMetrics,
): WrappedParagraph {
  const scale = size / 1000;
  const tokens = [...paragraph.tokens];
  const ranges: [number, number][] = [];
  let start = -1;
  let end = -1;
  let lineWidth = 0;
  let pendingSpace = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.isSpace) {
      if (start >= 0) pendingSpace += token.unitWidth * scale;
      continue;
    }
    const w = token.unitWidth * scale;
    if (start < 0) {
      if (w > width && token.clusters.length > 1) {
        tokens.splice(i, 1, ...splitToken(token, metrics));
        i--;
        continue;
      }
      start = i;
      end = i + 1;
      lineWidth = w;
    } else if (lineWidth + pendingSpace + w <= width) {
      end = i + 1;
      lineWidth += pendingSpace + w;
    } else {
      ranges.push([start, end]);
      if (ranges.length >= maxLines) return { tokens, ranges, overflow: true };
      start = -1;
      i--;
    }
    pendingSpace = 0;
  }
  if (start >= 0) ranges.push([start, end]);
  return { tokens, ranges, overflow: false };
}

/** Number of lines the paragraphs take, counting at most `cap` + 1. */
export function countLines(
  paragraphs: Paragraph[],
  size: number,
  width: number,
  cap: number,
  metrics: FontMetrics,
): number {
  let n = 0;
  for (const p of paragraphs) {
    const w = wrapParagraph(p, size, width, cap + 1 - n, metrics);
    n += w.ranges.length;
    if (n > cap) return cap + 1;
  }
  return n;
}

/** Gives an appended marker (an LTR phrase in the document's language) the levels it has inside an RTL paragraph. */
function markerTokensFor(marker: Paragraph, rtl: boolean): Token[] {
  if (!rtl) return marker.tokens;
  const clusters = marker.tokens.flatMap((t) => t.clusters);
  const strong = clusters.map((c) => /[\p{L}\p{N}]/u.test(c.text));
  const firstStrong = strong.indexOf(true);
  const lastStrong = strong.lastIndexOf(true);
  const levelOf = new Map<Cluster, number>();
  clusters.forEach((c, i) => levelOf.set(c, i >= firstStrong && i <= lastStrong && firstStrong >= 0 ? 2 : 1));
  return marker.tokens.map((t) => ({ ...t, clusters: t.clusters.map((c) => ({ ...c, level: levelOf.get(c) ?? 1 })) }));
}

export interface Block {
  lines: Line[];
  /** True when text was left out (the last line then ends with the marker). */
  cut: boolean;
}

/**
 * Lays out paragraphs in at most `maxLines` lines. When they do not fit, the text is cut at a word and the
 * last line(s) end with `marker` (e.g. "… [excerpt: …]"), dropping words until marker and text fit.
 */
export function layoutBlock(
  paragraphs: Paragraph[],
  size: number,
  width: number,
  maxLines: number,
  metrics: FontMetrics,
  marker: Paragraph,
): Block {
  const done: { paragraph: Paragraph; wrapped: WrappedParagraph }[] = [];
  let used = 0;
  const shapeDone = (): Line[] =>
    done.flatMap(({ paragraph, wrapped }) =>
      wrapped.ranges.map(([a, b]) => shapeLine(wrapped.tokens.slice(a, b), size, paragraph.rtl, metrics)),
    );
  if (maxLines <= 0) return { lines: [], cut: paragraphs.length > 0 };
  for (const paragraph of paragraphs) {
    const budget = maxLines - used;
    if (budget <= 0) {
      // Every line is taken but text remains: the previous paragraph's end carries the marker.
      const previous = done.pop() as { paragraph: Paragraph; wrapped: WrappedParagraph };
      return {
        lines: [
          ...shapeDone(),
          ...cutParagraph(
            previous.paragraph,
            previous.wrapped,
            previous.wrapped.ranges.length,
            size,
            width,
            metrics,
            marker,
          ),
        ],
        cut: true,
      };
    }
    const wrapped = wrapParagraph(paragraph, size, width, budget, metrics);
    if (wrapped.overflow) {
      return {
        lines: [...shapeDone(), ...cutParagraph(paragraph, wrapped, budget, size, width, metrics, marker)],
        cut: true,
      };
    }
    done.push({ paragraph, wrapped });
    used += wrapped.ranges.length;
  }
  return { lines: shapeDone(), cut: false };
}

function cutParagraph(
  paragraph: Paragraph,
  wrapped: WrappedParagraph,
  budget: number,
  size: number,
  width: number,
  metrics: FontMetrics,
  marker: Paragraph,
): Line[] {
  const markerTokens = markerTokensFor(marker, paragraph.rtl);
  const markerLines = Math.max(
    1,
    countLines([{ tokens: markerTokens, rtl: paragraph.rtl, lang: undefined }], size, width, budget, metrics),
  );
  const tailLines = Math.min(budget, markerLines);
  const ranges = wrapped.ranges.slice(0, budget);
  const full = ranges.slice(0, ranges.length - tailLines);
  const lines = full.map(([a, b]) => shapeLine(wrapped.tokens.slice(a, b), size, paragraph.rtl, metrics));
  const tailStart = ranges[ranges.length - tailLines]?.[0] ?? 0;
  const tailEnd = ranges[ranges.length - 1]?.[1] ?? 0;
  const kept = wrapped.tokens.slice(tailStart, tailEnd);
  for (;;) {
    while (kept.length > 0 && (kept[kept.length - 1] as Token).isSpace) kept.pop();
    const candidate: Paragraph = { tokens: [...kept, ...markerTokens], rtl: paragraph.rtl, lang: undefined };
    const fitted = wrapParagraph(candidate, size, width, tailLines, metrics);
    if (!fitted.overflow || kept.length === 0) {
      return [
        ...lines,
        ...fitted.ranges.map(([a, b]) => shapeLine(fitted.tokens.slice(a, b), size, paragraph.rtl, metrics)),
      ];
    }
    kept.pop();
  }
}

/** Total width in points of tokens at a size. */
export function tokensWidth(tokens: Token[], size: number): number {
  return tokens.reduce((w, t) => w + t.unitWidth, 0) * (size / 1000);
}

// ---------------------------------------------------------------------------------------------------------
// Display order

/** Does fontkit reverse this run itself? It does when the first script-specific character is right to left. */
function fontkitReverses(text: string): boolean {
  const m = reScriptSpecific.exec(text);
  return m !== null && reRtlScript.test(m[0]);
}

function mirror(text: string): string {
  const m = bidi.getMirroredCharacter(text);
  return m ?? text;
}

/**
 * The string to give pdfkit for a run whose clusters are in logical order. A right-to-left run must come out
 * reversed: fontkit reverses runs of Arabic or Hebrew itself (after shaping them in logical order), so those
 * are passed as they are, while right-to-left runs of neutrals (spaces, punctuation, emoji) are reversed here.
 * A left-to-right run that fontkit would reverse (Arabic-Indic digits) is pre-reversed so it comes out right.
 */
export function toRenderText(clusters: Cluster[], rtl: boolean): string {
  const texts = clusters.map((c) => (rtl && [...c.text].length === 1 ? mirror(c.text) : c.text));
  const logical = texts.join('');
  const reversedByFontkit = fontkitReverses(logical);
  return rtl === reversedByFontkit ? logical : [...texts].reverse().join('');
}

/** UAX #9 rule L2 on a line's clusters: the visual order as indices into `clusters`. */
export function visualOrder(levels: number[]): number[] {
  const order = levels.map((_, i) => i);
  if (levels.length === 0) return order;
  const maxLevel = Math.max(...levels);
  const oddLevels = levels.filter((l) => l % 2 === 1);
  if (oddLevels.length === 0 && maxLevel === 0) return order;
  const lowestOdd = oddLevels.length ? Math.min(...oddLevels) : 1;
  for (let level = maxLevel; level >= lowestOdd; level--) {
    let i = 0;
    while (i < order.length) {
      if ((levels[order[i] as number] as number) >= level) {
        let j = i;
        while (j + 1 < order.length && (levels[order[j + 1] as number] as number) >= level) j++;
        const slice = order.slice(i, j + 1).reverse();
        order.splice(i, slice.length, ...slice);
        i = j + 1;
      } else {
        i++;
      }
    }
  }
  return order;
}

function sameStyle(a: Style, b: Style): boolean {
  return a.bold === b.bold && a.color === b.color && a.strike === b.strike;
}

/** A wrapped line (tokens in logical order) as runs in display order, left to right. */
export function shapeLine(tokens: Token[], size: number, rtl: boolean, metrics: FontMetrics): Line {
  const clusters = tokens.flatMap((t) => t.clusters);
  const levels = clusters.map((c) => c.level);
  const order = visualOrder(levels);
  const runs: VisualRun[] = [];
  let group: number[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const logicalIdx = [...group].sort((a, b) => a - b);
    const runClusters = logicalIdx.map((i) => clusters[i] as Cluster);
    const first = runClusters[0] as Cluster;
    const isRtl = first.level % 2 === 1;
    const logicalText = runClusters.map((c) => c.text).join('');
    runs.push({
      face: first.face,
      style: first.style,
      renderText: toRenderText(runClusters, isRtl),
      logicalText,
      width: (metrics.unitWidth(first.face, logicalText) * size) / 1000,
    });
    group = [];
  };
  for (const idx of order) {
    const c = clusters[idx] as Cluster;
    if (group.length > 0) {
      const lastIdx = group[group.length - 1] as number;
      const last = clusters[lastIdx] as Cluster;
      const lastRtl = last.level % 2 === 1;
      const adjacent = lastRtl ? idx === lastIdx - 1 : idx === lastIdx + 1;
      if (!(adjacent && last.face === c.face && lastRtl === (c.level % 2 === 1) && sameStyle(last.style, c.style)))
        flush();
    }
    group.push(idx);
  }
  flush();
  return {
    runs,
    width: runs.reduce((w, r) => w + r.width, 0),
    rtl,
    text: clusters.map((c) => c.text).join(''),
  };
}
