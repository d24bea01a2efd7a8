import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/**
 * The address of the tab beside the panel, kept current as the teacher switches tabs or navigates. Undefined when
 * the browser doesn't tell: ShowWork has no `tabs` permission, so other sites' addresses are visible only where it
 * has host access, or after the teacher used ShowWork on that tab (activeTab).
 */
export function useActiveTabUrl(): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    let alive = true;
    const refresh = () =>
      void browser.tabs
        .query({ active: true, currentWindow: true })
        .then(([tab]) => alive && setUrl(tab?.url))
        .catch(() => alive && setUrl(undefined));
    refresh();
    browser.tabs.onActivated.addListener(refresh);
    browser.tabs.onUpdated.addListener(refresh);
    // A grant (or a one-off capture's activeTab) can make the address visible without a tab event.
    browser.permissions.onAdded.addListener(refresh);
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(refresh);
      browser.permissions.onAdded.removeListener(refresh);
    };
  }, []);
  return url;
}
