import type { ExtractedConversation } from '../model/conversation';
import { limits, type Role } from '../model/turn';

/**
 * A selection captured by hand on any page becomes one turn of a conversation for that page
 * (site `selection`, one conversation per page address without its fragment).
 */
export function conversationFromSelection(
  selectionText: string,
  role: Role,
  page: { url: string; title: string },
): ExtractedConversation {
  const url = new URL(page.url);
  url.hash = '';
  const text = selectionText.slice(0, limits.maxTurnChars);
  return {
    site: 'selection',
    externalId: url.href.slice(0, limits.maxUrlChars),
    url: url.href.slice(0, limits.maxUrlChars),
    title: (page.title || url.hostname).slice(0, limits.maxTitleChars),
    turns: [{ role, text, markdown: escapeMarkdown(text) }],
  };
}

/** Selected text is plain text: escape what Markdown would otherwise read as formatting or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|~])/g, '\\$1');
}
