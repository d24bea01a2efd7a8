import { AdapterError } from '../types';

type GetMessage = (key: string, substitutions?: string[]) => string;

/**
 * The teacher's language for `key` (locales/<lang>/structural.json), else English. The reader also runs where
 * the i18n API does not exist (unit tests, the benchmark's plain page, a script injected into a tab), so the API
 * is looked up only when a message is needed, as the site adapters do.
 */
export function structuralMessage(key: string, english: string, ...substitutions: string[]): string {
  try {
    const api = (globalThis as { chrome?: { i18n?: { getMessage?: GetMessage } } }).chrome?.i18n;
    const translated = api?.getMessage?.(key, substitutions);
    return translated ? translated : english;
  } catch {
    // An orphaned content script (extension updated under it) can no longer read its messages.
    return english;
  }
}

export function noConversationError(): AdapterError {
  return new AdapterError(
    'unrecognised-page',
    structuralMessage(
      'structural_noConversation',
      `ShowWork couldn't find a conversation on this page. Open a chat and wait until it has loaded, or select text and use "Capture selection".`,
    ),
  );
}
