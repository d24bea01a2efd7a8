import { adapters } from './registry';
import type { SiteAdapter } from './types';

/** The adapter serving `url`'s host (https only), or undefined on any other page. */
export function findAdapterForUrl(url: URL): SiteAdapter | undefined {
  if (url.protocol !== 'https:') return undefined;
  return adapters.find((adapter) => adapter.hosts.includes(url.hostname));
}
