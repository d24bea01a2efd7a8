import { describe, expect, test } from 'vitest';
import { adapters } from '../../lib/adapters/registry';
import { AdapterError } from '../../lib/adapters/types';
import { ExtractedConversation } from '../../lib/model/conversation';
import type { SiteSelectors } from '../../lib/adapters/adapter-kit';
import { selectors as chatgpt } from '../../lib/adapters/chatgpt/selectors';
import { selectors as claude } from '../../lib/adapters/claude/selectors';
import { selectors as copilot } from '../../lib/adapters/copilot/selectors';
import { selectors as gemini } from '../../lib/adapters/gemini/selectors';
import { selectors as perplexity } from '../../lib/adapters/perplexity/selectors';
import { fixtureNames, loadExpected, loadFixture, type SiteId } from './fixture-files';

const siteSelectors: Record<SiteId, SiteSelectors> = { chatgpt, claude, gemini, copilot, perplexity };

/** The site's fixtures that hold a readable conversation. */
function conversationFixtures(site: SiteId): string[] {
  return fixtureNames(site).filter((name) => expectedError(loadExpected(site, name)) === undefined);
}

/** Expected files for pages the adapter must refuse hold `{ "error": <AdapterErrorCode> }` instead of a conversation. */
function expectedError(expected: unknown): string | undefined {
  return typeof expected === 'object' && expected !== null && 'error' in expected ? String(expected.error) : undefined;
}

function readError(run: () => unknown): AdapterError {
  try {
    run();
  } catch (error) {
    if (error instanceof AdapterError) return error;
    throw error;
  }
  throw new Error('expected an AdapterError, but the page was read');
}

describe.each(adapters.map((adapter) => [adapter.id, adapter] as const))('%s adapter', (_id, adapter) => {
  test.each(fixtureNames(adapter.id))('%s', (name) => {
    const { doc, url } = loadFixture(adapter.id, name);
    const expected = loadExpected(adapter.id, name);
    const error = expectedError(expected);
    if (error !== undefined) {
      const thrown = readError(() => adapter.readConversation(doc, url));
      expect(thrown.code).toBe(error);
      expect(thrown.message).toMatch(/ShowWork/);
      return;
    }
    const conversation = adapter.readConversation(doc, url);
    expect(conversation).toEqual(expected);
    // What the adapter returns must pass the model's own schema (the content script parses it at the boundary).
    expect(ExtractedConversation.safeParse(conversation).success).toBe(true);
    expect(adapter.isStreaming(doc)).toBe(false);
    expect(adapter.findConversationRoot(doc)).not.toBeNull();
  });
});

describe.each(adapters.map((adapter) => [adapter.id, adapter] as const))(
  '%s adapter on broken pages',
  (id, adapter) => {
    const { userMessage, assistantMessage, sideDocument } = siteSelectors[id];
    // A side document's card is answer content too (a canvas-only answer has nothing else).
    const messageSelectors = [...userMessage, ...assistantMessage, ...(sideDocument?.card ?? [])].join(', ');

    test.each(conversationFixtures(id))('%s without its messages is a conversation with no turns', (name) => {
      const { doc, url } = loadFixture(id, name);
      for (const el of doc.querySelectorAll(messageSelectors)) el.remove();
      const error = readError(() => adapter.readConversation(doc, url));
      expect(error.code).toBe('no-turns');
      expect(error.message).toContain('ShowWork');
    });

    test.each(conversationFixtures(id))('%s with every message emptied has no turns either', (name) => {
      const { doc, url } = loadFixture(id, name);
      for (const el of doc.querySelectorAll(messageSelectors)) el.replaceChildren();
      expect(readError(() => adapter.readConversation(doc, url)).code).toBe('no-turns');
    });

    test('a page on another host is not recognised', () => {
      const [name] = conversationFixtures(id);
      const { doc } = loadFixture(id, name!);
      expect(readError(() => adapter.readConversation(doc, new URL('https://example.org/c/123'))).code).toBe(
        'unrecognised-page',
      );
    });

    test('an empty page is not recognised and has no conversation root', () => {
      const doc = new DOMParser().parseFromString(
        '<!doctype html><title>x</title><p>Hello</p>',
        'text/html',
      ) as unknown as Document;
      const home = new URL(`https://${adapter.hosts[0]}/`);
      expect(readError(() => adapter.readConversation(doc, home)).code).toBe('unrecognised-page');
      expect(adapter.findConversationRoot(doc)).toBeNull();
      expect(adapter.isStreaming(doc)).toBe(false);
    });
  },
);
