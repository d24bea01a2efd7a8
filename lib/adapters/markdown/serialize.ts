import { codeSpan, escapeLineStart, escapeMarkdownText, fenceFor, safeLinkTarget } from './escape';

/**
 * DOM → { text, markdown } in one walk over the nodes. Everything the walk must know about elements (hidden,
 * chrome, math, code block, pre-wrap) is found first by native selector queries, so the walk itself reads only
 * node types, tag names and text, plus a few attributes of the elements that need them (href, start, data-math,
 * class of math and code). Never innerHTML/innerText or layout: the page is hostile input and may be 300,000
 * words long (measured in Chromium: reading five attributes per element cost more than the whole walk).
 */

/** What the preliminary queries found about an element, as bit flags. */
export type ElementMarks = Map<Element, number>;
export const markSkip = 1;
export const markCode = 2;
export const markMath = 4;
export const markPreWrap = 8;

// Tags whose content is never conversation text: controls, media, embedded documents, icon fonts. Checked by
// tag name during the walk, which costs nothing (the walk reads every tag name anyway).
const skippedTags = new Set([
  'button',
  'svg',
  'script',
  'style',
  'noscript',
  'template',
  'img',
  'picture',
  'video',
  'audio',
  'canvas',
  'iframe',
  'input',
  'textarea',
  'select',
  'object',
  'embed',
  'link',
  'meta',
  'mat-icon',
]);

/**
 * Chrome hidden by markup, and math: found by one native query. Tailwind's "sr-only" (ChatGPT, Claude, Copilot)
 * and Angular CDK's "cdk-visually-hidden" (Gemini) are the screen-reader-only labels ("You said:", "ChatGPT
 * said:"). Measured in Chromium on a 300,000-word page: this query takes a few milliseconds, where reading these
 * attributes element by element took longer than the whole walk.
 */
const hiddenOrMathSelector = [
  '[hidden]',
  '[aria-hidden="true"]',
  '.sr-only',
  '.cdk-visually-hidden',
  '.visually-hidden',
  // A control built from a <span> (nuncaeslupus parser-gotchas.md §5). Other roles are left to the sites'
  // chrome lists: every [role=…] attribute selector here cost ~2 ms on a 300,000-word page.
  '[role="button"]',
  // KaTeX (ChatGPT, Claude, Copilot, Perplexity), Gemini's data-math, bare MathML, MathJax 3.
  '.katex',
  '.katex-display',
  'span[data-math]',
  'div[data-math]',
  'math',
  'mjx-container',
].join(',');

function isMath(el: Element): boolean {
  const tag = el.localName;
  return (
    tag === 'math' ||
    tag === 'mjx-container' ||
    el.hasAttribute('data-math') ||
    el.classList.contains('katex') ||
    el.classList.contains('katex-display')
  );
}

/** Site selectors (comma-joined lists) whose matches get a mark; empty strings are ignored. */
export interface MarkSelectors {
  readonly skip?: string;
  readonly codeBlock?: string;
  readonly preWrap?: string;
}

/**
 * Marks every element under `scopes` that the walk must treat specially, with native queries; also returns the
 * <pre> elements (for finding code blocks the site's selectors did not name).
 */
export function markElements(
  scopes: readonly Element[],
  site: MarkSelectors = {},
): { marks: ElementMarks; pres: Element[] } {
  const marks: ElementMarks = new Map();
  const pres: Element[] = [];
  const siteGroups = (
    [
      [site.skip ?? '', markSkip],
      [site.codeBlock ?? '', markCode],
      [site.preWrap ?? '', markPreWrap],
    ] as const
  ).filter(([selector]) => selector !== '');
  const siteSelector = siteGroups.map(([selector]) => selector).join(',');
  for (const scope of scopes) {
    const generic = scope.querySelectorAll(hiddenOrMathSelector);
    for (let i = 0; i < generic.length; i++) {
      const el = generic[i]!;
      marks.set(el, isMath(el) ? markMath : markSkip);
    }
    if (siteSelector !== '') {
      const matched = scope.querySelectorAll(siteSelector);
      for (let i = 0; i < matched.length; i++) {
        const el = matched[i]!;
        let flags = marks.get(el) ?? 0;
        for (const [selector, flag] of siteGroups) if (el.matches(selector)) flags |= flag;
        marks.set(el, flags);
      }
    }
    const found = scope.querySelectorAll('pre');
    for (let i = 0; i < found.length; i++) pres.push(found[i]!);
  }
  return { marks, pres };
}

function addMarks(marks: ElementMarks, elements: Iterable<Element> | undefined, flag: number): void {
  if (elements === undefined) return;
  for (const el of elements) marks.set(el, (marks.get(el) ?? 0) | flag);
}

export interface SerializeOptions {
  /** Marks from markElements over an ancestor of the roots; computed from the roots when absent. */
  readonly marks?: ElementMarks;
  /** Elements left out with their subtree (the site's chrome), added to the marks. */
  readonly skip?: Iterable<Element>;
  /** Elements read as one code block (a container holding the site's header, buttons and the code). */
  readonly codeBlocks?: Iterable<Element>;
  /** Elements whose text keeps its own line breaks (the site styles them `white-space: pre-wrap`). */
  readonly preWrap?: Iterable<Element>;
  /** Base for relative link targets: the page URL. */
  readonly baseUrl?: string;
}

export interface SerializedContent {
  text: string;
  markdown: string;
}

interface Block {
  md: string;
  text: string;
  isList?: boolean;
}

interface Context {
  readonly marks: ElementMarks;
  readonly baseUrl: string | undefined;
  preDepth: number;
}

/** Serializes the content of `roots` (in order, as one piece) to plain text and Markdown. */
export function serializeContent(roots: readonly Element[], options: SerializeOptions = {}): SerializedContent {
  const marks = options.marks ?? markElements(roots).marks;
  addMarks(marks, options.skip, markSkip);
  addMarks(marks, options.codeBlocks, markCode);
  addMarks(marks, options.preWrap, markPreWrap);
  const context: Context = { marks, baseUrl: options.baseUrl, preDepth: 0 };
  const writer = new Writer();
  for (const root of roots) {
    writer.flush();
    walkChildren(root, writer, context, hasMark(context, root, markPreWrap));
  }
  const blocks = writer.finish();
  return { markdown: joinBlocks(blocks, 'md'), text: joinBlocks(blocks, 'text') };
}

function hasMark(context: Context, el: Element, flag: number): boolean {
  return ((context.marks.get(el) ?? 0) & flag) !== 0;
}

function joinBlocks(blocks: readonly Block[], key: 'md' | 'text'): string {
  return blocks.map((b) => b[key]).join('\n\n');
}

const blockTags = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'figure',
  'figcaption',
  'details',
  'summary',
  'address',
  'dl',
  'dt',
  'dd',
  'li',
  'center',
  'form',
  'fieldset',
  'hgroup',
]);

class Writer {
  readonly blocks: Block[] = [];
  // Plain string concatenation: V8 builds ropes, cheaper than arrays and joins for many small pieces.
  md = '';
  text = '';
  /** The paragraph is empty or ends in a collapsible space: a following space is dropped. */
  atSpace = true;
  /** Counts paragraph ends, so a link can tell that a block interrupted it. */
  flushes = 0;
  /**
   * Inline markup (emphasis, links) being written, outermost first. An opening marker is written only when
   * the first visible character arrives, so empty or space-padded elements never produce broken markup.
   */
  private readonly openers: string[] = [];
  private readonly closers: string[] = [];
  /** How many of `openers` are already written into the current paragraph. */
  private written = 0;

  addText(raw: string, keepWhitespace: boolean): void {
    let s = raw;
    if (!keepWhitespace) {
      // Only runs that actually collapse are replaced (most text nodes have single spaces between words).
      if (hasExtraSpace.test(s)) s = s.replace(extraSpace, ' ');
      if (this.atSpace && s.charCodeAt(0) === 32) s = s.slice(1);
    }
    if (s === '') return;
    if (this.written < this.openers.length) {
      // Leading whitespace stays outside the markup: "** bold**" is not emphasis in Markdown.
      let i = 0;
      while (i < s.length && isAsciiSpace(s.charCodeAt(i))) i++;
      if (i > 0) {
        this.md += s.slice(0, i);
        this.text += s.slice(0, i);
        s = s.slice(i);
        if (s === '') {
          this.atSpace = true;
          return;
        }
      }
      this.writeOpeners();
    }
    this.md += escapeMarkdownText(s);
    this.text += s;
    this.atSpace = isAsciiSpace(s.charCodeAt(s.length - 1));
  }

  addRaw(md: string, text: string): void {
    this.writeOpeners();
    this.md += md;
    this.text += text;
    this.atSpace = false;
  }

  lineBreak(): void {
    this.md = trimTrailingSpaces(this.md) + '\n';
    this.text = trimTrailingSpaces(this.text) + '\n';
    this.atSpace = true;
  }

  openInline(opener: string, closer: string): void {
    this.openers.push(opener);
    this.closers.push(closer);
  }

  /** Ends the innermost inline markup; true when it held visible content in the current paragraph. */
  closeInline(): boolean {
    this.openers.pop();
    const closer = this.closers.pop()!;
    if (this.written <= this.openers.length) return false;
    this.written = this.openers.length;
    // Reading the end of `md` would flatten the whole paragraph rope: `atSpace` already knows how it ends.
    if (!this.atSpace) {
      this.md += closer;
      return true;
    }
    // Trailing spaces go after the closing marker, for the same reason as leading ones.
    const trimmed = trimTrailingSpaces(this.md);
    this.md = trimmed.length === this.md.length ? this.md + closer : trimmed + closer + this.md.slice(trimmed.length);
    return true;
  }

  private writeOpeners(): void {
    for (; this.written < this.openers.length; this.written++) this.md += this.openers[this.written];
  }

  flush(): void {
    this.atSpace = true;
    // Markup interrupted by a block is closed here and opens again before the next visible text.
    for (let i = this.written - 1; i >= 0; i--) this.md += this.closers[i];
    this.written = 0;
    if (this.md === '') {
      this.text = '';
      return;
    }
    const md = this.md;
    const text = trimAscii(this.text);
    this.md = '';
    this.text = '';
    this.flushes++;
    const markdown = paragraphMarkdown(md);
    if (markdown === '' && text === '') return;
    this.blocks.push({ md: markdown, text });
  }

  block(block: Block | null): void {
    this.flush();
    this.flushes++;
    if (block !== null && (block.md !== '' || block.text !== '')) this.blocks.push(block);
  }

  finish(): Block[] {
    this.flush();
    return this.blocks;
  }
}

const collapsibleSpace = /[ \t\n\r\f]+/g;
// Whitespace that HTML rendering changes: any tab or line break, or two or more spaces in a row.
const extraSpace = /[\t\n\r\f][ \t\n\r\f]*| [ \t\n\r\f]+/g;
const hasExtraSpace = /[\t\n\r\f]| [ \t\n\r\f]/;

function isAsciiSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

function trimAscii(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isAsciiSpace(s.charCodeAt(start))) start++;
  while (end > start && isAsciiSpace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** Removes spaces and tabs (not line breaks) at the end of `s`. */
function trimTrailingSpaces(s: string): string {
  let end = s.length;
  while (end > 0 && (s.charCodeAt(end - 1) === 32 || s.charCodeAt(end - 1) === 9)) end--;
  return end === s.length ? s : s.slice(0, end);
}

/**
 * A paragraph's Markdown: line breaks inside it (from <br> or pre-wrap text) become hard breaks, blank lines
 * split paragraphs, and every line is guarded against starting a block by accident.
 */
function paragraphMarkdown(md: string): string {
  if (!md.includes('\n')) {
    const line = trimAscii(md);
    return line === '' ? '' : escapeLineStart(line);
  }
  const paragraphs: string[] = [];
  let lines: string[] = [];
  for (const raw of md.split('\n')) {
    const line = trimAscii(raw);
    if (line === '') {
      if (lines.length > 0) paragraphs.push(lines.join('\\\n'));
      lines = [];
    } else lines.push(escapeLineStart(line));
  }
  if (lines.length > 0) paragraphs.push(lines.join('\\\n'));
  return paragraphs.join('\n\n');
}

function walkChildren(parent: Node, writer: Writer, context: Context, preWrap = false): void {
  if (preWrap) context.preDepth++;
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) walkNode(node, writer, context);
  if (preWrap) context.preDepth--;
}

function walkNode(node: Node, writer: Writer, context: Context): void {
  const type = node.nodeType;
  if (type === 3) {
    writer.addText((node as Text).data, context.preDepth > 0);
    return;
  }
  if (type !== 1) return;
  const el = node as Element;
  const tag = el.localName;
  const mark = context.marks.get(el);
  let preWrap = false;
  if (skippedTags.has(tag)) return;
  if (mark !== undefined) {
    if (mark & markSkip) return;
    if (mark & markCode) {
      writer.block(renderCodeBlock(el, context));
      return;
    }
    if (mark & markMath && renderMath(el, tag, writer)) return;
    preWrap = (mark & markPreWrap) !== 0;
  }
  switch (tag) {
    case 'br':
      writer.lineBreak();
      return;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      writer.block(renderHeading(el, Number(tag[1]), context));
      return;
    case 'ul':
    case 'ol':
      writer.block(renderList(el, tag === 'ol', context));
      return;
    case 'pre':
      writer.block(renderCodeBlock(el, context));
      return;
    case 'blockquote':
      writer.block(renderBlockquote(el, context));
      return;
    case 'table':
      writer.block(renderTable(el, context));
      return;
    case 'hr':
      writer.block({ md: '---', text: '---' });
      return;
    case 'strong':
    case 'b':
      wrapInline(el, '**', writer, context, preWrap);
      return;
    case 'em':
    case 'i':
      wrapInline(el, '*', writer, context, preWrap);
      return;
    case 'del':
    case 's':
    case 'strike':
      wrapInline(el, '~~', writer, context, preWrap);
      return;
    case 'code':
    case 'kbd':
    case 'samp':
    case 'tt':
      renderInlineCode(el, writer, context);
      return;
    case 'a':
      renderLink(el, writer, context, preWrap);
      return;
  }
  if (blockTags.has(tag)) {
    writer.flush();
    walkChildren(el, writer, context, preWrap);
    writer.flush();
    return;
  }
  // Any other element (span, custom elements such as Gemini's <message-content>) is transparent.
  walkChildren(el, writer, context, preWrap);
}

function wrapInline(el: Element, marker: string, writer: Writer, context: Context, preWrap: boolean): void {
  writer.openInline(marker, marker);
  walkChildren(el, writer, context, preWrap);
  writer.closeInline();
}

function renderLink(el: Element, writer: Writer, context: Context, preWrap: boolean): void {
  const href = el.getAttribute('href');
  const target = safeLinkTarget(href, context.baseUrl);
  if (target === null) {
    // javascript:, data: and other schemes keep their text and lose the link.
    walkChildren(el, writer, context, preWrap);
    return;
  }
  const textStart = writer.text.length;
  const flushes = writer.flushes;
  writer.openInline('[', `](${target})`);
  walkChildren(el, writer, context, preWrap);
  if (!writer.closeInline() || writer.flushes !== flushes) return;
  // Plain text keeps where the link goes, unless the link text already says it. Only a link text of about the
  // address's length can be the address: other links skip the comparison (slicing would flatten the rope).
  const length = writer.text.length - textStart;
  const close = (n: number) => Math.abs(length - n) <= 2;
  if (close(target.length) || close(href?.length ?? -9) || close(target.length - 'mailto:'.length)) {
    const shown = writer.text.slice(textStart).trim();
    if (shown === target || shown === href || 'mailto:' + shown === target) return;
  }
  if (!writer.atSpace) {
    writer.text += ` (${target})`;
    return;
  }
  const trimmed = trimTrailingSpaces(writer.text);
  writer.text = trimmed + ` (${target})` + writer.text.slice(trimmed.length);
}

function renderInlineCode(el: Element, writer: Writer, context: Context): void {
  const raw = el.textContent ?? '';
  const code = context.preDepth > 0 ? raw : raw.replace(collapsibleSpace, ' ');
  if (code.trim() === '') {
    if (code !== '') writer.addText(' ', false);
    return;
  }
  writer.addRaw(codeSpan(code), code);
}

function renderHeading(el: Element, level: number, context: Context): Block {
  const inner = new Writer();
  walkChildren(el, inner, context);
  const blocks = inner.finish();
  const md = blocks.map((b) => b.md.replace(/\\?\n+/g, ' ')).join(' ');
  const text = blocks.map((b) => b.text.replace(/\n+/g, ' ')).join(' ');
  if (md === '') return { md: '', text: '' };
  return { md: '#'.repeat(level) + ' ' + md, text };
}

function renderList(el: Element, ordered: boolean, context: Context): Block {
  const startAttr = ordered ? Number.parseInt(el.getAttribute('start') ?? '1', 10) : 1;
  let n = Number.isFinite(startAttr) ? startAttr : 1;
  const mdItems: string[] = [];
  const textItems: string[] = [];
  for (let child = el.firstElementChild; child !== null; child = child.nextElementSibling) {
    if (skippedTags.has(child.localName) || hasMark(context, child, markSkip)) continue;
    const inner = new Writer();
    if (child.localName === 'li') walkChildren(child, inner, context, hasMark(context, child, markPreWrap));
    else walkNode(child, inner, context);
    const blocks = inner.finish();
    if (blocks.length === 0 && child.localName !== 'li') continue;
    const marker = ordered ? `${n}. ` : '- ';
    n++;
    mdItems.push(listItem(marker, blocks, 'md'));
    textItems.push(listItem(marker, blocks, 'text'));
  }
  return { md: mdItems.join('\n'), text: textItems.join('\n'), isList: true };
}

const followingLine = /\n(?=[^\n])/g;

function listItem(marker: string, blocks: readonly Block[], key: 'md' | 'text'): string {
  if (blocks.length === 0) return marker.trimEnd();
  let body = '';
  blocks.forEach((b, i) => {
    if (i > 0) body += b.isList ? '\n' : '\n\n';
    body += b[key];
  });
  return marker + body.replace(followingLine, '\n' + ' '.repeat(marker.length));
}

function renderBlockquote(el: Element, context: Context): Block {
  const inner = new Writer();
  walkChildren(el, inner, context);
  const blocks = inner.finish();
  const quote = (s: string) => s.replace(/^/gm, '> ').replace(/^> $/gm, '>');
  return { md: quote(joinBlocks(blocks, 'md')), text: quote(joinBlocks(blocks, 'text')) };
}

function renderTable(table: Element, context: Context): Block | null {
  const rows: Element[] = [];
  for (let child = table.firstElementChild; child !== null; child = child.nextElementSibling) {
    if (child.localName === 'tr') rows.push(child);
    else if (child.localName === 'thead' || child.localName === 'tbody' || child.localName === 'tfoot') {
      for (let row = child.firstElementChild; row !== null; row = row.nextElementSibling) {
        if (row.localName === 'tr') rows.push(row);
      }
    }
  }
  const mdRows: string[][] = [];
  const textRows: string[][] = [];
  let width = 0;
  for (const row of rows) {
    const mdCells: string[] = [];
    const textCells: string[] = [];
    for (let cell = row.firstElementChild; cell !== null; cell = cell.nextElementSibling) {
      if (cell.localName !== 'td' && cell.localName !== 'th') continue;
      const inner = new Writer();
      walkChildren(cell, inner, context);
      const blocks = inner.finish();
      // GFM cells are one line; a pipe ends the cell even inside a code span unless escaped.
      mdCells.push(
        blocks
          .map((b) => b.md)
          .join(' ')
          .replace(/\\?\n+/g, ' ')
          .replace(/(?<!\\)\|/g, '\\|'),
      );
      textCells.push(
        blocks
          .map((b) => b.text)
          .join(' ')
          .replace(/\n+/g, ' '),
      );
    }
    if (mdCells.length === 0) continue;
    width = Math.max(width, mdCells.length);
    mdRows.push(mdCells);
    textRows.push(textCells);
  }
  if (mdRows.length === 0) return null;
  const line = (cells: string[]) => {
    const padded = cells.slice();
    while (padded.length < width) padded.push('');
    return '| ' + padded.join(' | ') + ' |';
  };
  const md = [line(mdRows[0]!), line(new Array<string>(width).fill('---')), ...mdRows.slice(1).map(line)].join('\n');
  const text = textRows.map((cells) => cells.join('\t')).join('\n');
  return { md, text };
}

const languageClass = /(?:^|\s)(?:language|lang)-([\w+#.-]{1,40})/;

/** A code block: the code text and its language, never the site's header, language label or buttons. */
function renderCodeBlock(container: Element, context: Context): Block {
  const codeEl =
    container.localName === 'code'
      ? container
      : (container.querySelector('code') ?? container.querySelector('.cm-content') ?? innermostPre(container));
  let code: string;
  // CodeMirror 6 editors render one element per line with no newline characters between them.
  const lines = codeEl.classList.contains('cm-content') ? codeEl.querySelectorAll('.cm-line') : [];
  if (lines.length > 0) code = Array.from(lines, (l) => l.textContent ?? '').join('\n');
  else code = codeEl.textContent ?? '';
  if (code.endsWith('\n')) code = code.slice(0, -1);
  const language = codeLanguage(container, codeEl, context);
  const fence = fenceFor(code, '`', 3);
  return { md: `${fence}${language}\n${code}\n${fence}`, text: code };
}

function innermostPre(container: Element): Element {
  let pre = container;
  for (let next = pre.querySelector('pre'); next !== null; next = next.querySelector('pre')) pre = next;
  return pre;
}

function codeLanguage(container: Element, codeEl: Element, context: Context): string {
  for (const el of [codeEl, codeEl.parentElement, container]) {
    if (el === null) continue;
    const match = languageClass.exec(el.getAttribute('class') ?? '');
    if (match) return match[1]!.toLowerCase();
    const data = el.getAttribute('data-language');
    if (data) return cleanLanguage(data);
  }
  // ChatGPT, Claude, Gemini and Copilot print the language as a label in the block's header.
  if (codeEl === container) return '';
  const parts: string[] = [];
  collectLabel(container, codeEl, context, parts);
  const label = parts.join(' ').replace(collapsibleSpace, ' ').trim();
  return label.length > 0 && label.length <= 30 ? cleanLanguage(label) : '';
}

function cleanLanguage(label: string): string {
  return label
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}+#.-]/gu, '')
    .slice(0, 40);
}

function collectLabel(el: Element, codeEl: Element, context: Context, parts: string[]): void {
  for (let node = el.firstChild; node !== null; node = node.nextSibling) {
    if (parts.length > 8) return;
    if (node.nodeType === 3) {
      const s = (node as Text).data.trim();
      if (s !== '') parts.push(s);
    } else if (node.nodeType === 1) {
      const child = node as Element;
      const tag = child.localName;
      if (
        child === codeEl ||
        tag === 'pre' ||
        tag === 'code' ||
        skippedTags.has(tag) ||
        hasMark(context, child, markSkip)
      ) {
        continue;
      }
      collectLabel(child, codeEl, context, parts);
    }
  }
}

/** Math as TeX, once. False when `el` is only part of a formula (e.g. KaTeX's inner spans), to walk it as usual. */
function renderMath(el: Element, tag: string, writer: Writer): boolean {
  const data = el.getAttribute('data-math');
  if (data !== null) {
    // Gemini keeps the TeX in an attribute and renders only KaTeX's HTML glyphs.
    emitMath(data.trim(), tag === 'div' || el.classList.contains('math-block'), writer);
    return true;
  }
  if (tag === 'math' || tag === 'mjx-container') {
    const annotation = el.querySelector('annotation[encoding="application/x-tex"]');
    const source = annotation ?? el.querySelector('mjx-assistive-mml') ?? el;
    const display = tag === 'math' ? el.getAttribute('display') === 'block' : el.getAttribute('display') === 'true';
    emitMath((source.textContent ?? '').trim(), display, writer);
    return true;
  }
  // KaTeX renders a formula three times (MathML, its TeX annotation, and HTML glyphs): keep the TeX once.
  let display: boolean;
  let katex: Element;
  if (el.classList.contains('katex-display')) {
    display = true;
    katex = el.querySelector('.katex') ?? el;
  } else if (el.classList.contains('katex')) {
    display = false;
    katex = el;
  } else return false;
  const annotation = katex.querySelector('annotation[encoding="application/x-tex"]');
  const source = annotation ?? katex.querySelector('.katex-mathml') ?? katex.querySelector('.katex-html') ?? katex;
  emitMath((source.textContent ?? '').trim(), display, writer);
  return true;
}

// `<` and `>` inside math could open raw HTML in a renderer without a math plugin; KaTeX and MathJax read
// \lt and \gt as the same symbols, so the TeX keeps its meaning.
const angleBrackets = /[<>]/g;

function emitMath(tex: string, display: boolean, writer: Writer): void {
  if (tex === '') return;
  const md = tex.replace(angleBrackets, (c) => (c === '<' ? '\\lt ' : '\\gt '));
  if (display) writer.block({ md: `$$\n${md}\n$$`, text: tex });
  else writer.addRaw(`$${md}$`, tex);
}
