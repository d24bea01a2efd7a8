import { t } from '@/lib/i18n/t';
import type { RedactionCandidate } from '@/lib/redaction/apply';

/** Why a finding was flagged, in the teacher's language: "in the “Lunch #” column", "roster name". */
export function reasonText(candidate: RedactionCandidate): string {
  return t(`redaction_reason_${candidate.reason.code}`, candidate.reason.detail);
}

/**
 * One finding of the redaction preview: a checkbox (ticked = redacted) whose name says the kind and the text,
 * the finding highlighted in its context, why it was flagged, and what it becomes.
 */
export function RedactionFindingItem({
  candidate: c,
  kindLabel,
  redact,
  onChange,
}: {
  candidate: RedactionCandidate;
  kindLabel: string;
  redact: boolean;
  onChange: (redact: boolean) => void;
}) {
  return (
    <li>
      <label>
        <input type="checkbox" checked={redact} onChange={(e) => onChange(e.target.checked)} />
        <span>
          <span className="visually-hidden">{t('export_previewRedact')} </span>
          <span className="ex-kind">{kindLabel}</span>
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
            {t('redaction_reasonPrefix')} {reasonText(c)}
          </span>
          <br />
          <span className="muted">{redact ? t('export_previewBecomes', c.replacement) : t('export_previewKept')}</span>
        </span>
      </label>
    </li>
  );
}
