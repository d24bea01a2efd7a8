import { firstElement } from './first-element';
import { localizedMessage } from './localized-message';
import { escapeMarkdownText } from './markdown/escape';
import { markMatcher, serializeContent, type MarkSelectors, type SerializedContent } from './markdown/serialize';
import type { SelectorList } from './types';

/**
 * Documents an answer opens beside the chat: ChatGPT's canvas, Claude's artifacts, Gemini's canvas. The answer
 * shows only a card (title, type, "Open"); the document's text is in the card itself on some sites, and otherwise
 * only in a side panel outside every turn, present while that document is open.
 */
export interface SideDocumentSelectors {
  /** The card or chip in an answer that stands for one document. All entries apply. */
  readonly card: SelectorList;
  /** The document's title inside its card (first entry that matches). */
  readonly cardTitle: SelectorList;
  /** The document's own text inside its card, on sites that render it there (first entry that matches). */
  readonly cardBody: SelectorList;
  /** The body of an open document's panel, anywhere on the page. All entries apply. */
  readonly panelBody: SelectorList;
  /** The open document's title: the first match in the nearest ancestor of its panel body that holds one. */
  readonly panelTitle: SelectorList;
}

interface OpenDocument {
  readonly title: string;
  readonly body: Element;
}

/** How far above a panel body its title may sit (Claude 2026-07: four levels, Gemini 2026-07: three). */
const maxTitleDepth = 8;

/**
 * What stands in for each card in the captured answer: "Document "<title>":" and the document's text when the
 * page shows it (in the card or in an open panel with the same title), else a plain note saying it was not open.
 * The document becomes part of the answer it belongs to, so the teacher marks it with that answer in the trace.
 */
export function readSideDocuments(
  cards: readonly Element[],
  selectors: SideDocumentSelectors,
  site: MarkSelectors,
  baseUrl: string,
): Map<Element, SerializedContent> {
  const documents = new Map<Element, SerializedContent>();
  if (cards.length === 0) return documents;
  const openDocuments = findOpenDocuments(cards[0]!.ownerDocument, selectors);
  for (const card of cards) {
    const title = readTitle(card, selectors.cardTitle);
    const body =
      firstElement(card, selectors.cardBody) ??
      openDocuments.find((open) => title !== '' && sameTitle(open.title, title))?.body;
    const content = body === undefined ? undefined : serializeBody(body, site, baseUrl);
    if (content !== undefined) documents.set(card, withHeading(title, content));
    // An empty card (still rendering, or not a document at all) stands for nothing.
    else if (title !== '' || card.textContent!.trim() !== '') documents.set(card, notOpenNote(title));
    else documents.set(card, { text: '', markdown: '' });
  }
  return documents;
}

function findOpenDocuments(doc: Document, selectors: SideDocumentSelectors): OpenDocument[] {
  const bodySelector = selectors.panelBody.join(', ');
  if (bodySelector === '') return [];
  const cardSelector = selectors.card.join(', ');
  const open: OpenDocument[] = [];
  for (const body of doc.querySelectorAll(bodySelector)) {
    if (cardSelector !== '' && body.closest(cardSelector) !== null) continue;
    let title = '';
    for (let el: Element | null = body, depth = 0; el !== null && depth < maxTitleDepth; el = el.parentElement) {
      const found = firstElement(el, selectors.panelTitle);
      if (found !== null) {
        title = titleOf(found);
        break;
      }
      depth++;
    }
    open.push({ title, body });
  }
  return open;
}

function serializeBody(body: Element, site: MarkSelectors, baseUrl: string): SerializedContent | undefined {
  // A code document (ChatGPT's code canvas) is a CodeMirror editor: one code block, lines and all.
  const isCode = body.classList.contains('cm-content');
  const content = serializeContent([body], {
    matchMarks: markMatcher(site),
    baseUrl,
    ...(isCode ? { codeBlocks: [body] } : {}),
  });
  return content.text === '' && content.markdown === '' ? undefined : content;
}

function withHeading(title: string, content: SerializedContent): SerializedContent {
  const heading =
    title === ''
      ? localizedMessage('sites_documentHeadingUntitled', 'Document:')
      : localizedMessage('sites_documentHeading', `Document "${title}":`, title);
  return {
    text: `${heading}\n\n${content.text}`,
    markdown: `**${escapeMarkdownText(heading)}**\n\n${content.markdown}`,
  };
}

// The English notes' shared end, written once (the content script's size is budgeted).
const notOpenEnd = ' was not open when captured — open it and capture again to include it]';

function notOpenNote(title: string): SerializedContent {
  const note =
    title === ''
      ? localizedMessage('sites_documentNotOpenUntitled', '[A document' + notOpenEnd)
      : localizedMessage('sites_documentNotOpen', `[Document "${title}"${notOpenEnd}`, title);
  return { text: note, markdown: escapeMarkdownText(note) };
}

const maxTitleChars = 200;

function readTitle(card: Element, list: SelectorList): string {
  const el = firstElement(card, list);
  return el === null ? '' : titleOf(el);
}

/** A title attribute names the document exactly (Claude's panel heading also shows the type, "· MD"). */
function titleOf(el: Element): string {
  const fromAttribute = el.getAttribute('title');
  const raw = fromAttribute !== null && fromAttribute.trim() !== '' ? fromAttribute : serializeContent([el]).text;
  return raw.replace(/\s+/g, ' ').trim().slice(0, maxTitleChars);
}

function sameTitle(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}
