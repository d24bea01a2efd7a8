import { browser } from 'wxt/browser';
import { LoadStructuralReaderResponse, type CaptureTrigger } from '../messaging/protocol';
import { installedStructuralReader, type StructuralReaderHook } from './structural-reader-hook';

/**
 * The structural reader for this frame: already loaded, or injected now by the service worker (the content
 * script can't inject files itself). Once loaded it stays for the life of the page.
 * @throws when the reader can't be loaded (the extension was updated under this page, or the worker refused).
 */
export async function loadStructuralReader(trigger: CaptureTrigger): Promise<StructuralReaderHook> {
  const version = browser.runtime.getManifest().version;
  const loaded = installedStructuralReader(version);
  if (loaded) return loaded;
  const answer = LoadStructuralReaderResponse.safeParse(
    await browser.runtime.sendMessage({ type: 'content→background:load-structural-reader', trigger }),
  );
  const hook = installedStructuralReader(version);
  if (!answer.success || !answer.data.ok || !hook) throw new Error('The structural reader could not be loaded.');
  return hook;
}
