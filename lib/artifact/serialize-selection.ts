import { serializeContent, type SerializedContent } from '../adapters/markdown/serialize';
import { limits } from '../model/turn';

/**
 * Containers whose meaning is lost when a selection inside them is cloned without them: a range whose common
 * ancestor is a list clones only its items, so the items are put back into an empty copy of the list.
 */
const structuralContainers = new Set(['ul', 'ol', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'pre', 'blockquote', 'dl']);

/**
 * The teacher's selection on a page as plain text and Markdown (paragraphs, lists, headings, links, code),
 * through the shared serializer: never HTML. Runs in the page (injected with activeTab when the teacher chooses
 * "Use as final artifact"). The selected nodes are copied into an inert document, which runs no script and
 * loads nothing, and read from there. Returns null when nothing is selected.
 */
export function serializeSelection(selection: Selection | null, page: Document): SerializedContent | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const inert = page.implementation.createHTMLDocument('');
  const root = inert.createElement('div');
  for (let i = 0; i < selection.rangeCount; i++) {
    const range = selection.getRangeAt(i);
    const common = range.commonAncestorContainer;
    let target: Node = root;
    if (common instanceof Element && structuralContainers.has(common.localName)) {
      const shell = inert.createElement(common.localName);
      const start = common.getAttribute('start');
      if (start !== null) shell.setAttribute('start', start);
      root.append(shell);
      target = shell;
    }
    target.appendChild(cloneIntoInert(range, inert));
  }
  const serialized = serializeContent([root], { baseUrl: page.location?.href });
  // Text in a form field (a textarea the teacher wrote in) is not in the range's nodes: take it as text.
  const fallback = selection.toString();
  const result =
    serialized.text.trim() === '' && fallback.trim() !== ''
      ? { text: fallback, markdown: escapeAsText(fallback) }
      : serialized;
  return {
    text: result.text.slice(0, limits.maxTurnChars),
    markdown: result.markdown.slice(0, limits.maxTurnChars),
  };
}

/**
 * The range's contents as a fragment of `inert`. Not `range.cloneContents()`: that clones in the page's own
 * document, where a cloned <img> loads and its onerror handler runs again (seen in Chromium, 2026-11). The common
 * ancestor is imported into the inert document instead, and the same range is cut from the copy there.
 */
function cloneIntoInert(range: Range, inert: Document): DocumentFragment {
  const common = range.commonAncestorContainer;
  const copy = inert.importNode(common, true);
  const holder = inert.createElement('div');
  holder.append(copy);
  const copied = inert.createRange();
  copied.setStart(follow(copy, pathTo(common, range.startContainer)), range.startOffset);
  copied.setEnd(follow(copy, pathTo(common, range.endContainer)), range.endOffset);
  return copied.cloneContents();
}

/** Child indexes from `ancestor` down to `node`. */
function pathTo(ancestor: Node, node: Node): number[] {
  const path: number[] = [];
  for (let current = node; current !== ancestor && current.parentNode; current = current.parentNode) {
    path.unshift(Array.prototype.indexOf.call(current.parentNode.childNodes, current));
  }
  return path;
}

function follow(root: Node, path: number[]): Node {
  return path.reduce<Node>((node, index) => node.childNodes[index]!, root);
}

function escapeAsText(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|~])/g, '\\$1');
}
