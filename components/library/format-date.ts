import { browser } from 'wxt/browser';

const formatter = new Intl.DateTimeFormat(browser.i18n.getUILanguage(), { dateStyle: 'medium', timeStyle: 'short' });

/** A date and time in the browser's UI language. */
export function formatDateTime(epochMs: number): string {
  return formatter.format(epochMs);
}
