import type { SiteAdapter } from '@/lib/adapters/types';

/**
 * A test adapter whose turns are the paragraphs inside `root` (prompt, answer, prompt, …), pre-read one paragraph
 * per step, so a test can stop a reading round part-way and see what the cache holds.
 */
export function paragraphPreReadAdapter(root: string, isStreaming: () => boolean = () => false): SiteAdapter {
  return {
    id: 'claude',
    hosts: ['claude.ai'],
    readConversation: () => {
      throw new Error('not used');
    },
    preReadTurns: (doc, url, cache) => {
      const paragraphs = [...doc.querySelectorAll(`${root} p`)];
      let next = 0;
      return {
        step: () => {
          const p = paragraphs[next++];
          if (p) {
            const text = p.textContent ?? '';
            cache.store([p], url.href, { role: next % 2 === 1 ? 'user' : 'assistant', text, markdown: text });
          }
          return next >= paragraphs.length;
        },
      };
    },
    isStreaming,
    findConversationRoot: (doc) => doc.querySelector(root),
  };
}
