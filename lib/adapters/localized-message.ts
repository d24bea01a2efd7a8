type GetMessage = (key: string, substitutions?: string[]) => string;

/**
 * The teacher's language for `key` (locales/<lang>/*.json), else English. Adapters also run outside the
 * extension (unit tests, the benchmark's plain page) where lib/i18n/t.ts cannot even be imported (it reads
 * browser.i18n when loaded), so the i18n API is looked up only when a message is needed.
 */
export function localizedMessage(key: string, english: string, ...substitutions: string[]): string {
  try {
    const api = (globalThis as { chrome?: { i18n?: { getMessage?: GetMessage } } }).chrome?.i18n;
    const translated = api?.getMessage?.(key, substitutions);
    return translated ? translated : english;
  } catch {
    // An orphaned content script (extension updated under it) can no longer read its messages.
    return english;
  }
}
