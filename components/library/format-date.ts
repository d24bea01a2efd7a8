import { browser } from 'wxt/browser';

let formatter: Intl.DateTimeFormat | undefined;

/** A date and time in the browser's UI language. */
export function formatDateTime(epochMs: number): string {
  formatter ??= new Intl.DateTimeFormat(browser.i18n.getUILanguage(), { dateStyle: 'medium', timeStyle: 'short' });
  return formatter.format(epochMs);
}

/** Whether formatting a date now is cheap: the first one loads the browser's date data (tens of ms, see below). */
export function isDateFormatterWarm(): boolean {
  return formatter !== undefined;
}
