import { classifyFetchFailure, type SendOutcome } from './errors';

export type FetchLike = typeof fetch;

/** What `exchange` returns: the handler's value, or the outcome to record when no full answer came. */
export type ExchangeResult<T> = { ok: true; value: T } | { ok: false; outcome: SendOutcome };

/**
 * One HTTP exchange with a time limit covering all of it: sending the body, the headers and reading the
 * answer in `handle`. A network failure or the time limit (including a connection dropped while the
 * answer is read) becomes a retry outcome with `outcomeUnknown`, because the portal may have acted.
 */
export async function exchange<T>(
  fetchImpl: FetchLike,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  handle: (response: Response) => Promise<T>,
): Promise<ExchangeResult<T>> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetchImpl(url, { cache: 'no-store', ...init, signal: controller.signal });
    return { ok: true, value: await handle(response) };
  } catch (error) {
    return { ok: false, outcome: classifyFetchFailure(error, timedOut) };
  } finally {
    clearTimeout(timer);
  }
}

/** True for URLs ShowWork may send a token to: https anywhere, http only on this machine (tests, local receivers). */
export function isAllowedPortalUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}
