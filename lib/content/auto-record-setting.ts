import { browser } from 'wxt/browser';
import { autoRecordStorageKey } from '../settings/auto-record-key';

type Settings = Record<string, boolean>;

function asSettings(value: unknown): Settings {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter(([, on]) => typeof on === 'boolean')) as Settings;
}

/** Calls `onChange` with the per-site auto-record switches now and whenever they change; returns an unsubscribe. */
export function watchAutoRecordSetting(onChange: (settings: Settings) => void): () => void {
  void browser.storage.local.get(autoRecordStorageKey).then((stored) => onChange(asSettings(stored[autoRecordStorageKey])));
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && autoRecordStorageKey in changes) onChange(asSettings(changes[autoRecordStorageKey]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
