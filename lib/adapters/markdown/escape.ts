/**
 * Markdown escaping for text read from a page. Captured text is hostile: it must render literally in any
 * CommonMark/GFM renderer, so characters that would start markup or raw HTML are backslash-escaped.
 * Every regex here is a single character class or a fixed prefix: linear on any input, no backtracking.
 */

// `<` (raw HTML, autolinks), `[` `]` (links), `*` `~` (emphasis, strikethrough), `` ` `` (code),
// `$` (math, for renderers with a math plugin), `|` (GFM table cells), `\` itself.
const inlineSpecials = /[\\`*[\]<~$|]/g;
// `_` opens or closes emphasis only at a word boundary (CommonMark "intraword" rule), so snake_case stays readable.
const boundaryUnderscore = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
// `&` followed by something entity-shaped would be decoded by the renderer ("&lt;" would show as "<").
const entityAmpersand = /&(?=#?[a-z0-9]{1,32};)/gi;

// One scan to tell whether any of the above is present: most text has none, and is returned as it is.
const anySpecial = /[\\`*[\]<~$|_&]/;

/** Escapes text so that a Markdown renderer shows it exactly as written. */
export function escapeMarkdownText(text: string): string {
  if (!anySpecial.test(text)) return text;
  return text.replace(inlineSpecials, '\\$&').replace(boundaryUnderscore, '\\_').replace(entityAmpersand, '&amp;');
}

// Characters that start a block (heading, quote, list, setext underline, thematic break) at a line start.
const blockStarters = new Set(['#', '>', '-', '+', '=']);

/** Escapes a block marker at the start of one Markdown line ("# x", "- x", "1. x", "> x"). */
export function escapeLineStart(line: string): string {
  const first = line.charAt(0);
  if (blockStarters.has(first)) return '\\' + line;
  if (first >= '0' && first <= '9') {
    let i = 1;
    while (i < 10 && i < line.length && line.charCodeAt(i) >= 48 && line.charCodeAt(i) <= 57) i++;
    const after = line.charAt(i);
    if (after === '.' || after === ')') return line.slice(0, i) + '\\' + line.slice(i);
  }
  return line;
}

/** The shortest run of `char` longer than any run of it inside `text` (for code spans and fences). */
export function fenceFor(text: string, char: string, minimum: number): string {
  // Most code holds no backtick at all: one native scan instead of a loop over every character.
  if (!text.includes(char)) return char.repeat(minimum);
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === char) {
      run++;
      if (run > longest) longest = run;
    } else run = 0;
  }
  return char.repeat(Math.max(minimum, longest + 1));
}

/** An inline code span that shows `code` literally, whatever backticks it contains. */
export function codeSpan(code: string): string {
  const fence = fenceFor(code, '`', 1);
  const pad = code.startsWith('`') || code.endsWith('`') || (code.startsWith(' ') && code.endsWith(' ')) ? ' ' : '';
  return fence + pad + code + pad + fence;
}

/** A link destination safe inside `(...)`: only http(s) and mailto survive; anything else returns null. */
export function safeLinkTarget(href: string | null, baseUrl: string | undefined): string | null {
  if (href === null) return null;
  // Answers repeat their sources' addresses (a citation after each paragraph): parsing each once is enough.
  const key = `${baseUrl ?? ''} ${href}`;
  const known = linkTargets.get(key);
  if (known !== undefined) return known;
  const target = parseLinkTarget(href, baseUrl);
  if (linkTargets.size >= maxLinkTargets) linkTargets.clear();
  linkTargets.set(key, target);
  return target;
}

const linkTargets = new Map<string, string | null>();
const maxLinkTargets = 2000;

function parseLinkTarget(href: string, baseUrl: string | undefined): string | null {
  let url: URL;
  try {
    url = new URL(href.trim(), baseUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:' && url.protocol !== 'mailto:') return null;
  // The URL parser already percent-encodes spaces, quotes and angle brackets; parentheses would end the link.
  return url.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
}
