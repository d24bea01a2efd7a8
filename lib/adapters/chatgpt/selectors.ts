import type { SiteSelectors } from '../adapter-kit';

/**
 * chatgpt.com. Three turn layouts are supported, newest first:
 * - 2026-09: one `div[data-turn-key]` per exchange holding the prompt bubble and the answer
 *   (sho7650/obsidian-AI-exporter docs/investigation/chatgpt-dom-2026-09.md, measured 2026-09-26);
 * - 2026-03 to 2026-08: `section[data-turn]` per message (nuncaeslupus/ai-chat-exporter
 *   tests/fixtures/dom-snapshots/chatgpt/formatting-showcase-2026-07.html, captured 2026-07-28);
 * - until 2026-02: `article[data-testid^="conversation-turn-"]` (nuncaeslupus selectors.ts, capture of 2026-01-01).
 */
// Entries that stand in more than one list below (written once: the content script's size is budgeted).
const activeHistoryItem = 'nav a[data-active]'; // 2026-01: the open chat in the history list (nuncaeslupus selectors.ts)
const userRole = '[data-message-author-role=user]'; // 2024 to 2026-08: the prompt's message element (2026-07 capture)
const threadScroller = '[data-app-action-timeline-scroll]'; // 2026-09: the column-reverse thread scroller (chatgpt-dom-2026-09.md)
const promptInBubble = '[data-user-message-bubble] .whitespace-pre-wrap'; // 2026-09: prompt text inside the bubble (chatgpt-dom-2026-09.md)
const promptInMessage = `${userRole} .whitespace-pre-wrap`; // 2024 to 2026-08: section and article layouts (2026-07 capture)

export const selectors = {
  root: [
    threadScroller, // 2026-09: the column-reverse thread scroller (chatgpt-dom-2026-09.md)
    '#thread', // 2026-07: div#thread.group/thread around all turns (formatting-showcase-2026-07.html)
    'main', // every layout since 2024 wraps the thread in <main>
  ],
  userMessage: [
    promptInBubble, // 2026-09: prompt text inside the bubble (chatgpt-dom-2026-09.md)
    promptInMessage, // 2024 to 2026-08: section and article layouts (2026-07 capture)
    userRole, // 2024 to 2026-08: prompts without the pre-wrap text div (image prompts)
  ],
  assistantMessage: [
    '[data-markdown-text-style=assistant-message]', // 2026-09: answer body; no .markdown.prose any more (chatgpt-dom-2026-09.md)
    '[data-message-author-role=assistant] .markdown', // 2024 to 2026-08: .markdown.prose inside the message (2026-07 capture)
  ],
  ignoreMessagesInside: [
    '[data-testid=deep-research-iframe]', // 2026-07: Deep Research reports render in a cross-origin frame (nuncaeslupus deep-research-2026-07.html)
  ],
  chrome: [
    'span[data-testid=webpage-citation-pill]', // 2026-07: source pills inside .markdown (nuncaeslupus parser-gotchas.md §6)
    'div[role=separator]', // 2026-09: date dividers inside a turn (REQ-515-chatgpt-2026-09-dom.md)
  ],
  codeBlock: [
    'pre', // 2024 to 2026-09: the outer <pre> holds the header (language label, Copy, Run) and the code; read whole
  ],
  preWrap: [
    promptInBubble, // 2026-09: prompts are raw text styled white-space: pre-wrap
    promptInMessage, // 2024 to 2026-08: same, older wrappers
  ],
  conversationMarker: [
    '[data-turn-key]', // 2026-09: one per exchange (chatgpt-dom-2026-09.md)
    'section[data-turn]', // 2026-03 to 2026-08 (2026-07 capture)
    'article[data-testid^=conversation-turn-]', // until 2026-02 (nuncaeslupus selectors.ts, 2026-01)
    '[data-message-author-role]', // 2024 to 2026-08, any role
  ],
  streaming: [
    'button[data-testid=stop-button]', // 2024 to 2026: composer Stop button while answering (sdouf5054/llm-answer-notifier chatgpt.js)
    '.result-streaming', // 2023 to 2025: class on the answer being written (same source)
    '[data-writing-block]', // 2026-07: turns carry `has-data-writing-block:` styles for the block being written (2026-07 capture)
  ],
  sidebarTitle: [
    `${activeHistoryItem} .truncate`, // 2026-01: active history item (nuncaeslupus selectors.ts `a[data-active=""] .truncate span`)
    activeHistoryItem, // 2026-01: same item without the truncate wrapper
    'nav a[aria-current=page]', // 2026-09 fixture assumption: ARIA current page marker on the open chat
  ],
  model: [
    'button[data-testid=model-switcher-dropdown-button]', // 2025 to 2026: model picker in the page header
  ],
  virtualScroller: [
    threadScroller, // 2026-09: column-reverse scroller; only 3-6 turns mounted at once (chatgpt-dom-2026-09.md)
  ],
  sideDocument: {
    card: [
      'div[id^=textdoc-message-]', // 2024 to 2026-07: canvas ("textdoc") card in the answer (nuncaeslupus adding-parsers.md, selectors.ts canvasContainer)
    ],
    cardTitle: [
      'span.min-w-0.truncate', // 2025: the card's title (public ChatGPT exporter userscript, interactiveBlockTitle)
    ],
    cardBody: [
      '.ProseMirror', // 2024 to 2026-07: the document's rich text inside the card (nuncaeslupus canvasContent)
      'div.cm-content', // 2025: a code canvas, CodeMirror lines (public userscript interactiveBlockCodeMirrorContent)
    ],
    panelBody: [], // no public capture shows the open canvas panel's markup; the card's text is read instead
    panelTitle: [],
  },
} as const satisfies SiteSelectors;

/** Attribute on answers naming the model that wrote them, e.g. "gpt-5-5" (2026-07 capture). */
export const modelSlugAttribute = 'data-message-model-slug';
