import { browser } from 'wxt/browser';
import { fontAssetPath } from './fonts';

/**
 * Reads a PDF font shipped inside the extension (/fonts/, copied there at build time). Nothing is fetched
 * from the network: runtime.getURL is the extension's own origin.
 */
export async function loadExtensionFont(file: string): Promise<Uint8Array> {
  // The fonts are added by a build hook, not from public/, so WXT's typed PublicPath does not list them.
  const url = (browser.runtime.getURL as (path: string) => string)(fontAssetPath(file));
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Font ${file} is missing from the extension (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}
