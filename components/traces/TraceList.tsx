import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { getDatabase } from '@/lib/db/schema';
import { listRecentTraceSummaries, listTraceSummaries, type TraceSummary } from '@/lib/db/traces';
import { listFrameworks } from '@/lib/framework/active-framework';
import { labelCredential } from '@/lib/framework/framework-labels';
import type { Framework } from '@/lib/model/framework';
import { t } from '@/lib/i18n/t';
import { TraceRow } from './TraceRow';
import { filterTraceSummaries, normalizeForSearch, type StatusFilter } from './filter-traces';
import './traces.css';

export interface TraceListProps {
  searchQuery: string;
  onOpenTrace: (traceId: string) => void;
}

/** Rows rendered at first and added per "Show more": 5,000 traces never become 5,000 DOM rows at once. */
const pageSize = 50;
const noCredential = '__none__';

/** The library's traces with status and credential filters and the library search on titles. */
export function TraceList({ searchQuery, onOpenTrace }: TraceListProps) {
  const db = getDatabase();
  const headingId = useId();
  const statusId = useId();
  const credentialId = useId();
  // Reading 5,000 whole traces takes a few hundred ms in Chromium; the newest page and the count come first
  // (the `updatedAt` index), so the list paints at once and filters work when the rest has arrived.
  const firstPage = useLiveQuery(() => listRecentTraceSummaries(db, pageSize), [db]);
  const total = useLiveQuery(() => db.traces.count(), [db]);
  const hasFirstPage = firstPage !== undefined;
  const summaries = useLiveQuery(() => (hasFirstPage ? listTraceSummaries(db) : undefined), [db, hasFirstPage]);
  const frameworks = useLiveQuery(() => listFrameworks(db), [db]);
  const [status, setStatus] = useState<StatusFilter>('all');
  const [credential, setCredential] = useState('all');
  const [shownCount, setShownCount] = useState(pageSize);
  const query = useDeferredValue(searchQuery);

  const byFramework = useMemo(() => new Map((frameworks ?? []).map((f) => [f.id, f] as const)), [frameworks]);
  const searchable = useMemo(
    () => (summaries ?? []).map((summary) => ({ summary, words: normalizeForSearch(summary.title) })),
    [summaries],
  );
  const matches = useMemo(
    () =>
      filterTraceSummaries(searchable, {
        status,
        credentialId: credential === 'all' ? undefined : credential === noCredential ? null : credential,
        query,
      }),
    [searchable, status, credential, query],
  );
  const credentialOptions = useMemo(
    () => listCredentialOptions(summaries ?? [], byFramework),
    [summaries, byFramework],
  );

  if (!frameworks || total === undefined || (!summaries && !firstPage)) return null;
  const resetPaging = () => setShownCount(pageSize);
  const isFiltered = status !== 'all' || credential !== 'all' || query.trim() !== '';
  // Until every summary is read, only the unfiltered first page can be shown truthfully.
  const visible = summaries ? matches : isFiltered ? undefined : firstPage;
  const count = summaries ? summaries.length : total;

  return (
    <section className="tl" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('editor_tracesHeading', count)}</h2>
      {count === 0 ? (
        <p className="muted">{t('editor_tracesEmpty')}</p>
      ) : (
        <>
          <div className="tl-filters">
            <div>
              <label htmlFor={statusId}>{t('editor_filterStatus')}</label>
              <select
                id={statusId}
                value={status}
                onChange={(event) => {
                  setStatus(event.target.value as StatusFilter);
                  resetPaging();
                }}
              >
                <option value="all">{t('editor_filterAll')}</option>
                <option value="draft">{t('editor_statusDraft')}</option>
                <option value="ready">{t('editor_statusReady')}</option>
              </select>
            </div>
            <div>
              <label htmlFor={credentialId}>{t('editor_filterCredential')}</label>
              <select
                id={credentialId}
                value={credential}
                onChange={(event) => {
                  setCredential(event.target.value);
                  resetPaging();
                }}
              >
                <option value="all">{t('editor_filterAll')}</option>
                {credentialOptions.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.label}
                  </option>
                ))}
                <option value={noCredential}>{t('editor_filterNoCredential')}</option>
              </select>
            </div>
          </div>
          <p className="tl-count" role="status">
            {visible === undefined
              ? t('editor_loading')
              : t('editor_tracesShown', summaries ? matches.length : visible.length, count)}
          </p>
          {visible !== undefined &&
            (visible.length === 0 ? (
              <p className="muted">{t('editor_tracesNoMatch')}</p>
            ) : (
              <ul className="tl-list">
                {visible.slice(0, shownCount).map((summary) => (
                  <TraceRow
                    key={summary.id}
                    summary={summary}
                    framework={byFramework.get(summary.frameworkId)}
                    onOpen={onOpenTrace}
                  />
                ))}
              </ul>
            ))}
          {summaries && matches.length > shownCount && (
            <button type="button" onClick={() => setShownCount((n) => n + pageSize)}>
              {t('editor_tracesShowMore', Math.min(pageSize, matches.length - shownCount))}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function listCredentialOptions(
  summaries: TraceSummary[],
  frameworks: ReadonlyMap<string, Framework>,
): { id: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const summary of summaries) {
    if (!summary.credentialId || seen.has(summary.credentialId)) continue;
    const framework = frameworks.get(summary.frameworkId);
    seen.set(
      summary.credentialId,
      (framework && labelCredential(framework, summary.credentialId)) ?? summary.credentialId,
    );
  }
  return [...seen].map(([id, label]) => ({ id, label })).sort((a, b) => a.label.localeCompare(b.label));
}
