import { browser } from 'wxt/browser';
import { isKnownAiHost } from '../site-access/web-site-patterns';

/**
 * Whether a `web` capture may come from this page: the extension must hold host permission for the page's origin
 * (the teacher allowed the site, or the browser or district granted it), so a page can't file captures merely by
 * hosting a copy of the content script's messages. The five AI sites file under their own site id, never `web`.
 */
export async function isAllowedWebPage(pageUrl: string): Promise<boolean> {
  let parsed: URL;
  try {
    parsed = new URL(pageUrl);
  } catch {
    return false;
  }
  if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || isKnownAiHost(parsed.hostname)) return false;
  try {
    return await browser.permissions.contains({ origins: [`${parsed.protocol}//${parsed.hostname}/*`] });
  } catch {
    return false;
  }
}
