import type { Plugin } from 'vite';

/**
 * Escapes every non-ASCII UTF-16 code unit in emitted JavaScript as \uXXXX.
 *
 * Why: Chromium refuses a whole extension whose content script contains U+FFFF ("It isn't UTF-8 encoded"),
 * and Vite 8's minifier turns Dexie's String.fromCharCode(65535) into that literal character. Escaping per
 * code unit is valid inside strings, templates, identifiers and regular expressions (with or without the
 * u flag, a surrogate pair written as two escapes is the same code point), and harmless in comments.
 */
export function asciiOnlyOutput(): Plugin {
  return {
    name: 'showwork:ascii-only-output',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') chunk.code = escapeNonAscii(chunk.code);
      }
    },
  };
}

export function escapeNonAscii(code: string): string {
  return code.replace(/[\u0080-\uffff]/g, (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'));
}
