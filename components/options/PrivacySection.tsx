import { useEffect, useId, useState, type FormEvent } from 'react';
import { getDatabase } from '@/lib/db/schema';
import { t } from '@/lib/i18n/t';
import { runRetentionSweep } from '@/lib/privacy/retention-sweep';
import { maxRetentionDays, readEffectiveRetention, retentionDaysItem } from '@/lib/settings/retention';
import { ManagedNote } from './ManagedNote';
import { useManagedPolicy } from './use-managed-policy';

/** What ShowWork stores, where, and what it sends when; and the retention period. */
export function PrivacySection() {
  const policy = useManagedPolicy();
  const [days, setDays] = useState<string>();
  const [isManaged, setIsManaged] = useState(false);
  const [status, setStatus] = useState('');
  const inputId = useId();
  const helpId = useId();
  const noteId = useId();

  useEffect(() => {
    if (!policy) return;
    void readEffectiveRetention(policy).then((r) => {
      setDays(String(r.days));
      setIsManaged(r.isManaged);
    });
  }, [policy]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const value = Number(days);
    if (!Number.isInteger(value) || value < 0 || value > maxRetentionDays) {
      setStatus(t('options_retention_invalid', maxRetentionDays));
      return;
    }
    await retentionDaysItem.setValue(value);
    const removed = await runRetentionSweep(getDatabase());
    setStatus(
      value === 0
        ? t('options_retention_savedKeep')
        : t('options_retention_saved', value, removed.conversations, removed.traces),
    );
  };

  return (
    <section className="opt-section" aria-labelledby="opt-privacy-heading">
      <h2 id="opt-privacy-heading">{t('options_privacy_heading')}</h2>
      <ul className="opt-privacy-statement">
        <li>{t('options_privacy_stored')}</li>
        <li>{t('options_privacy_where')}</li>
        <li>{t('options_privacy_tokens')}</li>
        <li>{t('options_privacy_sent')}</li>
        <li>{t('options_privacy_nothingElse')}</li>
      </ul>
      <h3>{t('options_retention_heading')}</h3>
      {days !== undefined && (
        <form className="opt-form" onSubmit={(e) => void save(e)}>
          <label htmlFor={inputId}>{t('options_retention_label')}</label>
          <input
            id={inputId}
            type="number"
            min={0}
            max={maxRetentionDays}
            step={1}
            value={days}
            disabled={isManaged}
            aria-describedby={isManaged ? `${helpId} ${noteId}` : helpId}
            onChange={(e) => {
              setDays(e.target.value);
              setStatus('');
            }}
          />
          <p id={helpId} className="muted opt-help">
            {t('options_retention_help')}
          </p>
          {isManaged && <ManagedNote id={noteId} />}
          <div className="opt-actions">
            <button type="submit" disabled={isManaged}>
              {t('options_retention_save')}
            </button>
            <span role="status" className="opt-status">
              {status}
            </span>
          </div>
        </form>
      )}
    </section>
  );
}
