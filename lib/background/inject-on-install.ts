import { browser } from 'wxt/browser';
import { chatSiteMatches } from '../adapters/site-hosts';

/**
 * After install or update, AI tabs that are already open still run the old (now orphaned) content script,
 * or none. Inject the current one so the Capture button works without a reload. The new script replaces
 * the old button; the old script, if clicked, asks for a reload.
 */
export async function injectIntoOpenChatTabs(contentScriptFile: string): Promise<void> {
  await injectIntoOpenTabs(contentScriptFile, chatSiteMatches);
}

/** Injects `contentScriptFile` into every open, loaded tab whose address matches one of `patterns`. */
export async function injectIntoOpenTabs(contentScriptFile: string, patterns: string[]): Promise<void> {
  const tabs = await browser.tabs.query({ url: patterns });
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || tab.discarded) return;
      try {
        await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [contentScriptFile] as never[] });
      } catch {
        // A tab that is loading or an error page: it gets the content script on its next load.
      }
    }),
  );
}
