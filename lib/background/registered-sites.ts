import { browser, type Browser } from 'wxt/browser';
import { readWebSiteAccess } from '../site-access/read-web-sites';
import { webSiteExclusions } from '../site-access/web-site-patterns';
import { injectIntoOpenTabs } from './inject-on-install';

/** The one runtime-registered content script: the same bundle as on the five AI sites, reading structurally there. */
export const webChatScriptId = 'showwork-web-chat';
export const chatContentScriptFile = 'content-scripts/chat.js';

type RegisteredScript = Browser.scripting.RegisteredContentScript;

let queue: Promise<unknown> = Promise.resolve();

/**
 * Makes the registered content script match exactly the sites the extension holds host permission for (besides
 * the AI sites and portals): registers, updates or unregisters it. Runs at every worker start and on every
 * permission change; calls are queued so two syncs never interleave. Resolves with the registered patterns.
 */
export function syncWebSiteRegistrations(): Promise<string[]> {
  const run = queue.then(syncNow, syncNow);
  queue = run.catch(() => undefined);
  return run;
}

async function syncNow(): Promise<string[]> {
  const { sites, portals } = await readWebSiteAccess();
  const existing = (await browser.scripting.getRegisteredContentScripts({ ids: [webChatScriptId] }))[0];
  if (sites.length === 0) {
    if (existing) await browser.scripting.unregisterContentScripts({ ids: [webChatScriptId] });
    return [];
  }
  const wanted: RegisteredScript = {
    id: webChatScriptId,
    js: [chatContentScriptFile],
    matches: sites,
    excludeMatches: webSiteExclusions(portals),
    runAt: 'document_idle',
    // Persisted by the browser across restarts; re-synced anyway at each start, in case grants changed meanwhile.
    persistAcrossSessions: true,
  };
  if (existing && isSameRegistration(existing, wanted)) return sites;
  if (existing) await browser.scripting.unregisterContentScripts({ ids: [webChatScriptId] });
  await browser.scripting.registerContentScripts([wanted]);
  return sites;
}

function isSameRegistration(a: RegisteredScript, b: RegisteredScript): boolean {
  const same = (x: readonly string[] = [], y: readonly string[] = []) =>
    x.length === y.length && [...x].sort().every((value, i) => value === [...y].sort()[i]);
  return (
    same(a.matches, b.matches) &&
    same(a.excludeMatches, b.excludeMatches) &&
    same(
      a.js?.map((f) => f.replace(/^\//, '')),
      b.js,
    )
  );
}

/**
 * A site was just allowed: sync, then give its open tabs the content script at once, so the Capture button
 * appears without a reload. Tabs of sites that already had it are left alone (the script would run twice).
 */
export async function handlePermissionsAdded(added: Browser.permissions.Permissions): Promise<void> {
  const before = new Set(await currentRegisteredMatches());
  const sites = await syncWebSiteRegistrations();
  const newSites = sites.filter((pattern) => !before.has(pattern) && (added.origins ?? []).includes(pattern));
  if (newSites.length > 0) await injectIntoOpenTabs(`/${chatContentScriptFile}`, newSites);
}

/** After an install or update: registrations are re-synced and open tabs of allowed sites get the new script. */
export async function refreshWebSitesAfterInstall(): Promise<void> {
  const sites = await syncWebSiteRegistrations();
  if (sites.length > 0) await injectIntoOpenTabs(`/${chatContentScriptFile}`, sites);
}

async function currentRegisteredMatches(): Promise<string[]> {
  try {
    return (await browser.scripting.getRegisteredContentScripts({ ids: [webChatScriptId] }))[0]?.matches ?? [];
  } catch {
    return [];
  }
}

/** Portal settings live in storage: a portal added or removed changes which granted sites are chats. */
export function isPortalSettingsChange(changes: Record<string, unknown>, area: string): boolean {
  return (
    (area === 'local' && ('portalProfiles' in changes || 'managedPortalChoices' in changes)) ||
    (area === 'managed' && 'portals' in changes)
  );
}
