import { markPreWrap, markSkip, skippedTags } from './element-marks';
import { joinBlocks, Writer, type Block } from './markdown-writer';
import { markOf, type WalkContext } from './walk-context';

/** Headings, lists, block quotes and tables: blocks whose content is walked into their own writer. */

export function renderHeading(el: Element, level: number, context: WalkContext): Block {
  const inner = new Writer();
  context.walkChildren(el, inner, context);
  const blocks = inner.finish();
  const md = blocks.map((b) => b.md.replace(/\\?\n+/g, ' ')).join(' ');
  const text = blocks.map((b) => b.text.replace(/\n+/g, ' ')).join(' ');
  if (md === '') return { md: '', text: '' };
  return { md: '#'.repeat(level) + ' ' + md, text };
}

export function renderList(el: Element, ordered: boolean, context: WalkContext): Block {
  const startAttr = ordered ? Number.parseInt(el.getAttribute('start') ?? '1', 10) : 1;
  let n = Number.isFinite(startAttr) ? startAttr : 1;
  // The items are joined as they come (V8 keeps the pieces as a rope until something reads it): arrays joined here
  // copied every list's text once more before the turn's join copied it again. While every item is plain (its
  // Markdown and text alike, markdown-writer.ts) the list's text is its Markdown, the same string.
  let md = '';
  let text = '';
  let allPlain = true;
  let items = 0;
  const inner = new Writer();
  for (let child = el.firstElementChild; child !== null; child = child.nextElementSibling) {
    // The tag name read once: each read is a call into the DOM.
    const tag = child.localName;
    if (skippedTags.has(tag)) continue;
    const mark = markOf(context, child, tag) ?? 0;
    if (mark & markSkip) continue;
    if (tag === 'li') context.walkChildren(child, inner, context, (mark & markPreWrap) !== 0);
    else context.walkNode(child, inner, context);
    const blocks = inner.finish();
    if (blocks.length === 0 && tag !== 'li') continue;
    const marker = ordered ? `${n}. ` : '- ';
    n++;
    const mdItem = listItem(marker, blocks, 'md');
    const plain = blocks.every(isPlain);
    if (allPlain && !plain) {
      allPlain = false;
      text = md;
    }
    md = items === 0 ? mdItem : md + '\n' + mdItem;
    if (!allPlain) {
      const textItem = plain ? mdItem : listItem(marker, blocks, 'text');
      text = items === 0 ? textItem : text + '\n' + textItem;
    }
    items++;
  }
  return { md, text: allPlain ? md : text, isList: true };
}

const isPlain = (block: Block) => block.md === block.text;

const followingLine = /\n(?=[^\n])/g;

function listItem(marker: string, blocks: readonly Block[], key: 'md' | 'text'): string {
  if (blocks.length === 0) return marker.trimEnd();
  let body = blocks[0]![key];
  for (let i = 1; i < blocks.length; i++) body += (blocks[i]!.isList ? '\n' : '\n\n') + blocks[i]![key];
  return marker + body.replace(followingLine, '\n' + ' '.repeat(marker.length));
}

export function renderBlockquote(el: Element, context: WalkContext): Block {
  const inner = new Writer();
  context.walkChildren(el, inner, context);
  const blocks = inner.finish();
  const quote = (s: string) => s.replace(/^/gm, '> ').replace(/^> $/gm, '>');
  return { md: quote(joinBlocks(blocks, 'md')), text: quote(joinBlocks(blocks, 'text')) };
}

export function renderTable(table: Element, context: WalkContext): Block | null {
  const rows: Element[] = [];
  for (let child = table.firstElementChild; child !== null; child = child.nextElementSibling) {
    const tag = child.localName;
    if (tag === 'tr') rows.push(child);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      for (let row = child.firstElementChild; row !== null; row = row.nextElementSibling) {
        if (row.localName === 'tr') rows.push(row);
      }
    }
  }
  const mdRows: string[][] = [];
  const textRows: string[][] = [];
  let width = 0;
  const inner = new Writer();
  for (const row of rows) {
    const mdCells: string[] = [];
    const textCells: string[] = [];
    for (let cell = row.firstElementChild; cell !== null; cell = cell.nextElementSibling) {
      const tag = cell.localName;
      if (tag !== 'td' && tag !== 'th') continue;
      context.walkChildren(cell, inner, context);
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
