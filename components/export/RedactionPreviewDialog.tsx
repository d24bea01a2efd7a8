import { useEffect, useId, useRef, useState } from 'react';
import { t } from '@/lib/i18n/t';
import type { RedactionCandidate } from '@/lib/redaction/apply';
import { redactionKinds, type RedactionKind } from '@/lib/redaction/kinds';
import { RedactionFindingItem } from './RedactionFindingItem';

export interface RedactionPreviewDialogProps {
  /** Null while closed. */
  candidates: RedactionCandidate[] | null;
  /** Name of the file about to be written, shown in the heading's description. */
  fileName: string;
  onConfirm: (keep: Set<string>) => void;
  onCancel: () => void;
  /**
   * Adds a term the detectors missed; resolves to how often it appears (0: not in the trace). The parent
   * passes the new candidate list back through `candidates`. Without it the add-a-term field is hidden.
   */
  onAddTerm?: (term: string) => Promise<number> | number;
  /** The dialog's heading and confirm button; "Check for student data before exporting" and "Export" by default. */
  title?: string;
  confirmLabel?: string;
}

export function kindLabel(kind: RedactionKind): string {
  return t(`redaction_kind_${kind}`);
}

/**
 * The preview before any export: every likely piece of student data, grouped by kind, each in its context with
 * the reason it was flagged and the pseudonym that replaces it; redacted by default. A checkbox keeps one item
 * as written (a false positive); "Keep all" / "Redact all" do a whole kind; a field adds a term ShowWork missed.
 * A native modal <dialog> traps focus and closes on Escape.
 */
export function RedactionPreviewDialog({
  candidates,
  fileName,
  onConfirm,
  onCancel,
  onAddTerm,
  title = t('export_previewTitle'),
  confirmLabel = t('export_confirm'),
}: RedactionPreviewDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const textId = useId();
  const termId = useId();
  const termHelpId = useId();
  const [keep, setKeep] = useState<Set<string>>(new Set());
  const [term, setTerm] = useState('');
  const [termStatus, setTermStatus] = useState('');
  const isOpen = candidates !== null;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) {
      setKeep(new Set());
      setTerm('');
      setTermStatus('');
      dialog.showModal();
      confirmRef.current?.focus();
    } else if (!isOpen && dialog.open) {
      dialog.close();
    }
  }, [isOpen]);

  const setRedacted = (ids: string[], redact: boolean) => {
    const next = new Set(keep);
    for (const id of ids) {
      if (redact) next.delete(id);
      else next.add(id);
    }
    setKeep(next);
  };
  const list = candidates ?? [];
  const redactedCount = list.filter((c) => !keep.has(c.id)).length;
  const groups = redactionKinds
    .map((kind) => ({ kind, items: list.filter((c) => c.kind === kind) }))
    .filter((g) => g.items.length > 0);

  const addTerm = async () => {
    const text = term.trim();
    if (!text || !onAddTerm) return;
    const count = await onAddTerm(text);
    setTermStatus(count > 0 ? t('redaction_addTermAdded', text, count) : t('redaction_addTermNotFound', text));
    if (count > 0) setTerm('');
  };

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
      {groups.map(({ kind, items }) => {
        const ids = items.map((c) => c.id);
        const label = kindLabel(kind);
        return (
          <section key={kind} className="ex-kind-group" aria-label={t('redaction_groupCount', label, items.length)}>
            <div className="ex-kind-head">
              <h3>{t('redaction_groupCount', label, items.length)}</h3>
              <button type="button" onClick={() => setRedacted(ids, true)}>
                {t('redaction_redactAll', label)}
              </button>
              <button type="button" onClick={() => setRedacted(ids, false)}>
                {t('redaction_keepAll', label)}
              </button>
            </div>
            <ul className="ex-candidates" aria-label={t('export_previewListLabel')}>
              {items.map((c) => (
                <RedactionFindingItem
                  key={c.id}
                  candidate={c}
                  kindLabel={label}
                  redact={!keep.has(c.id)}
                  onChange={(redact) => setRedacted([c.id], redact)}
                />
              ))}
            </ul>
          </section>
        );
      })}
      {list.length > 0 && (
        <p role="status" aria-live="polite" className="muted">
          {t('export_previewCount', redactedCount, list.length)}
        </p>
      )}
      {onAddTerm && (
        <form
          className="ex-field"
          onSubmit={(event) => {
            event.preventDefault();
            void addTerm();
          }}
        >
          <label htmlFor={termId}>{t('redaction_addTermLabel')}</label>
          <span className="ex-term-row">
            <input
              id={termId}
              type="text"
              value={term}
              aria-describedby={termHelpId}
              onChange={(e) => setTerm(e.target.value)}
            />
            <button type="submit">{t('redaction_addTermButton')}</button>
          </span>
          <span id={termHelpId} className="muted">
            {t('redaction_addTermHelp')}
          </span>
          <span role="status" aria-live="polite">
            {termStatus}
          </span>
        </form>
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
