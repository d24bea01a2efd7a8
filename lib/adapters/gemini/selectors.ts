import type { SiteSelectors } from '../adapter-kit';

/**
 * gemini.google.com, an Angular app: its custom element names are the durable hooks, never the generated
 * `ng-*` / `_ngcontent-*` attributes. Sources: nuncaeslupus/ai-chat-exporter src/core/parsers/gemini/selectors.ts
 * and tests/fixtures/dom-snapshots/gemini/real-capture.html + table-2026-07.html (live captures 2026-07-28/29),
 * docs/dev/parser-gotchas.md §12c-12d; sho7650/obsidian-AI-exporter selectors/gemini.ts and
 * docs/adr/040-gemini-title-from-document-title.md (2026-09-14).
 */
// Entries that stand in more than one list below (written once: the content script's size is budgeted).
const answerMarkdown = 'message-content .markdown'; // 2025 to 2026-09: an answer's Markdown body (nuncaeslupus selectors.ts)
const modeMenuButton = '[data-test-id=bard-mode-menu-button]'; // 2026-07: the mode picker in the composer ("Flash", "Pro")

export const selectors = {
  root: [
    'infinite-scroller[data-test-id=chat-history-container]', // 2026: the scrolling history (sho7650 selectors/gemini.ts)
    '#chat-history', // 2026-07: div#chat-history inside infinite-scroller (nuncaeslupus real-capture.html)
    'chat-window', // 2025 to 2026-07: the chat column (nuncaeslupus selectors.ts)
  ],
  userMessage: [
    'user-query .query-text', // 2025 to 2026: prompt lines, after the hidden "You said" label (sho7650 queryTextLine)
    'user-query-content', // 2026-07: prompt body in the live capture (nuncaeslupus selectors.ts)
  ],
  assistantMessage: [
    `model-response ${answerMarkdown}`, // 2025 to 2026-09: answer body only (nuncaeslupus selectors.ts)
    'model-response .model-response-text', // 2025: structured-content-container around the answer (sho7650)
  ],
  ignoreMessagesInside: [
    'model-thoughts', // 2026-07: "Show thinking" panel inside model-response (nuncaeslupus real-capture.html)
    'deep-research-immersive-panel', // 2026-07: Deep Research report panel, a sibling of the chat (parser-gotchas.md §12b)
    'immersive-panel', // 2026-07: the panel holding an open canvas or report, beside chat-window (deep-research-2026-07.html)
  ],
  chrome: [
    '.table-footer', // 2026-07: table toolbar with "Export to Sheets" and Copy (nuncaeslupus table-2026-07.html)
    'source-footnote', // 2026: citation superscripts in answers (sho7650 DEEP_RESEARCH_LINK_SELECTORS)
    'sup.superscript[data-turn-source-index]', // 2026: the superscript itself, when not wrapped
    'sources-list', // 2025 to 2026: source chips under an answer
  ],
  codeBlock: [
    'code-block', // 2025 to 2026: custom element holding the language header, Copy button and <pre><code>
  ],
  preWrap: [],
  conversationMarker: [
    '.conversation-container', // 2025 to 2026-09: one per exchange (sho7650 conversationTurn)
    'user-query', // 2025 to 2026-09: prompt element (nuncaeslupus real-capture.html)
    'model-response', // 2025 to 2026-09: answer element (nuncaeslupus real-capture.html)
  ],
  streaming: [
    `${answerMarkdown}[aria-busy=true]`, // 2026-07: aria-busy="false" once the answer is complete (real-capture.html)
    'button[aria-label="Stop response"]', // 2025 to 2026: composer Stop button (sdouf5054/llm-answer-notifier gemini.js "Stop")
  ],
  sidebarTitle: [
    'gem-nav-list-item[data-test-id=conversation] a[aria-current=page] .title-text', // 2026-07 (nuncaeslupus lo-3c90)
    'a[aria-current=page] .title-text', // 2026-07: same row without the list-item wrapper
    '.conversation.selected .conversation-title', // 2025: older sidebar rows
  ],
  model: [
    `${modeMenuButton} .picker-primary-text`, // 2026-07: mode picker in the composer ("Flash", "Pro")
    modeMenuButton, // 2026-07: same button, when the label span changes
  ],
  sideDocument: {
    card: [
      'immersive-entry-chip', // 2026-01 to 2026-07: canvas / report chip inside the answer (nuncaeslupus real-capture.html, deep-research-2026-07.html)
    ],
    cardTitle: [
      '[data-test-id=artifact-text]', // 2026-01: the chip's title (real-capture.html)
      '.card-title', // 2026-07: the chip's title in the Deep Research capture
    ],
    cardBody: [], // the chip holds only the title and a timestamp
    panelBody: [
      `immersive-panel ${answerMarkdown}`, // 2026-07: open report body, same shape as an answer (deep-research-2026-07.html)
      'immersive-panel .ProseMirror', // 2026: the canvas editor's text, as public canvas userscripts read it (assumption: not in a capture)
    ],
    panelTitle: [
      '.title-text', // 2026-07: h2.title-text in the panel's toolbar (deep-research-2026-07.html)
    ],
  },
} as const satisfies SiteSelectors;
