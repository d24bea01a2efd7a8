import type { SiteSelectors } from '../adapter-kit';

/**
 * copilot.microsoft.com (also served as www.copilot.com). Prompts carry `data-content="user-message"`; answers
 * are `[data-content="ai-message"]` holding `.group/ai-message-item` blocks; UI the site keeps out of its own
 * Copy is marked `data-copy="false"`. The page title is generic; the conversation's name is the selected row of
 * the sidebar list. Sources: revivalstack/ai-chat-exporter reference-html-dom/copilot-dom-2question-ans-pairs.html
 * and copilot-codeblock-dom.html (2025 captures), and the same project's Copilot notes ("title: selected
 * [role=option]"); NoahTheGinger/CopilotWebChatExporter (data-content attributes).
 */
// Entries that stand in more than one list below (written once: the content script's size is budgeted).
const userMessage = '[data-content=user-message]'; // 2025 to 2026: the prompt bubble, raw pre-wrap text (revivalstack, NoahTheGinger)
const aiMessage = '[data-content=ai-message]'; // 2025 to 2026: the answer article (revivalstack capture)

export const selectors = {
  root: [
    '[data-content=conversation]', // 2025: the column holding every message (revivalstack capture)
    '[data-testid=chat-page]', // 2025: the scrolling chat page around it (same capture)
    'main', // 2025: page <main>
  ],
  userMessage: [
    userMessage, // 2025 to 2026: the prompt bubble, raw pre-wrap text (revivalstack, NoahTheGinger)
  ],
  assistantMessage: [
    `${aiMessage} .group\\/ai-message-item`, // 2025 to 2026: answer blocks, without the "Copilot said" label
    aiMessage, // 2025: the whole answer article, when the item class changes
  ],
  ignoreMessagesInside: [],
  chrome: [
    '[data-copy=false]', // 2025: Copilot's own marker for UI left out of copies (labels, reactions, code Copy button)
    '[data-testid=message-item-reactions]', // 2025: thumbs/share/copy row under an answer (revivalstack capture)
  ],
  // No named code-block container: a wrapper div holds the language header (span + Copy button) above
  // <pre><code> (copilot-codeblock-dom.html); the serializer's unnamed-code-block rule finds that wrapper.
  codeBlock: [],
  preWrap: [
    userMessage, // 2025 to 2026: prompt text keeps its line breaks (whitespace-pre-wrap)
  ],
  conversationMarker: [
    aiMessage, // 2025 to 2026: answer article (revivalstack capture)
    userMessage, // 2025 to 2026: prompt bubble (revivalstack capture)
    '.group\\/user-message', // 2025: prompt article wrapper (revivalstack capture)
  ],
  streaming: [
    '[data-content=ai-message][aria-busy=true]', // 2026 fixture assumption: ARIA busy answer while it is written
    'button[data-testid=stop-button]', // 2026 fixture assumption: composer Stop button (same test id as other chat UIs)
    'button[aria-label="Stop responding"]', // 2026 fixture assumption: accessible name of that button
  ],
  sidebarTitle: [
    '[role=listbox] [role=option][aria-selected=true] p', // 2025: title text of the selected conversation row
    '[role=option][aria-selected=true]', // 2025: the selected row itself (revivalstack notes)
  ],
  model: [],
} as const satisfies SiteSelectors;
