import { useId, useRef, useState } from 'react';
import { getDatabase } from '@/lib/db/schema';
import { t } from '@/lib/i18n/t';
import { backupFileName, createBackup } from '@/lib/backup/export';
import type { BackupFile } from '@/lib/backup/format';
import { applyImport, planImport, readBackupText, type ImportPlan } from '@/lib/backup/import';

/** A backup bigger than this is refused before reading: far beyond any real library, protects the page. */
const maxBackupBytes = 512 * 1024 * 1024;

function describePlan(plan: ImportPlan): string {
  return t(
    'options_backup_planCounts',
    plan.add.conversations,
    plan.add.turns,
    plan.add.traces,
    plan.add.frameworks,
    plan.add.settings + plan.add.portals,
  );
}

/** Back up the whole library to one file, and restore (merge) one, showing what it will add first. */
export function BackupSection() {
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [pending, setPending] = useState<{
    backup: BackupFile;
    plan: ImportPlan;
    fileName: string;
    dropped: string[];
  }>();
  const [busy, setBusy] = useState(false);
  const fileInputId = useId();
  const fileInput = useRef<HTMLInputElement>(null);

  const download = async () => {
    setBusy(true);
    setError('');
    try {
      const { text, backup } = await createBackup(getDatabase());
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = backupFileName();
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setStatus(t('options_backup_made', backup.counts.conversations, backup.counts.traces));
    } catch {
      setError(t('options_backup_failed'));
    } finally {
      setBusy(false);
    }
  };

  const choose = async (file: File | undefined) => {
    setPending(undefined);
    setStatus('');
    setError('');
    if (!file) return;
    if (file.size > maxBackupBytes) {
      setError(t('options_backup_problem_tooLarge'));
      return;
    }
    setBusy(true);
    try {
      const read = await readBackupText(await file.text());
      if (!read.ok) {
        setError(
          read.setting
            ? t('backup_problem_invalidSetting', t(read.setting.label), read.setting.field)
            : t(`options_backup_problem_${read.problem.replace('-', '_')}`),
        );
        return;
      }
      const plan = await planImport(getDatabase(), read.backup);
      setPending({ backup: read.backup, plan, fileName: file.name, dropped: read.droppedSettings });
    } finally {
      setBusy(false);
    }
  };

  const restore = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      const added = await applyImport(getDatabase(), pending.backup);
      setStatus(t('options_backup_restored', describePlan(added)));
      setPending(undefined);
      if (fileInput.current) fileInput.current.value = '';
    } catch {
      setError(t('options_backup_restoreFailed'));
    } finally {
      setBusy(false);
    }
  };

  const nothingToAdd = pending && Object.values(pending.plan.add).every((n) => n === 0);

  return (
    <section className="opt-section" aria-labelledby="opt-backup-heading">
      <h2 id="opt-backup-heading">{t('options_backup_heading')}</h2>
      <p className="muted">{t('options_backup_intro')}</p>
      <div className="opt-actions">
        <button type="button" onClick={() => void download()} disabled={busy}>
          {t('options_backup_download')}
        </button>
      </div>
      <div className="opt-form">
        <label htmlFor={fileInputId}>{t('options_backup_restoreLabel')}</label>
        <input
          id={fileInputId}
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </div>
      {pending && (
        <div className="notice info">
          <p>
            {nothingToAdd
              ? t('options_backup_nothingNew', pending.fileName)
              : t('options_backup_planIntro', pending.fileName)}
          </p>
          {!nothingToAdd && <p>{describePlan(pending.plan)}</p>}
          {pending.dropped.length > 0 && <p>{t('backup_droppedSettings', pending.dropped.join(', '))}</p>}
          <div className="opt-actions">
            {!nothingToAdd && (
              <button type="button" className="primary" onClick={() => void restore()} disabled={busy}>
                {t('options_backup_confirmRestore')}
              </button>
            )}
            <button type="button" onClick={() => setPending(undefined)}>
              {t('options_backup_cancel')}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
      <p role="status" className="opt-status">
        {status}
      </p>
    </section>
  );
}
