import type { SiteAdapter } from '../adapters/types';
import type { ExtractedConversation } from '../model/conversation';
import type { ExtractedTurn } from '../model/turn';
import type { CaptureResponse, CaptureTrigger } from '../messaging/protocol';
import type { TurnReadingCache } from './turn-reading-cache';

/**
 * The pre-reader (entrypoints/pre-reader.ts) keeps the page's reading up to date in idle time. It is too big for the
 * content script's 60 KB budget, so it is a separate bundle the service worker injects into the content script's
 * isolated world, where it leaves this hook on `globalThis` (the page's own scripts can't see that world). It reads
 * with the content script's own adapter. Types and the key only: nothing of it is bundled by importing this file.
 */
export const preReaderKey = '__showworkPreReader';

/** What a capture uses from the pre-reader: the turns read ahead, and a send that skips what the worker has. */
export interface FastCapture {
  readonly cache: TurnReadingCache;
  /**
   * At the click (not for auto-record), before the capture reads the page: reads what the cache lacks and sends
   * long new turns ahead to the worker as they are read (send-with-references.ts, readAheadAtClick).
   */
  readAhead(): void;
  /**
   * Sends the capture (`turns` as the adapter read them, before validation: the pre-reader knows them by object)
   * and resolves with the worker's answer, as sendCapture does.
   */
  send(
    trigger: CaptureTrigger,
    conversation: ExtractedConversation,
    turns: readonly ExtractedTurn[],
  ): Promise<CaptureResponse>;
}

export interface PreReading extends FastCapture {
  /** Drops what was read (the page navigated to another conversation) and reads again once it is quiet. */
  restart(): void;
  stop(): void;
}

export interface PreReaderHook {
  /** The extension version that injected it: after an update, a page can still hold the previous version's hook. */
  readonly version: string;
  start(adapterHere: () => SiteAdapter | undefined): PreReading;
}

/** The hook if this version's pre-reader bundle already ran in this world. */
export function installedPreReader(version: string): PreReaderHook | undefined {
  const hook = (globalThis as Record<string, unknown>)[preReaderKey] as PreReaderHook | undefined;
  return typeof hook?.start === 'function' && hook.version === version ? hook : undefined;
}
