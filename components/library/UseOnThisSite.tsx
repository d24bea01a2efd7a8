import { useEffect, useId, useState } from 'react';
import { judgeSiteChoice, requestSiteAccess } from '@/lib/site-access/request-site-access';
import { autoRecordItem, type AutoRecordSettings } from '@/lib/settings/auto-record';
import { mergeAutoRecord } from '@/lib/settings/managed';
import { useManagedPolicy } from '@/components/options/use-managed-policy';
import { t } from '@/lib/i18n/t';
import { useActiveTabUrl } from './use-active-tab-url';
import { useSitePermission } from './use-site-permission';

/**
 * At the top of the library, for a tab that is not one of the five AI sites: "Use ShowWork on <host>" asks the
 * browser for that site (from this click), after which the page gets the Capture trace button. On a site already
 * allowed, it says so and offers that site's auto-record switch (keyed by origin).
 */
export function UseOnThisSite() {
  const url = useActiveTabUrl();
  const choice = url ? judgeSiteChoice(url) : undefined;
  const pattern = choice?.kind === 'allowable' ? choice.pattern : undefined;
  const isGranted = useSitePermission(pattern);
  const [status, setStatus] = useState('');
  const helpId = useId();
  useEffect(() => setStatus(''), [pattern]);

  if (choice?.kind !== 'allowable' || isGranted === undefined) return null;
  const host = choice.host;

  if (isGranted)
    return (
      <section className="use-on-site" aria-label={t('siteAccess_menuTitle')}>
        <p>{t('siteAccess_panelEnabled', host)}</p>
        <SiteAutoRecordSwitch origin={new URL(url!).origin as `https://${string}`} host={host} />
        <p role="status">{status}</p>
      </section>
    );

  const useHere = () => {
    // The permission request comes first, with nothing awaited before it (Firefox needs the click to be current).
    void requestSiteAccess(choice.pattern).then((granted) =>
      setStatus(t(granted ? 'siteAccess_added' : 'siteAccess_refused', host)),
    );
  };
  return (
    <section className="use-on-site" aria-label={t('siteAccess_menuTitle')}>
      <button type="button" onClick={useHere} aria-describedby={helpId}>
        {t('siteAccess_panelUse', host)}
      </button>
      <br />
      <small id={helpId} className="muted">
        {t('siteAccess_panelHelp')}
      </small>
      <p role="status">{status}</p>
    </section>
  );
}

/** Auto-record on one allowed site, as on the five AI sites (district policy can fix it). */
function SiteAutoRecordSwitch({ origin, host }: { origin: `https://${string}`; host: string }) {
  const policy = useManagedPolicy();
  const [stored, setStored] = useState<AutoRecordSettings | null>(null);
  const id = useId();
  useEffect(() => {
    void autoRecordItem.getValue().then(setStored);
    return autoRecordItem.watch(setStored);
  }, []);
  if (!policy || stored === null) return null;
  const { value, managedSites } = mergeAutoRecord(stored, policy);
  const isManaged = managedSites.includes(origin);
  return (
    <p className="auto-record-toggle">
      <input
        id={id}
        type="checkbox"
        checked={value[origin] === true}
        disabled={isManaged}
        onChange={(event) => void autoRecordItem.setValue({ ...stored, [origin]: event.target.checked })}
      />{' '}
      <label htmlFor={id}>{t('siteAccess_autoRecordOn', host)}</label>
      {isManaged && (
        <>
          <br />
          <small className="muted">{t('library_autoRecordManaged')}</small>
        </>
      )}
    </p>
  );
}
