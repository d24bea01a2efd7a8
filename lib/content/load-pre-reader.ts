import { browser } from 'wxt/browser';
import { LoadStructuralReaderResponse } from '../messaging/protocol';
import { installedPreReader, type PreReaderHook } from './pre-reader-hook';

/**
 * The pre-reader for this frame, injected by the service worker (the content script can't inject files itself);
 * undefined when it can't be loaded: captures then read the whole page at the click, as without it.
 */
export async function loadPreReader(): Promise<PreReaderHook | undefined> {
  const version = browser.runtime.getManifest().version;
  try {
    const answer = LoadStructuralReaderResponse.safeParse(
      await browser.runtime.sendMessage({ type: 'content→background:load-pre-reader' }),
    );
    return answer.success && answer.data.ok ? installedPreReader(version) : undefined;
  } catch {
    return undefined;
  }
}
