import { describe, expect, test } from 'vitest';
import { adapters } from '../../lib/adapters/registry';
import { AdapterError } from '../../lib/adapters/types';
import { ExtractedConversation } from '../../lib/model/conversation';
import { fixtureNames, loadExpected, loadFixture } from './fixture-files';

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
