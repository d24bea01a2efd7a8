import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readLocale, type LocaleMessages } from '../scripts/merge-locales';

/** Chrome's substitution rules: $1…$9 directly, named $placeholder$ through `placeholders`, $$ for a dollar. */
export function formatMessage(messages: LocaleMessages, key: string, substitutions: string | string[] = []): string {
  const entry = messages[key];
  if (!entry) return '';
  const subs = Array.isArray(substitutions) ? substitutions : [substitutions];
  let text = entry.message.replace(/\$([a-zA-Z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name] ?? entry.placeholders?.[name.toLowerCase()];
    return placeholder ? placeholder.content : whole;
  });
  text = text.replace(/\$(\$|[1-9])/g, (_whole, which: string) =>
    which === '$' ? '$' : (subs[Number(which) - 1] ?? ''),
  );
  return text;
}

const cache = new Map<string, LocaleMessages>();

/** Makes fakeBrowser.i18n answer from the real locale files (fakeBrowser leaves i18n unimplemented). */
export function installI18n(locale: 'en' | 'es' = 'en'): void {
  let messages = cache.get(locale);
  if (!messages) cache.set(locale, (messages = readLocale(locale)));
  const loaded = messages;
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) =>
    formatMessage(loaded, key, subs)) as never);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(locale);
}
