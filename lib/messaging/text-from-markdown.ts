/**
 * A turn's plain text written as pieces of its own Markdown, for the capture message.
 *
 * Every turn crosses to the service worker as Markdown *and* plain text, and the two are mostly the same characters
 * (the text is the Markdown without its markup). Chrome serialises an extension message to JSON in the page and
 * parses it again in the worker: a 400-turn capture is ~5 million characters and that crossing cost 150-250 ms of
 * click-to-"Captured" (2026-12-01, load ~6-10, bench/capture-profile.ts; twice that when the text has any
 * non-ASCII character). So the text is sent as copies of Markdown ranges and the few characters the Markdown lacks
 * (22-23 % of the text's size on the bench's generated pages); the worker rebuilds the exact text before anything
 * else reads it.
 *
 * The encoding is exact by construction (decoding concatenates the copied ranges and literal pieces in order),
 * whatever the two strings are; the matching only decides how compact it is.
 */

/**
 * `ranges` holds `[start, length]` pairs: each copies `markdown.slice(start, start + length)`, or, with start -1,
 * the next `length` characters of `literals` (what the Markdown lacks). Numbers only, so the worker's schema checks
 * them fast (a union of numbers and strings per item cost 5× more, 2026-12-01).
 * Example: text "Use fractions here" from Markdown "Use **fractions** here" is `[0, 4, 6, 9, 17, 5]` and `""`.
 */
export interface TextPieces {
  ranges: number[];
  literals: string;
}

/**
 * Copies text runs of 3+ characters from the Markdown (shorter runs cost more as a pair of numbers than as
 * literals). Where the two part (markup, an escape), it looks for the next 6 characters of the text in the
 * following 256 of the Markdown and goes on copying there; not found, the character is a literal. Searching only
 * that window keeps a text unlike its Markdown linear, not quadratic. Kept small: it runs in the content script.
 */
export function textAsMarkdownPieces(text: string, markdown: string): TextPieces {
  const ranges: number[] = [];
  let literals = '';
  let literalFrom = 0;
  let i = 0;
  let j = 0;
  const flushLiterals = () => {
    if (literalFrom < i) {
      ranges.push(-1, i - literalFrom);
      literals += text.slice(literalFrom, i);
    }
  };
  while (i < text.length) {
    let run = 0;
    while (i + run < text.length && text.charCodeAt(i + run) === markdown.charCodeAt(j + run)) run++;
    if (run > 2) {
      flushLiterals();
      ranges.push(j, run);
      literalFrom = i += run;
      j += run;
      continue;
    }
    const found = markdown.slice(j + 1, j + 257).indexOf(text.slice(i, i + 6));
    if (found >= 0) j += found + 1;
    // 4,096 characters in a row not found: this text is unlike its Markdown, and searching on for each of its
    // characters would cost the page far more than sending it whole saves.
    else if (++i - literalFrom > 4096) return { ranges: [-1, text.length], literals: text };
  }
  flushLiterals();
  return { ranges, literals };
}

/**
 * The text the pieces stand for, or undefined when they don't fit (a range outside the Markdown or the literals,
 * literals left over) or would exceed `maxChars`: a hostile page can't make the worker build a huge string from a
 * short message.
 */
export function textFromMarkdownPieces(
  { ranges, literals }: TextPieces,
  markdown: string,
  maxChars: number,
): string | undefined {
  if (ranges.length % 2 !== 0) return undefined;
  const parts: string[] = [];
  let total = 0;
  let literalAt = 0;
  for (let k = 0; k < ranges.length; k += 2) {
    const start = ranges[k]!;
    const length = ranges[k + 1]!;
    if (!Number.isInteger(start) || !Number.isInteger(length) || length < 0) return undefined;
    if (start === -1) {
      if (literalAt + length > literals.length) return undefined;
      parts.push(literals.slice(literalAt, (literalAt += length)));
    } else {
      if (start < 0 || start + length > markdown.length) return undefined;
      parts.push(markdown.slice(start, start + length));
    }
    total += length;
    if (total > maxChars) return undefined;
  }
  return literalAt === literals.length ? parts.join('') : undefined;
}
