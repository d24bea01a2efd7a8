import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { readManagedPolicy, type ManagedPolicy } from '@/lib/settings/managed';

/** The district's policy, kept current when IT changes it while the page is open. Undefined while loading. */
export function useManagedPolicy(): ManagedPolicy | undefined {
  const [policy, setPolicy] = useState<ManagedPolicy>();
  useEffect(() => {
    let alive = true;
    const load = () => void readManagedPolicy().then((p) => alive && setPolicy(p));
    load();
    const onChanged = (_changes: unknown, area: string) => {
      if (area === 'managed') load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return policy;
}
