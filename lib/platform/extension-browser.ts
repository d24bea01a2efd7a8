import type { Browser as BrowserNamespace } from '@wxt-dev/browser';

type Browser = typeof BrowserNamespace;

/**
 * `wxt/browser` for the background and extension pages (wxt.config.ts aliases it here): the browser's own `browser`
 * namespace where it has one (Firefox; Chromium 156 here), webextension-polyfill's promise wrapper of `chrome`
 * otherwise.
 *
 * Not `@wxt-dev/webextension-polyfill/browser`, which re-exports the polyfill's CommonJS module through the bundler's
 * ES-module interop: that copies every own property of the module's value, and where the polyfill hands back the
 * native `browser`, reading each property's descriptor instantiates that extension API's bindings (Chromium defines
 * them as lazy data properties). Every page and the worker built all ~30 APIs as they started, `windows`, `action`,
 * `contextMenus` and the rest, used or not: 32 of the 123 CPU-profile samples of the shared chunk's start in a side
 * panel opened by the Capture click (fastest-path e2e, load 16, 2026-12-02). The polyfill is required only where it
 * is needed, and its value is used as it is.
 */
declare const require: (id: 'webextension-polyfill') => Browser;

const scope = globalThis as { browser?: Browser & { runtime?: { id?: string } } };

export const browser: Browser = scope.browser?.runtime?.id ? scope.browser : require('webextension-polyfill');
