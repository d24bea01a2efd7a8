import { browser } from 'wxt/browser';

// WXT types message names from public/_locales; ours are merged from locales/<lang>/*.json at build time,
// so the typed overloads don't know them. The browser API itself takes any name.
const getMessage = browser.i18n.getMessage as unknown as (name: string, substitutions?: string[]) => string;

/**
 * The translated UI string for `key`, from the extension's _locales (built from locales/<lang>/*.json).
 * Substitutions fill $1…$9 in the message. A missing key shows the key itself, so it is visible in review.
 */
export function t(key: string, ...substitutions: (string | number)[]): string {
  try {
    return getMessage(key, substitutions.map(String)) || key;
  } catch {
    // An orphaned content script (extension updated under it) can no longer read its messages.
    return key;
  }
}
