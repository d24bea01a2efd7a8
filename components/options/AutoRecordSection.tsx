import { useId, useState } from 'react';
import { t } from '@/lib/i18n/t';
import { siteLabels } from '@/lib/model/site';
import { autoRecordItem, type AutoRecordSettings } from '@/lib/settings/auto-record';
import { mergeAutoRecord } from '@/lib/settings/managed';
import { ManagedNote } from './ManagedNote';
import { useManagedPolicy } from './use-managed-policy';
import { useStoredValue } from './use-stored-value';

const sites = ['chatgpt', 'claude', 'gemini', 'copilot', 'perplexity'] as const;

/** Auto-record per AI site (off unless the teacher, or the district, turns it on). */
export function AutoRecordSection() {
  const policy = useManagedPolicy();
  const stored = useStoredValue(autoRecordItem);
  const [status, setStatus] = useState('');
  const noteId = useId();
  if (!policy || stored === undefined) return null;
  const { value, managedSites } = mergeAutoRecord(stored ?? {}, policy);

  const toggle = async (site: (typeof sites)[number], on: boolean) => {
    const next: AutoRecordSettings = { ...(stored ?? {}), [site]: on };
    await autoRecordItem.setValue(next);
    setStatus(t(on ? 'options_autoRecord_turnedOn' : 'options_autoRecord_turnedOff', siteLabels[site]));
  };

  return (
    <section className="opt-section" aria-labelledby="opt-autorecord-heading">
      <h2 id="opt-autorecord-heading">{t('options_autoRecord_heading')}</h2>
      <p className="muted">{t('options_autoRecord_intro')}</p>
      <fieldset className="opt-checks">
        <legend className="visually-hidden">{t('options_autoRecord_heading')}</legend>
        {sites.map((site) => {
          const isManaged = managedSites.includes(site);
          return (
            <div key={site} className="opt-check">
              <input
                id={`opt-auto-${site}`}
                type="checkbox"
                checked={value[site] === true}
                disabled={isManaged}
                aria-describedby={isManaged ? `${noteId}-${site}` : undefined}
                onChange={(e) => void toggle(site, e.target.checked)}
              />
              <label htmlFor={`opt-auto-${site}`}>{siteLabels[site]}</label>
              {isManaged && <ManagedNote id={`${noteId}-${site}`} />}
            </div>
          );
        })}
      </fieldset>
      <p role="status" className="opt-status">
        {status}
      </p>
    </section>
  );
}
