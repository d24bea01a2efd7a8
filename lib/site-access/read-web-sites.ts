import { browser } from 'wxt/browser';
import { readPortalEntries } from '../settings/portals';
import { portalPatterns, webSitePatterns } from './web-site-patterns';

export interface WebSiteAccess {
  /** The sites ShowWork runs on besides the five AI sites: granted host patterns, sorted. */
  sites: string[];
  /** Portal patterns, which never get the content script. */
  portals: string[];
}

/**
 * Reads, from the browser's own record of granted permissions, the sites ShowWork runs on besides the five AI
 * sites. The permissions are the one source of truth: nothing else is stored, so a site allowed or revoked in the
 * browser's settings or by policy is picked up the same way as one added here.
 */
export async function readWebSiteAccess(): Promise<WebSiteAccess> {
  const [granted, portals] = await Promise.all([
    browser.permissions.getAll().then((all) => all.origins ?? []),
    readPortalEntries()
      .then((entries) => portalPatterns(entries.map((entry) => entry.profile)))
      // A damaged portal setting must not stop ShowWork from working on the teacher's sites.
      .catch(() => [] as string[]),
  ]);
  return { sites: webSitePatterns(granted, portals), portals };
}
