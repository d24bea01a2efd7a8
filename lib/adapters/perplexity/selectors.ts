import type { SiteSelectors } from '../adapter-kit';

/**
 * www.perplexity.ai. Since 2026-08 both the question and the answer are rendered Markdown under
 * `[data-renderer="lm"]`; the answer is `.prose[data-renderer="lm"]`, the question sits in the
 * `group/user-bubble`. Citation pills and "Related" follow-ups are UI. Sources: sho7650/obsidian-AI-exporter
 * src/content/extractors/selectors/perplexity.ts, docs/adr/035-perplexity-placeholder-removal-and-collapsed-deep-research.md
 * (2026-08-26) and docs/investigation/perplexity-user-bubble-2026-09.md (2026-09-25).
 */
// Entries that stand in more than one list below (written once: the content script's size is budgeted).
const citationUrl = '[data-pplx-citation-url]'; // 2026-07: a citation pill's source URL (sho7650 citation)
const markdownRenderer = '[data-renderer=lm]'; // 2026-08 to 2026-09: question and answer Markdown (ADR-035, 2026-09 notes)

export const selectors = {
  root: [
    'main', // 2025 to 2026-09: the thread column is inside <main>
  ],
  userMessage: [
    `.group\\/user-bubble ${markdownRenderer}`, // 2026-09: question rendered as Markdown in the bubble
    `div.bg-subtle.rounded-2xl ${markdownRenderer}`, // 2026-09: same bubble, by its style (fallback in the 2026-09 notes)
    'div.group\\/query span.select-text', // until 2026-09: plain-text question span (sho7650 legacy selector)
    'span.select-text', // until 2026-09: same span without the group/query wrapper (2026-08)
  ],
  assistantMessage: [
    `.prose${markdownRenderer}`, // 2026-08: the answer block, the only anchor left (ADR-035)
    'div[id^=markdown-content-] .prose', // until 2026-08: answer inside #markdown-content-N (ADR-035)
    '.prose.inline', // 2026-08: answer prose without the renderer attribute (sho7650 answerProse)
  ],
  ignoreMessagesInside: [],
  chrome: [
    `span.citation${citationUrl}`, // 2026-07: citation pill with its source URL (sho7650 citation)
    `span${citationUrl}`, // 2026-07: same pill without the citation class
    'span.citation-nbsp', // 2026-07: spacer before each pill
    'span.group\\/trigger', // before 2026-07: hover-trigger citation pill (sho7650 legacyCitationPill)
  ],
  codeBlock: [
    'pre', // 2025 to 2026: the <pre> wraps the language label and Copy button around <code class="language-*">
  ],
  preWrap: [],
  conversationMarker: [
    markdownRenderer, // 2026-08 to 2026-09: question and answer Markdown (ADR-035, 2026-09 notes)
    '.group\\/user-bubble', // 2026-09: the question bubble (perplexity-user-bubble-2026-09.md)
    'div[id^=markdown-content-]', // until 2026-08: answer placeholder wrapper (ADR-035)
  ],
  streaming: [
    'button[aria-label="Stop generating response"]', // 2026 fixture assumption: composer Stop button's accessible name
    'main button[aria-label*=Stop]', // 2025: any Stop control while answering (sdouf5054/llm-answer-notifier perplexity.js)
  ],
  sidebarTitle: [
    'nav a[aria-current=page]', // 2026 fixture assumption: the open thread in the library list
  ],
  model: [],
} as const satisfies SiteSelectors;
