import type { TraceSummary } from '@/lib/db/traces';
import { labelCredential } from '@/lib/framework/framework-labels';
import type { Framework } from '@/lib/model/framework';
import { t } from '@/lib/i18n/t';
import { formatDateTime } from '@/components/library/format-date';

export interface TraceRowProps {
  summary: TraceSummary;
  framework: Framework | undefined;
  onOpen: (traceId: string) => void;
}

/** One trace in the library: its title opens it; status, credential and last change below. */
export function TraceRow({ summary, framework, onOpen }: TraceRowProps) {
  const credential = summary.credentialId && framework ? labelCredential(framework, summary.credentialId) : undefined;
  return (
    <li className="tl-row">
      <button type="button" className="link tl-title captured" dir="auto" onClick={() => onOpen(summary.id)}>
        {summary.title || t('editor_untitledTrace')}
      </button>
      <span className="tl-meta">
        <span className={`te-status te-status-${summary.status}`}>
          {summary.status === 'ready' ? t('editor_statusReady') : t('editor_statusDraft')}
        </span>{' '}
        {credential ? `${credential} · ` : ''}
        {t('editor_updatedAt', formatDateTime(summary.updatedAt))}
      </span>
    </li>
  );
}
