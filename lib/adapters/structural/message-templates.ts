import type { Role } from '../../model/turn';

// How deep a message's template is read: its wrappers (row, bubble, header, body, toolbar), not its content.
const maxTemplateDepth = 3;
// Elements that are a message's content (Markdown's blocks), never part of its template. A set, not a regular
// expression: it is asked of every child of every message's wrappers (each answer's paragraphs included).
const contentTags: ReadonlySet<string> = new Set([
  'p',
  'ul',
  'ol',
  'li',
  'pre',
  'table',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'math',
  'dl',
  'code',
  'span',
  'a',
  'strong',
  'b',
  'em',
  'i',
  'br',
  'img',
  'figure',
]);

/**
 * The markup a chat wraps one sender's messages in, as a string: each wrapper's tag and its children's, a few levels
 * down, without the message's content (paragraphs, lists, tables); its chrome (avatar, header, toolbar) counts as a
 * tag alone. A tool renders every prompt
 * through one component and every answer through another, so prompts share a template and answers another,
 * whatever their text holds; a redesign renames classes but keeps each component's tags.
 */
export function messageTemplate(el: Element, isChrome: (el: Element) => boolean): string {
  return templateOf(el, isChrome, 0);
}

function templateOf(el: Element, isChrome: (el: Element) => boolean, depth: number): string {
  let inner = '';
  if (depth < maxTemplateDepth) {
    for (let child = el.firstElementChild; child !== null; child = child.nextElementSibling) {
      if (contentTags.has(child.localName)) continue;
      // A message's chrome (its avatar, header, toolbar) is part of its template, but not what the chrome holds.
      inner += isChrome(child) ? `${child.localName};` : templateOf(child, isChrome, depth + 1);
    }
  }
  return inner === '' ? `${el.localName};` : `${el.localName}(${inner})`;
}

/** What classify-roles knows of a block when templates are compared. */
export interface TemplateCandidate {
  readonly template: string;
  readonly role: Role;
  /** The role came from the page itself (buttons, role attributes, labels), not from the block's shape. */
  readonly isMarked: boolean;
}

/**
 * Blocks read as answers only for their rendered Markdown (a pasted list, notes with headings) whose template is a
 * prompt's: another block of that template is a prompt (marked so, or read so right after a marked answer: a
 * prompt only by alternation from a card or a name row is no template), none of them carries an answer's marks, and the
 * answers the page marks are built from other templates. A teacher's pasted notes are still a prompt. Nothing is
 * changed where the page marks no answer (a template is then all the reader has to go by, and prompts and answers
 * may share one).
 */
export function promptsByTemplate(blocks: readonly TemplateCandidate[]): Set<number> {
  const markedAnswers = new Set<string>();
  const promptTemplates = new Set<string>();
  blocks.forEach((block, i) => {
    if (block.role === 'assistant' && block.isMarked) markedAnswers.add(block.template);
    else if (block.role === 'user' && (block.isMarked || isAfterMarkedAnswer(blocks, i)))
      promptTemplates.add(block.template);
  });
  const flipped = new Set<number>();
  if (markedAnswers.size === 0) return flipped;
  blocks.forEach((block, i) => {
    if (
      block.role === 'assistant' &&
      !block.isMarked &&
      promptTemplates.has(block.template) &&
      !markedAnswers.has(block.template) &&
      !isBesidePrompt(blocks, i)
    ) {
      flipped.add(i);
    }
  });
  return flipped;
}

function isAfterMarkedAnswer(blocks: readonly TemplateCandidate[], i: number): boolean {
  const previous = blocks[i - 1];
  return previous !== undefined && previous.role === 'assistant' && previous.isMarked;
}

/**
 * A block between a prompt and another message is an answer, whatever its template: a tool that renders every message
 * through one component and speaks first (a greeting, then the teacher's prompt) would otherwise read its unmarked
 * answers as prompts, two prompts in a row.
 */
function isBesidePrompt(blocks: readonly TemplateCandidate[], i: number): boolean {
  return blocks[i - 1]?.role === 'user' || blocks[i + 1]?.role === 'user';
}
