import * as z from 'zod/mini';

/** Every AI tool ShowWork knows, plus `selection` for text captured by hand from any other page. */
export const siteIds = ['chatgpt', 'claude', 'gemini', 'copilot', 'perplexity', 'selection'] as const;
export const SiteId = z.enum(siteIds);
export type SiteId = z.infer<typeof SiteId>;

/** Human names of the AI tools, used in the library's grouping and in exports. */
export const siteLabels: Record<SiteId, string> = {
  chatgpt: 'ChatGPT',
  claude: 'Claude',
  gemini: 'Gemini',
  copilot: 'Microsoft Copilot',
  perplexity: 'Perplexity',
  selection: 'Other pages (selection)',
};
