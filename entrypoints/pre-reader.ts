import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browser } from 'wxt/browser';
import { TurnReadingCache } from '@/lib/content/turn-reading-cache';
import { ConversationPreReader } from '@/lib/content/conversation-pre-reader';
import { learnWhatTheLibraryHolds, readAheadAtClick, sendWithReferences } from '@/lib/content/send-with-references';
import { preReaderKey, type PreReaderHook } from '@/lib/content/pre-reader-hook';

/**
 * The pre-reader, bundled apart from the content script (60 KB budget) and injected by the service worker into the
 * content script's isolated world on the AI sites. It leaves a hook on that world's globalThis; the content script
 * starts it with its own adapter, and its captures then read only turns changed since the page was last quiet.
 */
export default defineUnlistedScript(() => {
  const hook: PreReaderHook = {
    version: browser.runtime.getManifest().version,
    start(adapterHere) {
      const cache = new TurnReadingCache();
      const reader = new ConversationPreReader(cache, adapterHere, {
        afterRead: (turns, isWanted) => learnWhatTheLibraryHolds(adapterHere(), turns, isWanted),
      });
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
    },
  };
  (globalThis as Record<string, unknown>)[preReaderKey] = hook;
});
