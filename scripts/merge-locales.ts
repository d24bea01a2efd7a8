import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** One Chrome i18n message: https://developer.chrome.com/docs/extensions/reference/api/i18n */
export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type LocaleMessages = Record<string, LocaleMessage>;

const localesDir = resolve(import.meta.dirname, '..', 'locales');

/**
 * UI text lives in locales/<lang>/<area>.json fragments (one per part of the UI, so parts can change
 * independently); the build merges them into the _locales/<lang>/messages.json the browser reads.
 * A key defined twice is an error, not a silent override.
 */
export function readLocale(lang: string): LocaleMessages {
  const merged: LocaleMessages = {};
  const dir = join(localesDir, lang);
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const fragment = JSON.parse(readFileSync(join(dir, file), 'utf8')) as LocaleMessages;
    for (const [key, value] of Object.entries(fragment)) {
      if (key in merged) throw new Error(`locales/${lang}/${file}: message "${key}" is already defined`);
      merged[key] = value;
    }
  }
  return merged;
}

export function localeLanguages(): string[] {
  return readdirSync(localesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** Files for WXT's build:publicAssets hook. */
export function mergeLocaleFragments(): { relativeDest: string; contents: string }[] {
  return localeLanguages().map((lang) => ({
    relativeDest: `_locales/${lang}/messages.json`,
    contents: JSON.stringify(readLocale(lang), null, 2),
  }));
}
