import type { PortalProfile } from '../settings/portals';
import { testCanvasConnection } from './canvas';
import type { ConnectionTestResult } from './errors';
import { testGenericPortal } from './generic-portal';
import type { FetchLike } from './http';

/** Time limit of a connection test: long enough for a slow school network, short enough to wait for. */
export const connectionTestTimeoutMs = 15_000;

/**
 * "Test connection" for any portal profile with the token typed or saved. Sends only a read request
 * (nothing is submitted). Canvas needs its host permission first: the caller requests it from the click.
 */
export async function testPortalConnection(
  profile: PortalProfile,
  token: string | undefined,
  options: { timeoutMs?: number; fetch?: FetchLike } = {},
): Promise<ConnectionTestResult> {
  const timeoutMs = options.timeoutMs ?? connectionTestTimeoutMs;
  if (profile.kind === 'generic')
    return testGenericPortal({ url: profile.url, token, timeoutMs, fetch: options.fetch });
  if (profile.kind === 'canvas') {
    if (!token) return { ok: false, code: 'missing-token' };
    return testCanvasConnection(
      { baseUrl: profile.baseUrl, token, timeoutMs, fetch: options.fetch },
      profile.courseId && profile.assignmentId
        ? { courseId: profile.courseId, assignmentId: profile.assignmentId }
        : undefined,
    );
  }
  return { ok: true };
}
