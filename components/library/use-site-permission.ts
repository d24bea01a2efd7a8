import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/** Whether ShowWork holds host permission for `pattern`, kept current as grants change. Undefined while checking. */
export function useSitePermission(pattern: string | undefined): boolean | undefined {
  const [isGranted, setIsGranted] = useState<boolean>();
  useEffect(() => {
    if (!pattern) return;
    let alive = true;
    const check = () =>
      void browser.permissions
        .contains({ origins: [pattern] })
        .then((granted) => alive && setIsGranted(granted))
        .catch(() => alive && setIsGranted(false));
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      alive = false;
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, [pattern]);
  return pattern ? isGranted : undefined;
}
