import { chatSiteMatches, siteHosts } from '../adapters/site-hosts';
import type { PortalProfile } from '../settings/portals';

/**
 * Which origins get ShowWork's content script besides the five AI sites: pure rules over match patterns, shared
 * by the service worker (registrations), the options page (the Sites list) and the side panel.
 */

/** A match pattern the scripting API accepts for a page: http(s) or any scheme, a host (or *.host / *), a path. */
const pagePattern = /^(https?|\*):\/\/(\*|(\*\.)?[^/*:]+)\/.*$/;

/** True for `<all_urls>` and http(s) host patterns; false for file://, chrome://, malformed strings. */
export function isPagePattern(pattern: string): boolean {
  return pattern === '<all_urls>' || pagePattern.test(pattern);
}

/**
 * The pattern for "this site" from a page address: `https://host/*`. Only https: the manifest's optional host
 * permission is `https://*\/*`, so an http page (even localhost) can't be asked for, and chat tools worth a
 * credential are served over https. Undefined for anything else.
 */
export function sitePatternForUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' || !parsed.hostname) return undefined;
    return `https://${parsed.hostname}/*`;
  } catch {
    return undefined;
  }
}

/** The host a pattern names ("chat.example.com", "*.example.com", "all sites" as "*"). */
export function hostOfPattern(pattern: string): string {
  if (pattern === '<all_urls>') return '*';
  return /^[^:]+:\/\/([^/]+)\//.exec(pattern)?.[1] ?? pattern;
}

const knownHosts: readonly string[] = Object.values(siteHosts).flat();

/** True when a page address or pattern is one of the five AI sites (they have their own content script). */
export function isKnownAiHost(host: string): boolean {
  return knownHosts.includes(host);
}

/**
 * The patterns a portal needs host access for (its own address, Canvas's upload hosts). These never get the
 * content script: a portal is where traces go, not a chat, and a Capture button there would only confuse.
 */
export function portalPatterns(portals: readonly PortalProfile[]): string[] {
  const patterns = portals.flatMap((portal) => {
    if (portal.kind === 'generic') return patternsOfAddress(portal.url);
    if (portal.kind === 'canvas') return [...patternsOfAddress(portal.baseUrl), ...portal.uploadOrigins];
    return [];
  });
  return [...new Set(patterns)];
}

function patternsOfAddress(address: string): string[] {
  try {
    const parsed = new URL(address);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return [];
    // Match patterns carry no port; a portal at https://host:8443 is covered by https://host/*.
    return [`${parsed.protocol}//${parsed.hostname}/*`];
  } catch {
    return [];
  }
}

/**
 * The granted host patterns that get the content script at run time: every page pattern the extension holds,
 * however it was granted (the teacher's click, the manifest, district policy, the browser's site settings),
 * except the five AI sites (they keep the static content script) and the portals.
 */
export function webSitePatterns(granted: readonly string[], portals: readonly string[]): string[] {
  const excluded = new Set([...chatSiteMatches, ...portals]);
  return [...new Set(granted)].filter((pattern) => isPagePattern(pattern) && !excluded.has(pattern)).sort();
}

/**
 * Pages the registered script must skip even when a broad grant (e.g. `https://*\/*`) covers them: the AI sites
 * (their own content script runs there) and the portals.
 */
export function webSiteExclusions(portals: readonly string[]): string[] {
  return [...new Set([...chatSiteMatches, ...portals.filter(isPagePattern)])].sort();
}
