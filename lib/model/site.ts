import * as z from 'zod/mini';

/**
 * Every AI tool ShowWork knows; `web` for any other AI chat read by the structural reader (a site the teacher
 * allowed, or a one-off capture of the current tab), and `selection` for text captured by hand from any page.
 */
export const siteIds = ['chatgpt', 'claude', 'gemini', 'copilot', 'perplexity', 'web', 'selection'] as const;
export const SiteId = z.enum(siteIds);
export type SiteId = z.infer<typeof SiteId>;

/** Human names of the AI tools, used in the library's grouping and in exports. */
export const siteLabels: Record<SiteId, string> = {
  chatgpt: 'ChatGPT',
  claude: 'Claude',
  gemini: 'Gemini',
  copilot: 'Microsoft Copilot',
  perplexity: 'Perplexity',
  web: 'Other AI chats',
  selection: 'Other pages (selection)',
};
