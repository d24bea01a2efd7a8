import { browser } from 'wxt/browser';

type GetMessage = (name: string, substitutions?: string[]) => string;

/**
 * The translated UI string for `key`, from the extension's _locales (built from locales/<lang>/*.json).
 * Substitutions fill $1…$9 in the message. A missing key shows the key itself, so it is visible in review.
 */
export function t(key: string, ...substitutions: (string | number)[]): string {
  try {
    // WXT types message names from public/_locales; ours are merged from locales/<lang>/*.json at build time,
    // so the typed overloads don't know them. Looked up on each call so tests can switch language.
    const getMessage = browser.i18n.getMessage as unknown as GetMessage;
    return getMessage(key, substitutions.map(String)) || key;
  } catch {
    // An orphaned content script (extension updated under it) can no longer read its messages.
    return key;
  }
}
