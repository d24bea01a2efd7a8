import { describe, expect, test } from 'vitest';
import { adapters } from '../../lib/adapters/registry';
import { findAdapterForUrl } from '../../lib/adapters/find-adapter';
import { ExtractedConversation } from '../../lib/model/conversation';
import { defaultGeneratedTitle, fixtureUrls, generateConversationHtml } from '../fixtures/generate-conversation';
import { parseFixture } from './fixture-files';

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe.each(adapters.map((adapter) => [adapter.id, adapter] as const))('generated %s page', (id, adapter) => {
  test('parses to the requested number of turns, in order, with varied content', () => {
    const { doc, url } = parseFixture(
      generateConversationHtml(id, { turns: 7, wordsPerAnswer: 120, title: 'Unit 3 – fractions' }),
    );
    expect(url.href).toBe(fixtureUrls[id]);
    expect(findAdapterForUrl(url)).toBe(adapter);
    const conversation = adapter.readConversation(doc, url);
    expect(ExtractedConversation.safeParse(conversation).success).toBe(true);
    expect(conversation.title).toBe('Unit 3 – fractions');
    expect(conversation.turns.map((t) => t.role)).toEqual([
      'user',
      'assistant',
      'user',
      'assistant',
      'user',
      'assistant',
      'user',
    ]);
    expect(conversation.turns[0]!.text).toMatch(/^Question 1: /);
    for (const answer of conversation.turns.filter((t) => t.role === 'assistant')) {
      expect(answer.markdown).toContain('```python\nfrom fractions import Fraction');
      expect(answer.markdown).toContain('| Criterion | Developing | Proficient |');
      expect(answer.markdown).toContain('$$\n\\frac{a}{b} + \\frac{c}{d} = \\frac{ad + bc}{bd}\n$$');
      expect(answer.markdown).toMatch(/^(1\.|-) .+\n(1\.|-|2\.) .+\n {2,3}- /m);
      // Site chrome never leaks into content.
      expect(answer.text).not.toMatch(/Copy|Export to Sheets|Related|said:?\s|example\.org/);
      expect(wordCount(answer.text)).toBeGreaterThan(120 * 0.8);
      expect(wordCount(answer.text)).toBeLessThan(120 * 1.6);
    }
    expect(adapter.isStreaming(doc)).toBe(false);
  });

  test('an answer still being written is reported as streaming', () => {
    const { doc, url } = parseFixture(
      generateConversationHtml(id, { turns: 4, wordsPerAnswer: 40, streamingLastAnswer: true }),
    );
    expect(adapter.isStreaming(doc)).toBe(true);
    expect(adapter.readConversation(doc, url).turns).toHaveLength(4);
    expect(adapter.readConversation(doc, url).title).toBe(defaultGeneratedTitle);
  });

  test('a long conversation keeps every turn', () => {
    const { doc, url } = parseFixture(generateConversationHtml(id, { turns: 60, wordsPerAnswer: 300 }));
    const conversation = adapter.readConversation(doc, url);
    expect(conversation.turns).toHaveLength(60);
    expect(conversation.turns[59]!.role).toBe('assistant');
    expect(conversation.turns[58]!.text).toMatch(/^Question 30: /);
  });
});
