import type { SiteAdapter } from '../adapters/types';

/**
 * What auto-record needs from a page with no site adapter, judged generically: where the conversation is (the
 * main landmark, else the body) and whether an answer is still being written (an element marked busy for
 * assistive technology, or a "Stop" button, which chat tools show while generating). No site names.
 */
export const webPageSignals: Pick<SiteAdapter, 'isStreaming' | 'findConversationRoot'> = {
  findConversationRoot: (doc) => doc.querySelector('main, [role="main"]') ?? doc.body,
  isStreaming: (doc) =>
    doc.querySelector('main [aria-busy="true"], [role="main"] [aria-busy="true"], [role="log"][aria-busy="true"]') !==
      null ||
    [...doc.querySelectorAll('button[aria-label], button[title]')].some((button) =>
      /^stop\b/i.test((button.getAttribute('aria-label') ?? button.getAttribute('title') ?? '').trim()),
    ),
};
