import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browser } from 'wxt/browser';
import { earlyPreReaderHook } from '@/lib/content/early-pre-reading';
import { installedPreReader, preReaderKey } from '@/lib/content/pre-reader-hook';

/**
 * The pre-reader, bundled apart from the content script (60 KB budget). Declared in the manifest at `document_end` on
 * the AI sites (wxt.config.ts), so it begins reading the page's turns as soon as the DOM is complete
 * (lib/content/early-pre-reading.ts); the service worker also injects it into the content script's isolated world
 * when the content script asks (tabs open at install, where only the content script was injected). It leaves a hook
 * on that world's globalThis; the content script starts it with its own adapter, and its captures then read only
 * turns changed since the page was last quiet. Run again in a world that has this version's hook (declared, then
 * injected on request), it keeps that hook and the reading it began.
 */
export default defineUnlistedScript(() => {
  const version = browser.runtime.getManifest().version;
  if (installedPreReader(version)) return;
  (globalThis as Record<string, unknown>)[preReaderKey] = earlyPreReaderHook(version);
});
