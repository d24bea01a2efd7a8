import type { Role } from '../../model/turn';
import { isButton, maxButtonsPerElement, type MarkupIndex } from './markup-index';
import { classRoleText } from './class-role-words';
import { labelRole } from './page-chrome';

/**
 * Evidence of who wrote a block, from what every chat page must show its users and screen readers: per-message
 * action buttons (an Edit on prompts; Regenerate, Good/Bad response on answers), attribute values naming a role
 * ("user", "assistant", "bot"…, whatever the attribute is called), role labels, and rendered Markdown.
 */
export interface RoleEvidence {
  user: number;
  assistant: number;
  /** What was seen, for the reader's reasons. */
  seen: string[];
  /** Distinct action bars (parents of role-naming buttons): two or more mean several messages. */
  bars: Set<Element>;
}

// Button labels (aria-label, title or text), English and a few languages. Anchored: "Edit in a page" (Copilot's
// answer control) is not a prompt's Edit.
const userActions =
  /^((edit|editar|modifier|bearbeiten|modifica)( (message|prompt|query|question|text|mensaje|pregunta|texto|le message|nachricht|messaggio|mensagem))?|nachricht bearbeiten)$/i;
const assistantActions =
  /^(regenerate|regenerate (response|answer)|rewrite|good response|bad response|like|dislike|thumbs up|thumbs down|helpful|not helpful|read aloud|copy (response|answer)|give (positive|negative) feedback|regenerar( respuesta)?|reintentar|buena respuesta|mala respuesta|me gusta|no me gusta|régénérer|neu generieren)$/i;
// Retry is weaker evidence of an answer: Claude's 2026-10 prompts carry a Retry beside their Edit (run again from
// this prompt), so on a prompt it must not outweigh the Edit.
const retryActions = /^(retry|try again|redo|reintentar|réessayer|wiederholen)$/i;

// Attribute values (split into words) that name a role. Classes count too: a role word is not a site's name.
const userWords = new Set([
  'user',
  'human',
  'me',
  'you',
  'your',
  'mine',
  'self',
  'question',
  'query',
  'prompt',
  'outgoing',
  'sent',
  'request',
]);
const assistantWords = new Set([
  'assistant',
  'bot',
  'ai',
  'model',
  'response',
  'answer',
  'incoming',
  'received',
  'reply',
  'llm',
  'agent',
]);
const skippedAttributes = new Set(['href', 'src', 'style', 'd', 'viewBox', 'alt', 'placeholder', 'value', 'content']);

const wordSplit = /[^a-z]+/;
// Any of those words, as a whole word (a run of letters): the words the split below would find.
const roleWord = new RegExp(`(?<![a-z])(?:${[...userWords, ...assistantWords].join('|')})(?![a-z])`);
const isRoleWord = (word: string) => userWords.has(word) || assistantWords.has(word);
const maxAttributeDepth = 3;
const maxAttributeElements = 16;

function actionRole(label: string): Role | undefined {
  const t = label.trim().replace(/\s+/g, ' ');
  if (t.length > 40) return undefined;
  if (userActions.test(t)) return 'user';
  if (assistantActions.test(t) || retryActions.test(t)) return 'assistant';
  return undefined;
}

function actionWeight(label: string): number {
  return retryActions.test(label.trim().replace(/\s+/g, ' ')) ? 1 : 2;
}

/** The role named by an attribute value: a whole value or one of its words ("user-message", "chat-bot"). */
function attributeRole(value: string): Role | undefined {
  // Role names are short ("user", "assistant-message", "chat-message bot"); long values are style class lists.
  if (value.length > 40) return undefined;
  const lower = value.toLowerCase();
  // Most values name no role: one regex says so without splitting the value into words.
  if (!roleWord.test(lower)) return undefined;
  let user = false;
  let assistant = false;
  for (const word of lower.split(wordSplit)) {
    if (userWords.has(word)) user = true;
    else if (assistantWords.has(word)) assistant = true;
  }
  return user === assistant ? undefined : user ? 'user' : 'assistant';
}

function add(evidence: RoleEvidence, role: Role | undefined, weight: number, what: string): void {
  if (role === undefined) return;
  evidence[role] += weight;
  if (evidence.seen.length < 6) evidence.seen.push(what);
}

/** A button whose label names who wrote the message it belongs to. */
interface ActionHit {
  readonly role: Role;
  readonly label: string;
  readonly bar: Element | null;
  readonly weight: number;
}

/**
 * Each element's action buttons, found once per reading (a block is looked at as a level's kid and as a message),
 * from the page's buttons (markup-index.ts): no query per element.
 */
export interface ActionCache {
  readonly hits: Map<Element, readonly ActionHit[]>;
  readonly markup: MarkupIndex;
  /** Each element's own attributes naming a role: levels and blocks overlap, and reading attributes is dear. */
  readonly attributes: Map<Element, readonly AttributeHit[]>;
  /** attributeEvidence's hits per element it was asked about (a block is asked as a level's kid and as a block). */
  readonly subtrees: Map<Element, readonly AttributeHit[]>;
  /**
   * Each button's hit (null: its label names no role), read once: a message's buttons are asked about from each
   * wrapper level above them, and reading a label is two or three DOM calls and a few regular expressions.
   */
  readonly buttons?: Map<Element, ActionHit | null>;
}

function buttonHit(button: Element): ActionHit | null {
  const label = button.getAttribute('aria-label') ?? button.getAttribute('title') ?? button.textContent ?? '';
  const role = actionRole(label);
  return role === undefined ? null : { role, label: label.trim(), bar: barOf(button), weight: actionWeight(label) };
}

// How far up a bar is looked for above a button's own group, and how much of a row is read to tell it holds only buttons.
const maxBarLevels = 2;
const maxBarNodes = 80;

/**
 * The action bar a button belongs to: its parent, or the row above holding that group and others and nothing else to
 * read (an answer's Rewrite on the left and Copy / Read aloud on the right of one footer). Two groups of one row are
 * one message's bar, not two messages'.
 */
function barOf(button: Element): Element | null {
  let bar: Element | null = button.parentElement;
  for (let level = 0; bar !== null && level < maxBarLevels; level++) {
    const row: Element | null = bar.parentElement;
    if (row === null || !holdsOnlyControls(row)) break;
    bar = row;
  }
  return bar;
}

/** True when every text of `row` is inside a button (a small walk: a row of controls is a few elements). */
function holdsOnlyControls(row: Element): boolean {
  let seen = 0;
  let node: Node | null = row.firstChild;
  while (node !== null) {
    if (++seen > maxBarNodes) return false;
    if (node.nodeType === 3 && (node as Text).data.trim() !== '') return false;
    if (node.nodeType === 1 && !isButton(node as Element) && node.firstChild !== null) {
      node = node.firstChild;
      continue;
    }
    node = nextInRow(node, row);
  }
  return true;
}

function nextInRow(node: Node, row: Node): Node | null {
  for (let at: Node | null = node; at !== null && at !== row; at = at.parentNode) {
    if (at.nextSibling !== null) return at.nextSibling;
  }
  return null;
}

function actionHits(el: Element, isSelfIncluded: boolean, cache?: ActionCache): ActionHit[] {
  let buttons: readonly Element[];
  if (cache !== undefined) {
    // A few messages' worth of buttons tell enough; a page of thousands of buttons is not read button by button.
    buttons = cache.markup.buttonsInside(el);
  } else {
    const found = el.querySelectorAll('button,[role="button"]');
    buttons = Array.from({ length: Math.min(found.length, maxButtonsPerElement) }, (_, i) => found[i]!);
  }
  if (isSelfIncluded && isButton(el)) buttons = [...buttons, el];
  const hits: ActionHit[] = [];
  const known = cache?.buttons;
  for (const button of buttons) {
    let hit = known?.get(button);
    if (hit === undefined) {
      hit = buttonHit(button);
      known?.set(button, hit);
    }
    if (hit !== null) hits.push(hit);
  }
  return hits;
}

/** Action buttons inside `el`: their labels name who wrote it. */
export function actionEvidence(el: Element, evidence: RoleEvidence, isSelfIncluded = false, cache?: ActionCache): void {
  let hits = isSelfIncluded ? undefined : cache?.hits.get(el);
  if (hits === undefined) {
    hits = actionHits(el, isSelfIncluded, cache);
    if (!isSelfIncluded) cache?.hits.set(el, hits);
  }
  for (const hit of hits) {
    add(evidence, hit.role, hit.weight, `"${hit.label}" button`);
    if (hit.bar !== null) evidence.bars.add(hit.bar);
  }
}

/** Attribute values naming a role on `el` and its first few levels (deeper markup is the message's content). */
export function attributeEvidence(el: Element, evidence: RoleEvidence, cache?: ActionCache): void {
  let hits = cache?.subtrees.get(el);
  if (hits === undefined) {
    const found: AttributeHit[] = [];
    collectAttributeHits(el, found, 0, { left: maxAttributeElements }, cache?.attributes);
    hits = found;
    cache?.subtrees.set(el, hits);
  }
  for (const hit of hits) add(evidence, hit.role, hit.weight, hit.what);
}

function collectAttributeHits(
  el: Element,
  found: AttributeHit[],
  depth: number,
  budget: { left: number },
  cache: Map<Element, readonly AttributeHit[]> | undefined,
): void {
  if (budget.left-- <= 0) return;
  let hits = cache?.get(el);
  if (hits === undefined) {
    hits = attributeHits(el);
    cache?.set(el, hits);
  }
  for (const hit of hits) found.push(hit);
  if (depth >= maxAttributeDepth) return;
  for (let child = el.firstElementChild; child !== null; child = child.nextElementSibling) {
    collectAttributeHits(child, found, depth + 1, budget, cache);
  }
}

/** An attribute of one element whose value names a role. */
interface AttributeHit {
  readonly role: Role;
  readonly weight: number;
  readonly what: string;
}

const noHits: readonly AttributeHit[] = [];

const formControls: ReadonlySet<string> = new Set(['textarea', 'input', 'select', 'option']);

function attributeHits(el: Element): readonly AttributeHit[] {
  // Names, then the values wanted: `el.attributes[i]` makes an Attr node per attribute (attribute reading was a
  // twelfth of the reading on the 400-turn redesigned Claude page, 2026-12-01).
  // Content markup (paragraphs, list items, emphasis) mostly has no attribute: no list of names made for it.
  if (!el.hasAttributes()) return noHits;
  // A form control's attributes name what it holds ("main_prompt": a settings field, the composer's "prompt"), not
  // who wrote a message.
  if (formControls.has(el.localName)) return noHits;
  const names = el.getAttributeNames();
  let hits: AttributeHit[] | undefined;
  // A control's own label names what it does ("Reply to thread", "Quote"), read as an action by actionRole: its words
  // are no sender's ("reply" in a class names an answer; a Reply button sits under every message of a thread).
  // (Asked only for those two attributes: most elements carry neither, and a DOM call per element adds up.)
  let isControl: boolean | undefined;
  for (const name of names) {
    if (skippedAttributes.has(name)) continue;
    if (name === 'aria-label' || name === 'title') {
      isControl ??= el.localName === 'button' || el.getAttribute('role') === 'button';
      if (isControl) continue;
    }
    const value = el.getAttribute(name) ?? '';
    if (value.length > 40) continue;
    // A class list is read by its naming convention (class-role-words.ts): "ai-msg__text" names no role.
    const role = attributeRole(name === 'class' ? classRoleText(value, isRoleWord) : value);
    if (role !== undefined)
      (hits ??= []).push({ role, weight: name === 'class' ? 1 : 2, what: `${name}="${value.slice(0, 30)}"` });
  }
  return hits ?? noHits;
}

/** A role label inside the block ("You said:", "Claude said"), given as the texts of its leading elements. */
export function labelEvidence(labels: readonly string[], evidence: RoleEvidence): void {
  for (const text of labels) {
    const role = labelRole(text);
    if (role === 'user' || role === 'assistant') add(evidence, role, 3, `label "${text.trim()}"`);
  }
}

// No h1: a page may show the question itself as the heading of its exchange.
const richBlocks = 'ul,ol,table,pre,h2,h3,h4,h5,h6,blockquote,math';

/**
 * Rendered Markdown is the mark of an answer; prompts are shown as typed (one plain block). Weak evidence:
 * a teacher may paste a list, and a short answer may be one paragraph.
 */
export function shapeEvidence(
  el: Element,
  evidence: RoleEvidence,
  isChrome: (node: Element) => boolean,
  isHeadingTitle = false,
): void {
  // The first rich block is nearly always content: the full list is read only when it is chrome.
  const first = el.querySelector(richBlocks);
  // With `isHeadingTitle` (the page marks its answers by their buttons), a block that is one heading and nothing else
  // is a title (a question shown as its exchange's heading), not an answer's rendered Markdown. Without it a heading
  // counts: a FAQ's question headings over their answers, above a question box, are no prompts.
  if (isHeadingTitle && first !== null && isLoneHeading(el, first)) return;
  let isRich = first !== null && !isChrome(first);
  if (first !== null && !isRich) {
    for (const block of el.querySelectorAll(richBlocks)) {
      if (isChrome(block)) continue;
      isRich = true;
      break;
    }
  }
  if (isRich) add(evidence, 'assistant', 1, 'rendered Markdown');
  else if (countParagraphBlocks(el, 3) >= 3) add(evidence, 'assistant', 0.5, 'several paragraphs');
}

const headingTags = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

function isLoneHeading(el: Element, first: Element): boolean {
  return headingTags.has(first.localName) && (el.textContent ?? '').trim() === (first.textContent ?? '').trim();
}

// Block-level tags a rendered paragraph may be built of: not only <p> (Vue and Angular renderers write `div`s).
const paragraphTags = new Set(['p', 'div', 'li', 'section', 'blockquote', 'dd', 'td']);
const maxParagraphWalk = 400;
// A paragraph is prose, a sentence or more: a sidebar's list of chat titles is short lines ("Quadratics homework help").
const minParagraphChars = 40;

/**
 * How many paragraph-like blocks `el` holds, counting up to `enough`: block elements with a sentence's text and no
 * block element among their children (a `<p>`, or a renderer's `div.paragraph` with its spans). A prompt is shown as typed, in one
 * block; an answer is rendered as several, whatever tags the renderer uses. Walks at most a few hundred elements
 * (most of an answer's elements are inline, and this is asked only of candidate blocks).
 */
export function countParagraphBlocks(el: Element, enough: number): number {
  // Too little text for that many paragraphs: most prompts end here, with no walk (the walk, asked of every prompt of a
  // 400-turn page, cost more than the rest of the shape checks).
  if ((el.textContent ?? '').length < enough * minParagraphChars) return 0;
  let count = 0;
  let seen = 0;
  let node: Element | null = el.firstElementChild;
  while (node !== null && seen++ < maxParagraphWalk) {
    const tag = node.localName;
    if (paragraphTags.has(tag)) {
      let hasBlockChild = false;
      for (let child = node.firstElementChild; child !== null && !hasBlockChild; child = child.nextElementSibling) {
        hasBlockChild = paragraphTags.has(child.localName) || child.localName === 'ul' || child.localName === 'ol';
      }
      if (!hasBlockChild && (node.textContent ?? '').trim().length >= minParagraphChars && ++count >= enough) break;
    }
    // Into the element's children, unless it is an icon or a formula (their markup is no paragraph's).
    const next: Element | null = tag === 'svg' || tag === 'math' ? null : node.firstElementChild;
    if (next !== null) {
      node = next;
      continue;
    }
    node = nextElementInside(node, el);
  }
  return count;
}

function nextElementInside(node: Element, root: Element): Element | null {
  for (let at: Element | null = node; at !== null && at !== root; at = at.parentElement) {
    if (at.nextElementSibling !== null) return at.nextElementSibling;
  }
  return null;
}

export function emptyEvidence(): RoleEvidence {
  return { user: 0, assistant: 0, seen: [], bars: new Set() };
}

/** The role the evidence points to, when it clearly points one way. */
export function evidentRole(evidence: RoleEvidence): Role | undefined {
  if (evidence.user > evidence.assistant) return 'user';
  if (evidence.assistant > evidence.user) return 'assistant';
  return undefined;
}
