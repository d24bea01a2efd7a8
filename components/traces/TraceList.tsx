import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { getDatabase } from '@/lib/db/schema';
import { listRecentTraceSummaries, listTraceSummaries } from '@/lib/db/traces';
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
  const [status, setStatus] = useState<StatusFilter>('all');
  const [credential, setCredential] = useState('all');
  const [shownCount, setShownCount] = useState(pageSize);
  const query = useDeferredValue(searchQuery);
  const isFiltered = status !== 'all' || credential !== 'all' || query.trim() !== '';
  // Reading 5,000 whole traces takes a few hundred ms in Chromium and held up the whole library's first paint.
  // The newest page, the count and the credential choices come from indexes; every summary is read only once
  // the teacher filters, searches or asks for more.
  const firstPage = useLiveQuery(() => listRecentTraceSummaries(db, pageSize), [db]);
  const total = useLiveQuery(() => db.traces.count(), [db]);
  // Once needed, the summaries stay loaded (and live), so later searches don't read everything again.
  const [hasNeededAll, setHasNeededAll] = useState(false);
  const needsAll = hasNeededAll || isFiltered || shownCount > pageSize;
  if (needsAll && !hasNeededAll) setHasNeededAll(true);
  const summaries = useLiveQuery(() => (needsAll ? listTraceSummaries(db) : undefined), [db, needsAll]);
  const credentialIds = useLiveQuery(
    async () => (await db.traces.orderBy('credentialId').uniqueKeys()).map(String),
    [db],
  );
  const frameworks = useLiveQuery(() => listFrameworks(db), [db]);

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
    () => listCredentialOptions(credentialIds ?? [], frameworks ?? []),
    [credentialIds, frameworks],
  );

  if (!frameworks || total === undefined || (!summaries && !firstPage)) return null;
  const resetPaging = () => setShownCount(pageSize);
  // Until every summary is read, only the unfiltered first page can be shown truthfully.
  const visible = summaries ? matches : isFiltered ? undefined : firstPage;
  const count = summaries ? summaries.length : total;
  const matchCount = summaries ? matches.length : total;

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
          {visible !== undefined && matchCount > shownCount && (
            <button type="button" onClick={() => setShownCount((n) => n + pageSize)}>
              {t('editor_tracesShowMore', Math.min(pageSize, matchCount - shownCount))}
            </button>
          )}
        </>
      )}
    </section>
  );
}

/** The credentials traces use, named by the first framework that knows each id. */
function listCredentialOptions(credentialIds: string[], frameworks: Framework[]): { id: string; label: string }[] {
  return credentialIds
    .map((id) => {
      const framework = frameworks.find((f) => f.credentials.some((c) => c.id === id));
      return { id, label: (framework && labelCredential(framework, id)) ?? id };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
}
