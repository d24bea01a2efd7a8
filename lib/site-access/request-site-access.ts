import { browser } from 'wxt/browser';
import { findSiteForUrl } from '../adapters/site-for-url';
import { siteLabels } from '../model/site';
import { isKnownAiHost, sitePatternForUrl } from './web-site-patterns';

/** What the teacher typed or the tab shows, judged as a site ShowWork could be used on. */
export type SiteChoice =
  | { kind: 'allowable'; pattern: string; host: string }
  | { kind: 'known'; label: string }
  | { kind: 'portal'; host: string }
  | { kind: 'invalid' };

/**
 * Judges an address as "a site to use ShowWork on". A bare host ("chat.example.com") is read as https.
 * Only https pages can be asked for (the manifest's optional permission is https://*\/*).
 */
export function judgeSiteChoice(address: string, portals: readonly string[] = []): SiteChoice {
  const trimmed = address.trim();
  if (!trimmed) return { kind: 'invalid' };
  const url = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  const pattern = sitePatternForUrl(url);
  if (!pattern) return { kind: 'invalid' };
  const host = new URL(url).hostname;
  const known = findSiteForUrl(url);
  if (known || isKnownAiHost(host)) return { kind: 'known', label: known ? siteLabels[known] : host };
  if (portals.includes(pattern)) return { kind: 'portal', host };
  return { kind: 'allowable', pattern, host };
}

/**
 * Asks the browser (and the teacher) for one site. Browsers show the prompt only during a user gesture, and
 * Firefox loses the gesture at the first `await`: call this straight from the click handler, before any await.
 * Resolves false on refusal or error. The service worker registers the content script when the grant arrives
 * (permissions.onAdded), so nothing else needs doing here.
 */
export function requestSiteAccess(pattern: string): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: [pattern] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/**
 * Revokes one site. `required` when the browser won't revoke it (it was granted by the manifest or by policy):
 * the teacher then has to remove it in the browser's extension settings, or ask the district.
 */
export async function removeSiteAccess(pattern: string): Promise<'removed' | 'required'> {
  try {
    return (await browser.permissions.remove({ origins: [pattern] })) ? 'removed' : 'required';
  } catch {
    return 'required';
  }
}
