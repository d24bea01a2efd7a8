import { browser } from 'wxt/browser';

/**
 * Host permissions for portals that don't answer CORS (Canvas and its upload host). None are granted at
 * install (manifest: optional_host_permissions https://*\/*); each is asked for from the teacher's click.
 */

/** The match pattern covering a URL's host, e.g. https://district.instructure.com/* (match patterns carry no port). */
export function originPatternOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/** Upload hosts to ask for with a Canvas address. Instructure-hosted Canvas stores files with its file service. */
export function suggestCanvasUploadOrigins(baseUrl: string): string[] {
  let host: string;
  try {
    host = new URL(baseUrl).hostname;
  } catch {
    return [];
  }
  return host.endsWith('.instructure.com')
    ? ['https://*.instructure-uploads.com/*', 'https://*.inscloudgate.net/*']
    : [];
}

/** True when a match pattern is one ShowWork may request (https only; the manifest allows nothing else). */
export function isRequestablePattern(pattern: string): boolean {
  return /^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/i.test(pattern);
}

/** Whether the browser already lets ShowWork reach all these patterns. */
export async function hasHostPermission(patterns: string[]): Promise<boolean> {
  if (patterns.length === 0) return true;
  try {
    return await browser.permissions.contains({ origins: patterns });
  } catch {
    return false;
  }
}

/** Whether ShowWork may reach one origin (e.g. https://upload.example.com), for the service worker's checks. */
export async function hasOriginPermission(origin: string): Promise<boolean> {
  return hasHostPermission([originPatternOf(origin)]);
}

/**
 * Asks the browser (and the teacher) for host access. Must be called straight from a click handler, before
 * any other await: browsers only show the prompt during a user gesture. Resolves false on refusal or error.
 */
export async function requestHostPermission(patterns: string[]): Promise<boolean> {
  const wanted = patterns.filter(isRequestablePattern);
  if (wanted.length === 0) return patterns.length === 0;
  try {
    return await browser.permissions.request({ origins: wanted });
  } catch {
    return false;
  }
}

/** Loopback http (tests, a receiver on the teacher's own machine) needs no host permission in practice. */
export function isLoopbackUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
  } catch {
    return false;
  }
}

/** The patterns a Canvas profile needs: the Canvas host (unless loopback) and its upload hosts. */
export function canvasPermissionPatterns(baseUrl: string, uploadOrigins: readonly string[]): string[] {
  const patterns = isLoopbackUrl(baseUrl) ? [] : [originPatternOf(baseUrl)];
  return [...new Set([...patterns, ...uploadOrigins.filter(isRequestablePattern)])];
}
