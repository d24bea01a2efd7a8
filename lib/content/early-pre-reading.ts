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
 * itself (0.85-1.4 s, bench 2026-12-01, load ~3). Reading now begins when Chromium runs document_end scripts
 * (on the 400-turn pages that is still 1.1-1.9 s after DOMContentLoaded, after the browser's own style and layout, but
 * 0.3-0.8 s before the load event and the content script; bench/capture-load-profile.ts, load ~15), with this
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
  let ownAdapter: { href: string; adapter: SiteAdapter | undefined } | undefined;
  const ownAdapterHere = () => {
    if (ownAdapter?.href !== location.href)
      ownAdapter = { href: location.href, adapter: ownAdapterFor(new URL(location.href)) };
    return ownAdapter.adapter;
  };
  let contentScriptAdapter: (() => SiteAdapter | undefined) | undefined;
  /**
   * The content script's adapter once it started the reading (it follows the page's navigations), read with this
   * bundle's copy of the same adapter: that copy's code is the one already run (compiled and optimised) by the
   * reading ahead, while the content script's copy is cold until its first capture. At a click at once on a 400-turn
   * page, the content script's copy spent ~250 ms of the click's read in its Markdown walk alone (profile, load ~14).
   */
  const adapterHere = () => {
    const own = ownAdapterHere();
    if (contentScriptAdapter === undefined) return own;
    const theirs = contentScriptAdapter();
    return theirs !== undefined && own?.id === theirs.id ? own : theirs;
  };
  let early = ownAdapterHere() ? startPreReading(adapterHere) : undefined;
  return {
    version,
    start(adapterOfContentScript) {
      const reading = early;
      early = undefined;
      contentScriptAdapter = adapterOfContentScript;
      return reading ?? startPreReading(adapterHere);
    },
  };
}
