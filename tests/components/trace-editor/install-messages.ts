import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readLocale } from '../../../scripts/merge-locales';

/**
 * WXT's fake browser leaves i18n.getMessage unimplemented. This installs Chrome's behaviour over the real
 * merged locale files ($1…$9 filled from substitutions, "$$" for a literal "$", "" for an unknown key), so
 * tests find controls by the same names teachers see.
 */
export function installMessages(lang: 'en' | 'es' = 'en'): void {
  const messages = readLocale(lang);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, substitutions?: string | string[]) => {
    const entry = messages[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
  }) as typeof fakeBrowser.i18n.getMessage);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(lang);
}
