import type { SiteAdapter } from '../adapters/types';
import { findAdapterForUrl } from '../adapters/find-adapter';
import { TurnReadingCache } from './turn-reading-cache';
import { ConversationPreReader } from './conversation-pre-reader';
import { readAheadAtClick, sendWithReferences } from './send-with-references';
import type { PreReaderHook, PreReading } from './pre-reader-hook';

/** Starts reading the page's turns ahead with `adapterHere`'s adapter, and says how a capture uses what was read. */
export function startPreReading(adapterHere: () => SiteAdapter | undefined): PreReading {
  const cache = new TurnReadingCache();
  const reader = new ConversationPreReader(cache, adapterHere);
  reader.start();
  return {
    cache,
    send: sendWithReferences,
    readAhead: () => readAheadAtClick(adapterHere(), cache, { isReadAlready: reader.isUpToDate() }),
    restart() {
      cache.clear();
      reader.stop();
      reader.start();
    },
    stop() {
      reader.stop();
      cache.disconnect();
    },
  };
}

/**
 * The pre-reader's hook, reading from the moment it is made. The pre-reader bundle is declared in the manifest to run
 * at `document_end` on the five AI sites, before the content script (`document_idle`) and without waiting for the
 * worker to inject it: on a 400-turn page the content script's Capture button came ~2 s after DOMContentLoaded and
 * the pre-reader, injected at its request, only ~0.3-0.6 s before a click at once, which then read 350-390 turns
 * itself (0.85-1.4 s, bench 2026-12-01, load ~3). Reading now begins as the page's DOM is complete, with this
 * bundle's own copy of the site's adapter (the same code as the content script's, so the cache holds exactly what
 * the content script's read gives); the content script's first `start` takes that reading over with its own adapter
 * (which follows the page's navigations). A later `start` (a content script injected again over an older one)
 * begins a reading of its own, as before. Nothing leaves the page: the turns stay in this world's memory until a
 * click sends them.
 */
export function earlyPreReaderHook(
  version: string,
  ownAdapterFor: (url: URL) => SiteAdapter | undefined = findAdapterForUrl,
): PreReaderHook {
  let contentScriptAdapter: (() => SiteAdapter | undefined) | undefined;
  let ownAdapter: { href: string; adapter: SiteAdapter | undefined } | undefined;
  const adapterHere = () => {
    if (contentScriptAdapter) return contentScriptAdapter();
    if (ownAdapter?.href !== location.href)
      ownAdapter = { href: location.href, adapter: ownAdapterFor(new URL(location.href)) };
    return ownAdapter.adapter;
  };
  let early = adapterHere() ? startPreReading(adapterHere) : undefined;
  return {
    version,
    start(adapterOfContentScript) {
      const reading = early;
      early = undefined;
      if (reading === undefined) return startPreReading(adapterOfContentScript);
      contentScriptAdapter = adapterOfContentScript;
      return reading;
    },
  };
}
