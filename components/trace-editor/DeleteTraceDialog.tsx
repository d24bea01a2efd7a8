import { useEffect, useId, useRef } from 'react';
import { t } from '@/lib/i18n/t';

export interface DeleteTraceDialogProps {
  isOpen: boolean;
  title: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before deleting a trace. A native modal <dialog>: the browser traps focus, closes on Escape and
 * hides the rest of the page from assistive technology. Focus starts on Cancel, the safe choice.
 */
export function DeleteTraceDialog({ isOpen, title, onConfirm, onCancel }: DeleteTraceDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const textId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!isOpen && dialog.open) {
      dialog.close();
    }
  }, [isOpen]);

  return (
    <dialog
      ref={ref}
      className="te-dialog"
      aria-labelledby={headingId}
      aria-describedby={textId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={headingId}>{t('editor_deleteDialogTitle')}</h2>
      <p id={textId} className="captured" dir="auto">
        {t('editor_deleteDialogText', title)}
      </p>
      <div className="te-button-row">
        <button ref={cancelRef} type="button" onClick={onCancel}>
          {t('editor_cancel')}
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          {t('editor_deleteConfirm')}
        </button>
      </div>
    </dialog>
  );
}
