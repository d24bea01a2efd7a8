import { t } from '@/lib/i18n/t';

/** Says plainly that the structural reader read this conversation, and that the controls below fix its turns. */
export function ReaderNote() {
  return (
    <div className="notice info" role="note">
      <p>
        <strong>{t('turnFixes_readerNote')}</strong>
      </p>
      <p>{t('turnFixes_readerHint')}</p>
    </div>
  );
}
