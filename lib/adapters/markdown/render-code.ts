import { codeSpan, fenceFor } from './escape';
import { markSkip, skippedTags } from './element-marks';
import { collapsibleSpace, type Block, type Writer } from './markdown-writer';
import { markOf, type WalkContext } from './walk-context';

/** Code: fenced blocks with their language (never the site's header or buttons) and inline code spans. */

const languageClass = /(?:^|\s)(?:language|lang)-([\w+#.-]{1,40})/;

/** A code block: the code text and its language, never the site's header, language label or buttons. */
export function renderCodeBlock(container: Element, context: WalkContext): Block {
  const codeEl =
    container.localName === 'code'
      ? container
      : (container.querySelector('code') ?? container.querySelector('.cm-content') ?? innermostPre(container));
  let code: string;
  // (An element's textContent is never null: only a document's is.)
  // CodeMirror 6 editors render one element per line with no newline characters between them.
  const lines = codeEl.classList.contains('cm-content') ? codeEl.querySelectorAll('.cm-line') : [];
  if (lines.length > 0) code = Array.from(lines, (l) => l.textContent!).join('\n');
  else code = codeEl.textContent!;
  if (code.endsWith('\n')) code = code.slice(0, -1);
  const language = codeLanguage(container, codeEl, context);
  const fence = fenceFor(code, 3);
  return { md: `${fence}${language}\n${code}\n${fence}`, text: code };
}

function innermostPre(container: Element): Element {
  let pre = container;
  for (let next = pre.querySelector('pre'); next !== null; next = next.querySelector('pre')) pre = next;
  return pre;
}

function codeLanguage(container: Element, codeEl: Element, context: WalkContext): string {
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

function collectLabel(el: Element, codeEl: Element, context: WalkContext, parts: string[]): void {
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
        // (The walk's question, with the tag already read: only whether it is chrome matters here.)
        ((markOf(context, child, tag, true) ?? 0) & markSkip) !== 0
      ) {
        continue;
      }
      collectLabel(child, codeEl, context, parts);
    }
  }
}

export function renderInlineCode(el: Element, writer: Writer, context: WalkContext): void {
  const raw = el.textContent!;
  const code = context.preDepth > 0 ? raw : raw.replace(collapsibleSpace, ' ');
  if (code.trim() === '') {
    if (code !== '') writer.addText(' ', false);
    return;
  }
  writer.addRaw(codeSpan(code), code);
}
