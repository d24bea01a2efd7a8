import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { findSiteForUrl } from '@/lib/adapters/site-for-url';
import { siteLabels } from '@/lib/model/site';
import type { SiteAdapter } from '@/lib/adapters/types';
import { autoRecordItem, type AutoRecordSettings } from '@/lib/settings/auto-record';
import { mergeAutoRecord } from '@/lib/settings/managed';
import { useManagedPolicy } from '@/components/options/use-managed-policy';
import { t } from '@/lib/i18n/t';

/** The AI site of the tab beside the panel, kept current as the teacher switches tabs; undefined elsewhere. */
function useActiveTabSite(): SiteAdapter['id'] | undefined {
  const [site, setSite] = useState<SiteAdapter['id']>();
  useEffect(() => {
    const refresh = () =>
      void browser.tabs
        .query({ active: true, currentWindow: true })
        .then(([tab]) => setSite(tab?.url ? findSiteForUrl(tab.url) : undefined))
        .catch(() => setSite(undefined));
    refresh();
    browser.tabs.onActivated.addListener(refresh);
    browser.tabs.onUpdated.addListener(refresh);
    return () => {
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(refresh);
    };
  }, []);
  return site;
}

/** "Auto-record on Claude": the per-site switch, right where the teacher is, for the AI site in the current tab. */
export function AutoRecordToggle() {
  const site = useActiveTabSite();
  const policy = useManagedPolicy();
  const [stored, setStored] = useState<AutoRecordSettings | null>(null);
  useEffect(() => {
    void autoRecordItem.getValue().then(setStored);
    return autoRecordItem.watch(setStored);
  }, []);

  if (!site || !policy) return null;
  const { value, managedSites } = mergeAutoRecord(stored ?? {}, policy);
  const isManaged = managedSites.includes(site);
  const toggle = (on: boolean) => void autoRecordItem.setValue({ ...(stored ?? {}), [site]: on });

  return (
    <p className="auto-record-toggle">
      <input
        id="panel-auto-record"
        type="checkbox"
        checked={value[site] === true}
        disabled={isManaged}
        onChange={(event) => toggle(event.target.checked)}
        aria-describedby="panel-auto-record-help"
      />{' '}
      <label htmlFor="panel-auto-record">{t('library_autoRecordOn', siteLabels[site])}</label>
      <br />
      <small id="panel-auto-record-help" className="muted">
        {isManaged ? t('library_autoRecordManaged') : t('library_autoRecordHelp')}
      </small>
    </p>
  );
}
