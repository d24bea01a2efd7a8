import { useEffect, useId, useRef, useState } from 'react';
import { t } from '@/lib/i18n/t';
import type { RedactionCandidate } from '@/lib/redaction/apply';

export interface RedactionPreviewDialogProps {
  /** Null while closed. */
  candidates: RedactionCandidate[] | null;
  /** Name of the file about to be written, shown in the heading's description. */
  fileName: string;
  onConfirm: (keep: Set<string>) => void;
  onCancel: () => void;
  /** The dialog's heading and confirm button; "Check for student data before exporting" and "Export" by default. */
  title?: string;
  confirmLabel?: string;
}

function kindLabel(kind: RedactionCandidate['kind']): string {
  return t(`export_kind_${kind}`);
}

/**
 * The preview before any export: every likely piece of student data, highlighted in its context, redacted
 * by default; unticking one keeps it (a false positive). A native modal <dialog> traps focus and closes on
 * Escape. The confirm button says "Export".
 */
export function RedactionPreviewDialog({
  candidates,
  fileName,
  onConfirm,
  onCancel,
  title = t('export_previewTitle'),
  confirmLabel = t('export_confirm'),
}: RedactionPreviewDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const textId = useId();
  const [keep, setKeep] = useState<Set<string>>(new Set());
  const isOpen = candidates !== null;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) {
      setKeep(new Set());
      dialog.showModal();
      confirmRef.current?.focus();
    } else if (!isOpen && dialog.open) {
      dialog.close();
    }
  }, [isOpen]);

  const toggle = (id: string, redact: boolean) => {
    const next = new Set(keep);
    if (redact) next.delete(id);
    else next.add(id);
    setKeep(next);
  };
  const list = candidates ?? [];
  const redactedCount = list.length - keep.size;

  return (
    <dialog
      ref={ref}
      className="ex-dialog"
      aria-labelledby={headingId}
      aria-describedby={textId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={headingId}>{title}</h2>
      <p id={textId}>
        {list.length === 0 ? t('export_previewNone') : t('export_previewIntro', list.length)}{' '}
        <span className="muted">{t('export_previewFile', fileName)}</span>
      </p>
      {list.length > 0 && (
        <>
          <ul className="ex-candidates" aria-label={t('export_previewListLabel')}>
            {list.map((c) => {
              const redact = !keep.has(c.id);
              return (
                <li key={c.id}>
                  <label>
                    <input type="checkbox" checked={redact} onChange={(e) => toggle(c.id, e.target.checked)} />
                    <span>
                      <span className="visually-hidden">{t('export_previewRedact')} </span>
                      <span className="ex-kind">{kindLabel(c.kind)}</span>
                      {c.occurrences > 1 && <span className="muted"> · {t('export_previewTimes', c.occurrences)}</span>}
                      <br />
                      <span className="ex-context captured" dir="auto">
                        {c.context.before && '…'}
                        {c.context.before}
                        <mark>{c.context.match}</mark>
                        {c.context.after}
                        {c.context.after && '…'}
                      </span>
                      <br />
                      <span className="muted">
                        {redact ? t('export_previewBecomes', c.replacement) : t('export_previewKept')}
                      </span>
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
          <p role="status" aria-live="polite" className="muted">
            {t('export_previewCount', redactedCount, list.length)}
          </p>
        </>
      )}
      <p className="muted">{t('export_previewStoredUnchanged')}</p>
      <div className="ex-button-row">
        <button type="button" onClick={onCancel}>
          {t('export_cancel')}
        </button>
        <button ref={confirmRef} type="button" className="primary" onClick={() => onConfirm(new Set(keep))}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
