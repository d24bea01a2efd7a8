import { useId, useState, type FormEvent } from 'react';
import { getDatabase } from '@/lib/db/schema';
import { t } from '@/lib/i18n/t';
import { deleteAllData, isDeleteConfirmation } from '@/lib/privacy/delete-all';

/** "Delete all my data", confirmed by typing a word, so a stray click can't erase a teacher's library. */
export function DeleteAllDataSection() {
  const [isConfirming, setIsConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const word = t('options_delete_confirmWord');

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    if (!isDeleteConfirmation(typed, word)) return;
    setBusy(true);
    try {
      await deleteAllData(getDatabase());
      setStatus(t('options_delete_done'));
      setIsConfirming(false);
      setTyped('');
    } catch {
      setStatus(t('options_delete_failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="opt-section" aria-labelledby="opt-delete-heading">
      <h2 id="opt-delete-heading">{t('options_delete_heading')}</h2>
      <p className="muted">{t('options_delete_intro')}</p>
      {!isConfirming ? (
        <button type="button" className="danger" onClick={() => setIsConfirming(true)}>
          {t('options_delete_button')}
        </button>
      ) : (
        <form className="opt-form" onSubmit={(e) => void confirm(e)}>
          <p className="notice error">{t('options_delete_warning')}</p>
          <label htmlFor={inputId}>{t('options_delete_typeToConfirm', word)}</label>
          <input
            id={inputId}
            type="text"
            autoComplete="off"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoFocus
          />
          <div className="opt-actions">
            <button type="submit" className="danger" disabled={busy || !isDeleteConfirmation(typed, word)}>
              {t('options_delete_confirm')}
            </button>
            <button type="button" onClick={() => setIsConfirming(false)}>
              {t('options_delete_cancel')}
            </button>
          </div>
        </form>
      )}
      <p role="status" className="opt-status">
        {status}
      </p>
    </section>
  );
}
