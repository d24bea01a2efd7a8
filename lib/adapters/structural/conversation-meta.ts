import type { ExtractedConversation } from '../../model/conversation';
import type { SiteId } from '../../model/site';
import type { ExtractedTurn } from '../../model/turn';
import { judgeConfidence, type ReadingFacts } from './confidence';
import { readerLimits as limits } from './limits';
import { structuralMessage } from './messages';

const separators = / [-|–—·:] /;
const maxTitleFromPrompt = 80;

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * The conversation's title. Pages title themselves "<conversation> - <tool>" (or the reverse): the longest part
 * is the conversation's. A title of one or two words alone is the tool's own name ("Le Chat", "DeepSeek"): then
 * the page's first heading outside the messages, or the first line of the first prompt.
 */
export function readTitle(doc: Document, column: Element, firstPrompt: string, host: string): string {
  const parts = collapse(doc.title ?? '')
    .split(separators)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  const isToolName = parts.length <= 1 && longest.split(' ').length <= 2;
  if (longest !== '' && !isToolName) return clip(longest, limits.maxTitleChars);
  const heading = firstHeadingOutside(column, (h1) => {
    const text = collapse(h1.textContent ?? '');
    return text !== '' && text.length <= limits.maxTitleChars ? text : undefined;
  });
  if (heading !== undefined) return heading;
  const firstLine = collapse(firstPrompt.split('\n', 1)[0] ?? '');
  if (firstLine !== '') {
    return firstLine.length > maxTitleFromPrompt ? firstLine.slice(0, maxTitleFromPrompt - 1) + '…' : firstLine;
  }
  return clip(structuralMessage('structural_untitled', `Conversation on ${host}`, host), limits.maxTitleChars);
}

/**
 * The first `<h1>` outside `column`, in document order, that `accept` makes a title of. Only the page around the
 * column is searched: a query over the whole document (then dropping the headings inside the column) went through
 * every element of the conversation, nearly all of a long chat page (~1 % of a reading on the 400-turn redesigned
 * ChatGPT page, whose title is the tool's name, 2026-12-01).
 */
function firstHeadingOutside(column: Element, accept: (h1: Element) => string | undefined): string | undefined {
  const chain: Element[] = [];
  for (let el: Element | null = column; el !== null; el = el.parentElement) chain.push(el);
  chain.reverse();
  const inside = (el: Element): string | undefined => {
    let found = el.localName === 'h1' ? accept(el) : undefined;
    const headings = found === undefined ? el.getElementsByTagName('h1') : [];
    for (let i = 0; i < headings.length && found === undefined; i++) found = accept(headings[i]!);
    return found;
  };
  // In document order: each ancestor, then the subtrees before the next one down; the column's subtree is passed
  // over; then the subtrees after each ancestor's next one, from the deepest up.
  for (let level = 0; level < chain.length - 1; level++) {
    const ancestor = chain[level]!;
    if (ancestor.localName === 'h1') {
      const found = accept(ancestor);
      if (found !== undefined) return found;
    }
    for (let el = ancestor.firstElementChild; el !== null && el !== chain[level + 1]; el = el.nextElementSibling) {
      const found = inside(el);
      if (found !== undefined) return found;
    }
  }
  for (let level = chain.length - 1; level > 0; level--) {
    for (let el = chain[level]!.nextElementSibling; el !== null; el = el.nextElementSibling) {
      const found = inside(el);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

// A path segment that names a conversation: long enough and holding a digit ("/c/6742a1b2-…", "/chat/82431").
const idSegment = /^(?=.*\d)[\w-]{6,}$/;

/**
 * The conversation's id from the URL path: its last segment that looks like an id. On a known site (the reader
 * as a fallback) that is the id the site adapter reads too; elsewhere the host goes first, since every other
 * tool is stored under the one site `web`. Pages whose path names no id get the path and a hash of the first
 * prompt.
 */
export function readExternalId(url: URL, firstPrompt: string, isKnownSite: boolean): string {
  const segments = url.pathname.split('/').filter((s) => s !== '');
  const id = [...segments].reverse().find((segment) => idSegment.test(segment));
  const value =
    id !== undefined
      ? isKnownSite
        ? id
        : `${url.host}/${id}`
      : `page:${url.host}${url.pathname}:${hashText(firstPrompt)}`;
  return clip(value, limits.maxUrlChars);
}

export function pageUrl(url: URL): string {
  return clip(url.origin + url.pathname + url.search, limits.maxUrlChars);
}

function clip(s: string, max: number): string {
  return s.length > max ? s.slice(0, max) : s;
}

/** FNV-1a, 32 bits, as hex: a stable short id for pages whose URL names no conversation. */
function hashText(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * The conversation the turns make (its site, id, address and title), with how sure the reader is and why: one shape
 * for every way the structural reader reads a page (a message column, a transcript table).
 */
export function conversationOfTurns(
  doc: Document,
  url: URL,
  site: Exclude<SiteId, 'selection'>,
  column: Element,
  facts: ReadingFacts & { readonly turns: ExtractedTurn[] },
): { conversation: ExtractedConversation; confidence: number; reasons: string[] } {
  const { turns } = facts;
  const firstPrompt = turns.find((turn) => turn.role === 'user')?.text ?? turns[0]!.text;
  const { confidence, reasons } = judgeConfidence(facts);
  return {
    conversation: {
      site,
      externalId: readExternalId(url, firstPrompt, site !== 'web'),
      url: pageUrl(url),
      title: readTitle(doc, column, firstPrompt, url.host),
      turns,
      reader: 'structural',
    },
    confidence,
    reasons,
  };
}
