// The claude.ai selectors released in 0.1.0 (git show v0.1.0:lib/adapters/claude/selectors.ts), kept to test that
// the capture gate catches the reading they give on Claude's 2026-10 markup (tests/fixtures/claude/*2026-10*).
import type { SiteSelectors } from '@/lib/adapters/adapter-kit';

/**
 * claude.ai. Prompts are `[data-testid="user-message"]`; answers are `.font-claude-response` holding one or more
 * `.standard-markdown` blocks (text between tool widgets), with extended thinking in a collapsible panel that is
 * always in the DOM. Sources: sho7650/obsidian-AI-exporter src/content/extractors/selectors/claude.ts (2026-08
 * notes) and docs/investigation/claude-extended-thinking-dom.md (2026-02-20); nuncaeslupus/ai-chat-exporter
 * tests/fixtures/dom-snapshots/claude/real-capture.html; revivalstack/ai-chat-exporter
 * reference-html-dom/claude-codeblock-dom.html (code blocks).
 */
export const claudeSelectorsV010 = {
  root: [
    'div.overflow-y-auto.overflow-x-hidden.flex-1', // 2026-07: the scroller of the message list (sho7650 selectors/claude.ts)
    'div.overflow-y-scroll.overflow-x-hidden', // 2026: same scroller in nuncaeslupus real-capture.html
    '#main-content', // 2026-02: the page's main column (claude-extended-thinking-dom.md)
  ],
  userMessage: [
    '[data-testid="user-message"]', // 2025 to 2026-08: the grid holding every paragraph of a prompt (sho7650 #200)
    '.font-user-message', // 2024 to 2026-08: class on the prompt text, dropped in 2026-08 (sho7650 notes)
  ],
  assistantMessage: [
    '.font-claude-response .standard-markdown', // 2025 to 2026-08: answer prose, one block per stretch between tools
    '.font-claude-response .progressive-markdown', // until 2026-07: streaming renderer's class (sho7650 notes)
    '.font-claude-response', // 2024 to 2026-08: the whole answer, when the markdown class changes again
  ],
  ignoreMessagesInside: [
    '.group\\/thinking', // 2026-02: extended-thinking panel, present even when collapsed (claude-extended-thinking-dom.md)
    '#markdown-artifact', // 2026-02: artifact side panel, separate from the conversation (same notes)
  ],
  chrome: [
    '.group\\/thinking', // 2026-02: thinking panel, when the whole response is read (fallback selector above)
    '.artifact-block-cell', // 2026: artifact cards in the answer (nuncaeslupus real-capture.html)
  ],
  codeBlock: [
    '.group\\/copy', // 2025: wrapper of the language label, Copy button and <pre> (revivalstack claude-codeblock-dom.html)
  ],
  preWrap: [
    '[data-testid="user-message"] .whitespace-pre-wrap', // 2025 to 2026-08: each prompt paragraph is raw pre-wrap text
  ],
  conversationMarker: [
    '[data-test-render-count]', // 2026: wrapper of every message (nuncaeslupus real-capture.html)
    '[data-testid="user-message"]', // 2025 to 2026-08: prompt grid (sho7650 selectors/claude.ts)
    '.font-claude-response', // 2024 to 2026-08: answer wrapper (sho7650 selectors/claude.ts)
  ],
  streaming: [
    '[data-is-streaming="true"]', // 2024 to 2026-08: flips to "false" when the answer is complete (sho7650, nuncaeslupus)
  ],
  sidebarTitle: [
    '[data-testid="chat-title-button"] .truncate', // 2026: conversation title in the page header (nuncaeslupus real-capture.html)
    '[data-testid="chat-title-button"]', // 2026: same, without the inner truncate div
  ],
  model: [
    '[data-testid="model-selector-dropdown"]', // 2026: model picker, e.g. "Sonnet 4.5" (nuncaeslupus real-capture.html)
  ],
} as const satisfies SiteSelectors;
