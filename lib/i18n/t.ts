import { browser } from 'wxt/browser';

/**
 * The translated UI string for `key`, from the extension's _locales (built from locales/<lang>/*.json).
 * Substitutions fill $1…$9 in the message. A missing key shows the key itself, so it is visible in review.
 */
export function t(key: string, ...substitutions: (string | number)[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions.map(String)) || key;
  } catch {
    // An orphaned content script (extension updated under it) can no longer read its messages.
    return key;
  }
}
