import { useEffect, useId, useState, type FormEvent } from 'react';
import { t } from '@/lib/i18n/t';
import { parseRosterText, readRoster, rosterLimits, saveRoster } from '@/lib/settings/roster';

/**
 * The class roster exports use to find and redact students' names. Kept only in this browser's local
 * extension storage: never synced, never sent, not in backups.
 */
export function RosterSection() {
  const headingId = useId();
  const fieldId = useId();
  const helpId = useId();
  const [text, setText] = useState<string | undefined>();
  const [status, setStatus] = useState('');

  useEffect(() => {
    void readRoster().then((names) => setText(names.join('\n')));
  }, []);

  if (text === undefined) return null;
  const count = parseRosterText(text).length;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const names = parseRosterText(text);
    await saveRoster(names);
    setText(names.join('\n'));
    setStatus(t('export_rosterSaved', names.length));
  };

  const clear = async () => {
    await saveRoster([]);
    setText('');
    setStatus(t('export_rosterCleared'));
  };

  return (
    <section className="opt-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('export_rosterHeading')}</h2>
      <p className="muted" id={helpId}>
        {t('export_rosterIntro', rosterLimits.maxNames)}
      </p>
      <form onSubmit={(e) => void save(e)}>
        <label htmlFor={fieldId}>{t('export_rosterLabel')}</label>
        <textarea
          id={fieldId}
          rows={8}
          value={text}
          aria-describedby={helpId}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => {
            setText(e.target.value);
            setStatus('');
          }}
        />
        <p className="muted">{t('export_rosterCount', count)}</p>
        <div className="ex-button-row" style={{ justifyContent: 'flex-start' }}>
          <button type="submit" className="primary">
            {t('export_rosterSave')}
          </button>
          <button type="button" onClick={() => void clear()} disabled={text.trim() === ''}>
            {t('export_rosterClear')}
          </button>
        </div>
      </form>
      <p role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
