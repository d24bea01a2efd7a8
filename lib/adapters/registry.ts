import { chatgptAdapter } from './chatgpt/adapter';
import { claudeAdapter } from './claude/adapter';
import { copilotAdapter } from './copilot/adapter';
import { geminiAdapter } from './gemini/adapter';
import { perplexityAdapter } from './perplexity/adapter';
import { siteHosts } from './site-hosts';
import type { SiteAdapter } from './types';

/** Every site adapter. The content script picks one by host; manifest matches come from site-hosts.ts. */
export const adapters: readonly SiteAdapter[] = [
  chatgptAdapter,
  claudeAdapter,
  geminiAdapter,
  copilotAdapter,
  perplexityAdapter,
];

/**
 * Throws when an adapter's hosts differ from site-hosts.ts (the manifest's matches would not reach it). Checked by
 * tests/adapters/conventions.test.ts rather than on every page load: the hosts are constants, and the check's code
 * cost the content script ~200 of its 60 KB budget (2026-12-01).
 */
export function checkAdapterHosts(list: readonly SiteAdapter[] = adapters): void {
  for (const adapter of list) {
    const declared: readonly string[] = siteHosts[adapter.id];
    const same = declared.length === adapter.hosts.length && declared.every((host) => adapter.hosts.includes(host));
    if (!same)
      throw new Error(
        `${adapter.id} adapter serves ${adapter.hosts.join(', ')} but site-hosts.ts lists ${declared.join(', ')}`,
      );
  }
}
