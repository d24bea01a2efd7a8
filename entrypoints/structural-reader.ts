import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browser } from 'wxt/browser';
import { chooseReading } from '@/lib/content/structural-choice';
import { structuralReaderKey, type StructuralReaderHook } from '@/lib/content/structural-reader-hook';

/**
 * The structural reader, bundled apart from the content script (60 KB budget) and injected on demand into its
 * isolated world, by the service worker: for the content script (fallback on the five AI sites, the reader on
 * allowed sites) and for one-off captures of any page (lib/background/one-off-capture.ts). It only leaves the
 * hook on the isolated world's globalThis; reading happens when the hook is called.
 */
export default defineUnlistedScript(() => {
  const hook: StructuralReaderHook = {
    version: browser.runtime.getManifest().version,
    choose: (site, siteReading) => chooseReading(document, new URL(location.href), site, siteReading),
  };
  (globalThis as Record<string, unknown>)[structuralReaderKey] = hook;
});
