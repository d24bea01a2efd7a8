import { browser } from 'wxt/browser';
import { autoRecordStorageKey } from '../settings/auto-record-key';

type Settings = Record<string, boolean>;

function asSettings(value: unknown): Settings {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter(([, on]) => typeof on === 'boolean')) as Settings;
}

/** District policy (managed storage) wins over the teacher's own switch for the sites it sets. */
async function readManaged(): Promise<Settings> {
  try {
    return asSettings((await browser.storage.managed.get(autoRecordStorageKey))[autoRecordStorageKey]);
  } catch {
    // No policy installed (Firefox throws then): nothing managed.
    return {};
  }
}

/**
 * Calls `onChange` with the effective per-site auto-record switches (teacher's, overridden by district policy)
 * now and whenever either changes; returns an unsubscribe. Reads storage directly so the content script
 * doesn't bundle the storage library (60 KB budget).
 */
export function watchAutoRecordSetting(onChange: (settings: Settings) => void): () => void {
  let local: Settings = {};
  let managed: Settings = {};
  const emit = () => onChange({ ...local, ...managed });
  void Promise.all([browser.storage.local.get(autoRecordStorageKey), readManaged()]).then(([stored, policy]) => {
    local = asSettings(stored[autoRecordStorageKey]);
    managed = policy;
    emit();
  });
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (!(autoRecordStorageKey in changes)) return;
    if (area === 'local') local = asSettings(changes[autoRecordStorageKey]!.newValue);
    else if (area === 'managed') managed = asSettings(changes[autoRecordStorageKey]!.newValue);
    else return;
    emit();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
