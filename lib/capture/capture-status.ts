import { storage } from 'wxt/utils/storage';
import type { SiteId } from '../model/site';
import type { ReaderId } from '../model/conversation';

/**
 * The outcome of the latest capture, for the side panel's status line. In `storage.session`:
 * extension contexts only (content scripts can't read it) and gone when the browser closes.
 */
export interface CaptureStatus {
  ok: boolean;
  /** What the teacher reads: "Captured 12 turns" or why nothing was captured. */
  message: string;
  tabId?: number;
  site?: SiteId;
  /** Which reader read the page; `structural` makes the panel ask the teacher to check the turns. */
  reader?: ReaderId;
  conversationId?: string;
  /** The trace the capture landed in, when it made or found one. */
  traceId?: string;
  at: number;
}

export const captureStatusItem = storage.defineItem<CaptureStatus | null>('session:captureStatus', {
  fallback: null,
});
