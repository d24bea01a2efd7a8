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

// A character that starts a block (heading, quote, list, setext underline, thematic break) at a line start, or
// an ordered list marker ("1." or "1)" after up to ten digits; CommonMark's markers have at most nine).
const blockStarter = /^[#>+=-]/;
const orderedMarker = /^\d{1,10}(?=[.)])/;

/** Escapes a block marker at the start of one Markdown line ("# x", "- x", "1. x", "> x"). */
export function escapeLineStart(line: string): string {
  if (blockStarter.test(line)) return '\\' + line;
  const digits = orderedMarker.exec(line);
  return digits === null ? line : digits[0] + '\\' + line.slice(digits[0].length);
}

/** The shortest run of backticks longer than any run of them inside `text` (for code spans and fences). */
export function fenceFor(text: string, minimum: number): string {
  // Most code holds no backtick at all: one native scan, and no loop over every character.
  let longest = 0;
  for (const run of text.match(backtickRuns) ?? []) longest = Math.max(longest, run.length);
  return '`'.repeat(Math.max(minimum, longest + 1));
}

const backtickRuns = /`+/g;

/** An inline code span that shows `code` literally, whatever backticks it contains. */
export function codeSpan(code: string): string {
  const fence = fenceFor(code, 1);
  const pad = code.startsWith('`') || code.endsWith('`') || (code.startsWith(' ') && code.endsWith(' ')) ? ' ' : '';
  return fence + pad + code + pad + fence;
}

/** A link destination safe inside `(...)`: only http(s) and mailto survive; anything else returns null. */
export function safeLinkTarget(href: string | null, baseUrl: string | undefined): string | null {
  if (href === null) return null;
  // Answers repeat their sources' addresses (a citation after each paragraph): parsing each once is enough. The
  // cache lives as long as the page's content script and holds one entry per address the page links to.
  const key = `${baseUrl} ${href}`;
  let target = linkTargets.get(key);
  if (target === undefined) linkTargets.set(key, (target = parseLinkTarget(href, baseUrl)));
  return target;
}

const linkTargets = new Map<string, string | null>();

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
