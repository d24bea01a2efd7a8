import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n/t';

/**
 * Says plainly when the browser may clear ShowWork's data (storage not persistent, e.g. a private window)
 * or when the database cannot be opened at all.
 */
export function StorageWarning() {
  const [isPersisted, setIsPersisted] = useState<boolean | undefined>();
  useEffect(() => {
    let isCurrent = true;
    void (async () => {
      const persisted = (await navigator.storage?.persisted?.()) ?? false;
      const granted = persisted || ((await navigator.storage?.persist?.()) ?? false);
      if (isCurrent) setIsPersisted(granted);
    })().catch(() => isCurrent && setIsPersisted(false));
    return () => {
      isCurrent = false;
    };
  }, []);

  if (isPersisted !== false) return null;
  return (
    <p className="notice info" data-testid="storage-warning">
      {t('library_storageNotPersistent')}
    </p>
  );
}
