import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import type { SiteAdapter } from '../adapters/types';
import { autoRecordStorageKey } from './auto-record-key';

/**
 * Auto-record per AI site. Off by default everywhere: capture happens only when the teacher asks.
 * District policy can fix a site's value (lib/settings/managed.ts `mergeAutoRecord`); the content script
 * reads both directly (lib/content/auto-record-setting.ts).
 */
export const AutoRecordSettings = z.record(z.string(), z.boolean());
/** Keyed by AI site id (`claude`), or by origin (`https://chat.example.com`) on a site the teacher allowed. */
export type AutoRecordSettings = Partial<Record<SiteAdapter['id'] | `https://${string}`, boolean>>;

export const autoRecordItem = storage.defineItem<AutoRecordSettings>(`local:${autoRecordStorageKey}`, {
  fallback: {},
  version: 1,
});
