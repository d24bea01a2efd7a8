/**
 * One browser for several tests of a file. Launching Chromium with a fresh profile and waiting for the extension's
 * first worker start is the largest fixed cost of an end-to-end test (5–10 s each at load 8–15 here, against well
 * under a second for this reset), so tests that need only an empty library, not a fresh profile, share one launch
 * and start from what "Delete all my data" leaves (lib/privacy/delete-all.ts): no tab, no side panel, every table
 * empty, no journaled edit, no setting, no outbox alarm. Tests that need a fresh profile (first start, an update, a
 * restart, a stopped worker, permissions, another UI language) keep their own launch.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Page } from 'playwright-core';
import { forgetFixturePages, launchExtension, type ExtensionSession, type LaunchOptions } from './harness';

/** lib/upload/outbox.ts's alarm name (not imported: that module pulls in the extension's browser API). */
const outboxAlarmName = 'showwork-outbox';

/**
 * Closes the real side panel of every window (a capture opens it, and it stays open across tabs), and waits until
 * Chrome lists none, so no panel app can save an edit after the clear. Runs in an extension-origin page.
 */
export async function closeSidePanelsInPage(): Promise<number> {
  const panels = () => chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] }) as Promise<unknown[]>;
  for (const window of (await chrome.windows.getAll()) as { id: number }[])
    await chrome.sidePanel.close({ windowId: window.id }).catch(() => undefined); // refused when none is open
  const deadline = Date.now() + 10_000;
  while ((await panels()).length > 0 && Date.now() < deadline) await new Promise((wake) => setTimeout(wake, 50));
  return (await panels()).length;
}

/** Empties what ShowWork keeps, as "Delete all my data" does; runs in an extension-origin page (no app code). */
export async function clearExtensionDataInPage(outboxAlarm: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('showwork');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const names = [...db.objectStoreNames];
      if (names.length === 0) {
        db.close();
        resolve();
        return;
      }
      const tx = db.transaction(names, 'readwrite');
      for (const name of names) tx.objectStore(name).clear();
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
  localStorage.clear(); // the unsaved-edits journal (lib/trace/unsaved-edits-journal.ts)
  await chrome.storage.local.clear();
  await chrome.storage.session.clear();
  await chrome.alarms.clear(outboxAlarm);
}

/**
 * The tab each shared browser keeps on the extension's manifest.json: a document of the extension's origin (its
 * IndexedDB, storage and localStorage) that runs no app code, kept open so a reset needs no navigation (opening it
 * took 2 s of a 5.6 s reset at load 26).
 */
const resetPages = new WeakMap<ExtensionSession, Page>();

async function resetPageOf(session: ExtensionSession): Promise<Page> {
  let page = resetPages.get(session);
  if (!page || page.isClosed()) {
    page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/manifest.json`);
    resetPages.set(session, page);
  }
  return page;
}

/**
 * Brings a shared browser back to an empty library: closes every other tab and the side panel, so no page can save
 * an edit after the clear, then clears the extension's data and the routed fixture pages.
 */
export async function resetSession(session: ExtensionSession): Promise<void> {
  const { context } = session;
  const resetPage = await resetPageOf(session);
  for (const page of context.pages()) if (page !== resetPage) await page.close();
  forgetFixturePages(context);
  const openPanels = await resetPage.evaluate(closeSidePanelsInPage);
  if (openPanels > 0) throw new Error(`The shared browser still shows ${openPanels} side panel(s) after closing them`);
  await resetPage.evaluate(clearExtensionDataInPage, outboxAlarmName);
}

/**
 * Registers one browser for the tests of the enclosing file or describe block: launched before the first, reset
 * before each, closed after the last. Returns a getter for the session.
 */
export function useSharedSession(options: LaunchOptions = {}): () => ExtensionSession {
  let session: ExtensionSession | undefined;
  let isFirst = true;
  beforeAll(async () => {
    session = await launchExtension(options);
    await resetPageOf(session);
  });
  beforeEach(async () => {
    if (!isFirst) await resetSession(session!);
    isFirst = false;
  });
  afterAll(async () => {
    await session?.close();
    session = undefined;
  });
  return () => {
    if (!session) throw new Error('The shared browser is not running (used outside a test?)');
    return session;
  };
}
