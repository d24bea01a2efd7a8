import { siteHosts } from './site-hosts';
import type { SiteAdapter } from './types';

/** The AI site an address belongs to, from host names alone (no adapter code): usable in the background. */
export function findSiteForUrl(url: string): SiteAdapter['id'] | undefined {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') return undefined;
    host = parsed.hostname;
  } catch {
    return undefined;
  }
  for (const [site, hosts] of Object.entries(siteHosts)) {
    if ((hosts as readonly string[]).includes(host)) return site as SiteAdapter['id'];
  }
  return undefined;
}
