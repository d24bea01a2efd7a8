/**
 * A turn's plain text written as pieces of its own Markdown, for the capture message.
 *
 * Every turn crosses to the service worker as Markdown *and* plain text, and the two are mostly the same characters
 * (the text is the Markdown without its markup). Chrome serialises an extension message to JSON in the page and
 * parses it again in the worker: a 400-turn capture is ~5 million characters and that crossing cost ~200 ms of
 * click-to-"Captured" (measured 2026-12-01, bench/capture-profile.ts). So the text is sent as copies of Markdown
 * ranges and the few characters the Markdown lacks; the worker rebuilds the exact text before anything else reads
 * it.
 *
 * The encoding is exact by construction (decoding concatenates the copied ranges and literal pieces in order),
 * whatever the two strings are; the matching only decides how compact it is.
 */

/**
 * `[start, length]` number pairs copy `markdown.slice(start, start + length)`; a string is a literal piece.
 * Example: text "Use fractions" from Markdown "Use **fractions**" is `[0, 4, 6, 9]`.
 */
export type TextPieces = (number | string)[];

/**
 * Copies text runs of 3+ characters from the Markdown (shorter runs cost more as a pair of numbers than as
 * literals). Where the two part (markup, an escape), it looks for the next 6 characters of the text in the
 * following 256 of the Markdown and goes on copying there; not found, the character is a literal. Searching only
 * that window keeps a text unlike its Markdown linear, not quadratic. Kept small: it runs in the content script.
 */
export function textAsMarkdownPieces(text: string, markdown: string): TextPieces {
  const pieces: TextPieces = [];
  let literalFrom = 0;
  let i = 0;
  let j = 0;
  while (i < text.length) {
    let run = 0;
    while (i + run < text.length && text.charCodeAt(i + run) === markdown.charCodeAt(j + run)) run++;
    if (run > 2) {
      if (literalFrom < i) pieces.push(text.slice(literalFrom, i));
      pieces.push(j, run);
      literalFrom = i += run;
      j += run;
      continue;
    }
    const found = markdown.slice(j + 1, j + 257).indexOf(text.slice(i, i + 6));
    if (found < 0) i++;
    else j += found + 1;
  }
  if (literalFrom < i) pieces.push(text.slice(literalFrom));
  return pieces;
}

/**
 * The text the pieces stand for, or undefined when they don't fit the Markdown (a range outside it) or would
 * exceed `maxChars`: a hostile page can't make the worker build a huge string from a short message.
 */
export function textFromMarkdownPieces(pieces: TextPieces, markdown: string, maxChars: number): string | undefined {
  const parts: string[] = [];
  let total = 0;
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k]!;
    if (typeof piece === 'string') {
      total += piece.length;
      parts.push(piece);
      continue;
    }
    const length = pieces[++k];
    if (
      typeof length !== 'number' ||
      !Number.isInteger(piece) ||
      !Number.isInteger(length) ||
      piece < 0 ||
      length < 0 ||
      piece + length > markdown.length
    )
      return undefined;
    total += length;
    parts.push(markdown.slice(piece, piece + length));
    if (total > maxChars) return undefined;
  }
  return total > maxChars ? undefined : parts.join('');
}
