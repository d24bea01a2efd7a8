import { useId, useState, type FormEvent } from 'react';
import './sites-section.css';
import { t } from '@/lib/i18n/t';
import { judgeSiteChoice, removeSiteAccess, requestSiteAccess } from '@/lib/site-access/request-site-access';
import { hostOfPattern } from '@/lib/site-access/web-site-patterns';
import { autoRecordItem } from '@/lib/settings/auto-record';
import { mergeAutoRecord } from '@/lib/settings/managed';
import { ManagedNote } from './ManagedNote';
import { useManagedPolicy } from './use-managed-policy';
import { useStoredValue } from './use-stored-value';
import { useWebSiteAccess } from './use-web-site-access';

/**
 * The AI chat sites ShowWork works on besides the five it knows: every site the browser lets it reach (added
 * here, from the side panel or the toolbar menu, or granted in the browser's settings or by policy), except
 * portals. Add asks the browser for the site; Remove gives the permission back.
 */
export function SitesSection() {
  const headingId = useId();
  const fieldId = useId();
  const helpId = useId();
  const access = useWebSiteAccess();
  const policy = useManagedPolicy();
  const autoRecord = useStoredValue(autoRecordItem);
  const [address, setAddress] = useState('');
  const [status, setStatus] = useState('');
  const [isError, setIsError] = useState(false);
  if (!access || !policy || autoRecord === undefined) return null;
  const { value: autoRecordOn, managedSites } = mergeAutoRecord(autoRecord ?? {}, policy);

  const say = (message: string, error = false) => {
    setStatus(message);
    setIsError(error);
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    const choice = judgeSiteChoice(address, access.portals);
    if (choice.kind === 'invalid') return say(t('siteAccess_notAllowable'), true);
    if (choice.kind === 'known') return say(t('siteAccess_alreadyKnown', choice.label), true);
    if (choice.kind === 'portal') return say(t('siteAccess_isPortal', choice.host), true);
    // Straight from the submit, nothing awaited first: browsers prompt only during the teacher's action.
    void requestSiteAccess(choice.pattern).then((granted) => {
      if (granted) setAddress('');
      say(t(granted ? 'siteAccess_added' : 'siteAccess_refused', choice.host), !granted);
    });
  };

  const remove = async (pattern: string) => {
    const host = hostLabel(pattern);
    const outcome = await removeSiteAccess(pattern);
    say(t(outcome === 'removed' ? 'siteAccess_removed' : 'siteAccess_removeRequired', host), outcome !== 'removed');
  };

  return (
    <section className="opt-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('siteAccess_optionsHeading')}</h2>
      <p className="muted" id={helpId}>
        {t('siteAccess_optionsIntro')}
      </p>
      {access.sites.length === 0 ? (
        <p>{t('siteAccess_none')}</p>
      ) : (
        <ul className="opt-sites" aria-label={t('siteAccess_listLabel')}>
          {access.sites.map((pattern) => {
            const origin = originOf(pattern);
            const isManaged = origin !== undefined && managedSites.includes(origin);
            const checkboxId = `${headingId}-auto-${pattern}`;
            return (
              <li key={pattern} className="opt-site">
                <span className="opt-site-host">{hostLabel(pattern)}</span>
                {origin && (
                  <span className="opt-check">
                    <input
                      id={checkboxId}
                      type="checkbox"
                      checked={autoRecordOn[origin] === true}
                      disabled={isManaged}
                      onChange={(e) =>
                        void autoRecordItem.setValue({ ...(autoRecord ?? {}), [origin]: e.target.checked })
                      }
                    />
                    <label htmlFor={checkboxId}>{t('siteAccess_autoRecordOn', hostLabel(pattern))}</label>
                    {isManaged && <ManagedNote id={`${checkboxId}-managed`} />}
                  </span>
                )}
                <button
                  type="button"
                  aria-label={t('siteAccess_removeLabel', hostLabel(pattern))}
                  onClick={() => void remove(pattern)}
                >
                  {t('siteAccess_remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form onSubmit={add}>
        <label htmlFor={fieldId}>{t('siteAccess_addLabel')}</label>{' '}
        <input
          id={fieldId}
          type="text"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          placeholder="https://chat.example.com"
          value={address}
          aria-describedby={helpId}
          onChange={(e) => {
            setAddress(e.target.value);
            setStatus('');
          }}
        />{' '}
        <button type="submit">{t('siteAccess_addButton')}</button>
      </form>
      <p role="status" aria-live="polite" className={isError ? 'opt-status error' : 'opt-status'}>
        {status}
      </p>
    </section>
  );
}

function hostLabel(pattern: string): string {
  const host = hostOfPattern(pattern);
  return host === '*' ? t('siteAccess_allSites') : host;
}

/** The origin auto-record is keyed by, for a one-host https pattern; none for wildcard patterns. */
function originOf(pattern: string): `https://${string}` | undefined {
  const host = hostOfPattern(pattern);
  return pattern.startsWith('https://') && !host.includes('*') ? `https://${host}` : undefined;
}
