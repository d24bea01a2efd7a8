import { expect, test } from 'vitest';
import { adapters } from '../../lib/adapters/registry';
import { limits } from '../../lib/model/turn';
import { generateConversationHtml } from '../fixtures/generate-conversation';
import { parseFixture } from './fixture-files';

// A page loaded anew asks the worker what is stored under the id its URL names (lib/content/send-with-references.ts,
// learnWhatTheLibraryHolds): that id must be the one a capture of the page files the conversation under.

test.each(adapters.map((adapter) => [adapter.id, adapter] as const))(
  '%s: the id the URL names is the one a capture files the conversation under',
  (id, adapter) => {
    const { doc, url } = parseFixture(generateConversationHtml(id, { turns: 3, wordsPerAnswer: 40 }));
    expect(adapter.conversationIdOf?.(url)).toBe(adapter.readConversation(doc, url).externalId);
  },
);

test('a URL naming no conversation has no id; a very long one is clipped as it is stored', () => {
  const chatgpt = adapters.find((adapter) => adapter.id === 'chatgpt')!;
  expect(chatgpt.conversationIdOf?.(new URL('https://chatgpt.com/'))).toBeUndefined();
  const long = new URL(`https://chatgpt.com/c/${'a'.repeat(limits.maxUrlChars + 10)}`);
  expect(chatgpt.conversationIdOf?.(long)?.length).toBeLessThanOrEqual(limits.maxUrlChars);
});
