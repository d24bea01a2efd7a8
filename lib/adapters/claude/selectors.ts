import type { SiteSelectors } from '../adapter-kit';

/**
 * claude.ai, two layouts, newest first.
 * - 2026-10 ("hub" transcript): one `[data-testid="transcript-row"]` per message (`data-perf-row="human"|"assistant"`,
 *   `role="article"`). Prompts keep `[data-testid="user-message"]` inside `[data-cds="UserMessage"]`; an answer is
 *   `[data-testid="assistant-message"][data-cds="AssistantMessage"][data-is-streaming]` with no `.font-claude-response`
 *   any more, holding a screen-reader heading ("Claude responded: …"), several reply-text parts
 *   (`[data-cds="Prose"] [data-perf-reply-text].standard-markdown`) with `[data-cds="TurnStatus"]` rows between them
 *   ("Thought for 6s", "Searched the web"; expandable) and a `[data-cds="MessageActions"]` toolbar. Sources:
 *   sho7650/obsidian-AI-exporter test/fixtures/claude-hub-dom.ts ("reduced from the live page captured on
 *   2026-10-07") and test/extractors/claude-hub-dom.test.ts; public automation scripts dated 2026-09-16/18 that read
 *   `[data-perf-reply-text]` as "the element holding the reply text" (one per block, tool rows outside it).
 * - 2024 to 2026-09: prompts are `[data-testid="user-message"]`; answers are `.font-claude-response` holding one or more
 * `.standard-markdown` blocks (text between tool widgets), with extended thinking in a collapsible panel that is
 * always in the DOM. Sources: sho7650/obsidian-AI-exporter src/content/extractors/selectors/claude.ts (2026-08
 * notes) and docs/investigation/claude-extended-thinking-dom.md (2026-02-20); nuncaeslupus/ai-chat-exporter
 * tests/fixtures/dom-snapshots/claude/real-capture.html; revivalstack/ai-chat-exporter
 * reference-html-dom/claude-codeblock-dom.html (code blocks).
 */
// Entries that stand in more than one list below (written once: the content script's size is budgeted).
const titleButton = '[data-testid=chat-title-button]'; // 2026: the conversation's title in the page header (nuncaeslupus real-capture.html)
const assistantMessage = '[data-testid="assistant-message"]'; // 2026-10: the answer (claude-hub-dom.ts)
const turnStatus = 'div[data-cds=TurnStatus]'; // 2026-10: status rows (thinking, search) between reply parts (claude-hub-dom.ts)
const thinkingPanel = '.group\\/thinking'; // 2026-02: extended-thinking panel, present even when collapsed (claude-extended-thinking-dom.md)
const artifactPanel2026_02 = '#markdown-artifact'; // 2026-02: the artifact side panel (claude-extended-thinking-dom.md)
const artifactPanel2026_07 = 'div[data-skill-file-viewer]'; // 2026-07: open artifact's panel body (nuncaeslupus artifact-panel.html)
const userMessage = '[data-testid=user-message]'; // 2025 to 2026-08: the grid holding every paragraph of a prompt (sho7650 #200)
const claudeResponse = '.font-claude-response'; // 2024 to 2026-08: the whole answer (sho7650 selectors/claude.ts)
const hubRoot = 'div[data-perf-region="transcript"]'; // 2026-10: role="feed" list of transcript rows (sho7650 claude-hub-dom.ts)
const hubReplyText = `${assistantMessage} [data-perf-reply-text]`; // 2026-10: each reply-text part of an answer (claude-hub-dom.ts)
const hubProse = `${assistantMessage} [data-cds=Prose]`; // 2026-10: the design-system wrapper of the same text
const transcriptRow = 'div[data-testid=transcript-row]'; // 2026-10: one per message (claude-hub-dom.ts)
const renderCount = '[data-test-render-count]'; // 2026 to 2026-08: wrapper of every message; none in the 2026-10 hub (nuncaeslupus real-capture.html, fixtures)

export const selectors = {
  root: [
    hubRoot, // 2026-10: role="feed" list of transcript rows (sho7650 claude-hub-dom.ts)
    'div.overflow-y-auto.overflow-x-hidden.flex-1', // 2026-07: the scroller of the message list (sho7650 selectors/claude.ts)
    'div.overflow-y-scroll.overflow-x-hidden', // 2026: same scroller in nuncaeslupus real-capture.html
    '#main-content', // 2026-02: the page's main column (claude-extended-thinking-dom.md)
  ],
  userMessage: [
    userMessage, // 2025 to 2026-08: the grid holding every paragraph of a prompt (sho7650 #200)
    '.font-user-message', // 2024 to 2026-08: class on the prompt text, dropped in 2026-08 (sho7650 notes)
  ],
  assistantMessage: [
    hubReplyText, // 2026-10: each reply-text part of an answer (claude-hub-dom.ts)
    'div[data-perf-reply-text]', // 2026-09: the reply text, inside .font-claude-response then (scripts dated 2026-09-16/18)
    hubProse, // 2026-10: the design-system wrapper of the same text, if the perf hook goes
    '.font-claude-response .standard-markdown', // 2025 to 2026-08: answer prose, one block per stretch between tools
    '.font-claude-response .progressive-markdown', // until 2026-07: streaming renderer's class (sho7650 notes)
    claudeResponse, // 2024 to 2026-08: the whole answer, when the markdown class changes again
  ],
  ignoreMessagesInside: [
    turnStatus, // 2026-10: status rows (thinking, search) whose expanded details hold prose (claude-hub-dom.ts)
    thinkingPanel, // 2026-02: extended-thinking panel, present even when collapsed (claude-extended-thinking-dom.md)
    artifactPanel2026_02, // 2026-02: artifact side panel, separate from the conversation (same notes)
    artifactPanel2026_07, // 2026-07: open artifact's panel, outside every turn (nuncaeslupus artifact-panel.html)
  ],
  chrome: [
    turnStatus, // 2026-10: status rows between reply parts, when a whole answer is read
    'div[data-cds=MessageActions]', // 2026-10: Copy / feedback / Retry toolbar with its <time> (claude-hub-dom.ts)
    thinkingPanel, // 2026-02: thinking panel, when the whole response is read (fallback selector above)
  ],
  codeBlock: [
    '.group\\/copy', // 2025: wrapper of the language label, Copy button and <pre> (revivalstack claude-codeblock-dom.html)
  ],
  preWrap: [
    `${userMessage} .whitespace-pre-wrap`, // 2025 to 2026-08: each prompt paragraph is raw pre-wrap text
  ],
  conversationMarker: [
    transcriptRow, // 2026-10: one per message (claude-hub-dom.ts)
    renderCount, // 2026: wrapper of every message (nuncaeslupus real-capture.html)
    userMessage, // 2025 to 2026-08: prompt grid (sho7650 selectors/claude.ts)
    claudeResponse, // 2024 to 2026-08: answer wrapper (sho7650 selectors/claude.ts)
  ],
  streaming: [
    '[data-is-streaming=true]', // 2024 to 2026-10: flips to "false" when the answer is complete (sho7650, nuncaeslupus)
  ],
  sidebarTitle: [
    `${titleButton} .truncate`, // 2026: conversation title in the page header (nuncaeslupus real-capture.html)
    titleButton, // 2026: same, without the inner truncate div
  ],
  model: [
    '[data-testid=model-selector-dropdown]', // 2026: model picker, e.g. "Sonnet 4.5" (nuncaeslupus real-capture.html)
  ],
  sideDocument: {
    card: [
      'div.artifact-block-cell', // 2026-02 to 2026-07: artifact card in the answer, title + "Document · MD" (nuncaeslupus artifact-panel.html, lo-2478)
    ],
    cardTitle: [
      '.leading-tight.line-clamp-1', // 2026-07: the card's title line (nuncaeslupus selectors.ts artifactTitle)
    ],
    cardBody: [], // the card never holds the artifact's text
    panelBody: [
      artifactPanel2026_07, // 2026-07: body of the open artifact's side panel (nuncaeslupus artifact-panel.html)
      artifactPanel2026_02, // 2026-02: the artifact panel of that time (sho7650 claude-extended-thinking-dom.md)
    ],
    panelTitle: [
      'h2[title]', // 2026-07: panel heading; its title attribute is the artifact's name without the "· MD" type
    ],
  },
  // A first prompt in a hub transcript row is the 2026-10 layout (every entry applies); in a render-count wrapper, an
  // older one, which has no hub root or hub answer (fixtures rubric-2026-08, artifact-*-2026-07; the bench's page).
  layouts: [{ around: transcriptRow }, { around: renderCount, absent: [hubRoot, hubReplyText, hubProse] }],
} as const satisfies SiteSelectors;
