import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { readWebSiteAccess, type WebSiteAccess } from '@/lib/site-access/read-web-sites';

/** The sites ShowWork works on besides the five AI sites, kept current as grants and portals change. */
export function useWebSiteAccess(): WebSiteAccess | undefined {
  const [access, setAccess] = useState<WebSiteAccess>();
  useEffect(() => {
    let alive = true;
    const load = () =>
      void readWebSiteAccess()
        .then((next) => alive && setAccess(next))
        .catch(() => alive && setAccess({ sites: [], portals: [] }));
    load();
    const onStorage = () => load();
    browser.permissions.onAdded.addListener(load);
    browser.permissions.onRemoved.addListener(load);
    browser.storage.onChanged.addListener(onStorage);
    return () => {
      alive = false;
      browser.permissions.onAdded.removeListener(load);
      browser.permissions.onRemoved.removeListener(load);
      browser.storage.onChanged.removeListener(onStorage);
    };
  }, []);
  return access;
}
