import type { SiteAdapter } from './types';

/**
 * The hosts each adapter serves. Data only, so wxt.config.ts can build the content-script `matches`
 * and `host_permissions` from it without importing adapter code.
 */
export const siteHosts = {
  chatgpt: ['chatgpt.com'],
  claude: ['claude.ai'],
  gemini: ['gemini.google.com'],
  copilot: ['copilot.microsoft.com', 'www.copilot.com'],
  perplexity: ['www.perplexity.ai'],
} as const satisfies Record<SiteAdapter['id'], readonly string[]>;

/** `https://host/*` match patterns for every supported AI chat site. */
export const chatSiteMatches: string[] = Object.values(siteHosts)
  .flat()
  .map((host) => `https://${host}/*`);
