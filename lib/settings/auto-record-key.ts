/**
 * Where the per-site auto-record switches live in `storage.local`. A separate, data-only module so the
 * content script can read the setting without bundling the storage library (60 KB budget).
 */
export const autoRecordStorageKey = 'autoRecord';
