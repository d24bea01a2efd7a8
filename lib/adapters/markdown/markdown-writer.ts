import { escapeLineStart, escapeMarkdownText } from './escape';

/**
 * The serializer's output side: paragraphs of text and Markdown written piece by piece, with inline markup that is
 * opened only when visible text arrives, and finished blocks joined by blank lines.
 */

export interface Block {
  md: string;
  text: string;
  isList?: boolean;
}

export class Writer {
  blocks: Block[] = [];
  // Plain string concatenation: V8 builds ropes, cheaper than arrays and joins for many small pieces.
  /** The paragraph's Markdown; while `same`, it is `text` and this is not kept. */
  private md = '';
  /** The paragraph's text (links add their targets to it once their opener is written: then it is not `same`). */
  text = '';
  /**
   * The paragraph's Markdown and text are the same so far (no markup, nothing escaped: most list items, table cells,
   * prompts and the start of most paragraphs): only `text` is written, and flush() flattens one string, not two.
   */
  private same = true;
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
    // One scan tells whether the text needs any work: most text nodes hold single spaces and nothing to escape.
    const plain = !needsWork.test(s);
    if (!keepWhitespace) {
      // Only runs that actually collapse are replaced (most text nodes have single spaces between words).
      if (!plain && hasExtraSpace.test(s)) s = s.replace(extraSpace, ' ');
      if (this.atSpace && s.charCodeAt(0) === 32) s = s.slice(1);
    }
    if (s === '') return;
    if (this.written < this.openers.length) {
      // Leading whitespace stays outside the markup: "** bold**" is not emphasis in Markdown.
      let i = 0;
      while (i < s.length && isAsciiSpace(s.charCodeAt(i))) i++;
      if (i > 0) {
        const space = s.slice(0, i);
        this.put(space, space);
        s = s.slice(i);
        if (s === '') {
          this.atSpace = true;
          return;
        }
      }
      this.writeOpeners();
    }
    this.put(plain ? s : escapeMarkdownText(s), s);
    this.atSpace = isAsciiSpace(s.charCodeAt(s.length - 1));
  }

  addRaw(md: string, text: string): void {
    this.writeOpeners();
    this.put(md, text);
    this.atSpace = false;
  }

  lineBreak(): void {
    if (!this.same) this.md = trimTrailingSpaces(this.md) + '\n';
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
    // (An opener was written: the Markdown is apart from the text.)
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
    for (; this.written < this.openers.length; this.written++) this.put(this.openers[this.written]!, '');
  }

  /** Writes a piece; the first that differs between Markdown and text makes the Markdown a string of its own. */
  private put(md: string, text: string): void {
    if (this.same && md !== text) {
      this.same = false;
      this.md = this.text;
    }
    if (!this.same) this.md += md;
    this.text += text;
  }

  flush(): void {
    this.atSpace = true;
    // Markup interrupted by a block is closed here and opens again before the next visible text.
    for (let i = this.written - 1; i >= 0; i--) this.md += this.closers[i];
    this.written = 0;
    const md = this.same ? this.text : this.md;
    this.same = true;
    this.md = '';
    if (md === '') {
      this.text = '';
      return;
    }
    // With `same`, md and this.text are one rope: flattened once, by the first of these two to read it.
    const markdown = paragraphMarkdown(md);
    const text = trimAscii(this.text);
    this.text = '';
    this.flushes++;
    if (markdown === '' && text === '') return;
    this.blocks.push({ md: markdown, text });
  }

  block(block: Block | null): void {
    this.flush();
    this.flushes++;
    if (block !== null && (block.md !== '' || block.text !== '')) this.blocks.push(block);
  }

  /**
   * The finished blocks. The writer is then as new (inline markup is always closed by now): list items and table cells
   * reuse one writer instead of allocating one each (13,000 list items on a 400-turn page).
   */
  finish(): Block[] {
    this.flush();
    const { blocks } = this;
    this.blocks = [];
    return blocks;
  }
}

export const collapsibleSpace = /[ \t\n\r\f]+/g;
// Whitespace that HTML rendering changes: any tab or line break, or two or more spaces in a row.
const extraSpace = /[\t\n\r\f][ \t\n\r\f]*| [ \t\n\r\f]+/g;
const hasExtraSpace = /[\t\n\r\f]| [ \t\n\r\f]/;
// hasExtraSpace, or a character escape.ts's escapeMarkdownText would escape (its `anySpecial`).
const needsWork = /[\t\n\r\f\\`*[\]<~$|_&]| [ \t\n\r\f]/;

export function isAsciiSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

export function trimAscii(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isAsciiSpace(s.charCodeAt(start))) start++;
  while (end > start && isAsciiSpace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** Removes spaces and tabs (not line breaks) at the end of `s`. */
export function trimTrailingSpaces(s: string): string {
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

export function joinBlocks(blocks: readonly Block[], key: 'md' | 'text'): string {
  return blocks.map((b) => b[key]).join('\n\n');
}
