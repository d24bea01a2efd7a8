import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { getDatabase } from '@/lib/db/schema';
import { t } from '@/lib/i18n/t';
import { readTeacherProfile } from '@/lib/settings/profile';
import { wakeOutbox } from '@/lib/upload/messages';
import { prepareSubmission, submissionFileName, type SubmissionRenderers } from '@/lib/upload/prepare-submission';
import type { TraceDocument } from '@/lib/model/trace-document';
import type { PortalProfile } from '@/lib/settings/portals';
import type { RedactionCandidate } from '@/lib/redaction/apply';
import { RedactionPreviewDialog } from '../export/RedactionPreviewDialog';
import { DownloadOnlyPortal } from './DownloadOnlyPortal';
import { SubmissionStatus } from './SubmissionStatus';
import { lazyDefaultRenderers } from './lazy-default-renderers';
import { usePortalEntries } from './use-portal-entries';
import './submit.css';

/** Submissions shown under the button: the latest few, newest first. */
const shownSubmissions = 5;

/** The Submit button on a ready trace, the outbox state of its submissions and their receipts. */
export function SubmitPanel(props: { traceId: string }) {
  return <SubmitPanelView traceId={props.traceId} renderers={lazyDefaultRenderers} />;
}

/** SubmitPanel with its renderers given (tests pass their own; the side panel uses the export part's). */
export function SubmitPanelView(props: { traceId: string; renderers: SubmissionRenderers }) {
  const { traceId, renderers } = props;
  const db = getDatabase();
  const trace = useLiveQuery(() => db.traces.get(traceId), [traceId]);
  const submissions = useLiveQuery(
    async () => (await db.submissions.where('traceId').equals(traceId).sortBy('createdAt')).reverse(),
    [traceId],
  );
  const portals = usePortalEntries();
  const [chosenId, setChosenId] = useState<string>();
  const [pending, setPending] = useState<{
    doc: TraceDocument;
    candidates: RedactionCandidate[];
    portal: PortalProfile;
    version?: number;
  }>();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const selectId = useId();
  const headingId = useId();

  if (trace === undefined || portals === undefined || submissions === undefined) return null;
  const portal = portals.find((p) => p.profile.id === chosenId)?.profile ?? portals[0]?.profile;
  const isReady = trace?.status === 'ready';

  /** Stores the confirmed document's bytes in the outbox and wakes the worker. */
  const queue = async (doc: TraceDocument, target: PortalProfile, version: number | undefined) => {
    setBusy(true);
    setStatus(t('submit_preparing'));
    try {
      const profile = await readTeacherProfile();
      const result = await prepareSubmission(
        db,
        { traceId, portal: target, doc, paperSize: profile.paperSize, traceVersion: version },
        renderers,
      );
      if (result.status === 'queued') {
        setStatus(t('submit_queued', target.name));
        await wakeOutbox();
      } else if (result.status === 'already-pending') {
        setStatus(t('submit_alreadyPending', target.name));
      } else {
        setStatus(t('submit_alreadySent', target.name, result.submission.receipt?.id ?? ''));
      }
    } catch {
      setStatus(t('submit_prepareFailed'));
    } finally {
      setBusy(false);
    }
  };

  /** Submit: build the document; when it holds likely student data, the teacher reviews the redaction first. */
  const submit = async () => {
    if (!portal || portal.kind === 'download' || !trace) return;
    const version = trace.updatedAt;
    setBusy(true);
    setStatus(t('submit_preparing'));
    let doc: TraceDocument;
    let candidates: RedactionCandidate[];
    try {
      doc = await renderers.buildDocument(db, traceId);
      candidates = renderers.findStudentData && renderers.redact ? await renderers.findStudentData(doc) : [];
    } catch {
      setStatus(t('submit_prepareFailed'));
      setBusy(false);
      return;
    }
    setBusy(false);
    if (candidates.length > 0) {
      setStatus('');
      setPending({ doc, candidates, portal, version });
      return;
    }
    await queue(doc, portal, version);
  };

  const confirmRedaction = (keep: Set<string>) => {
    if (!pending || !renderers.redact) return;
    const { doc, candidates, portal: target, version } = pending;
    setPending(undefined);
    void queue(renderers.redact(doc, candidates, keep), target, version);
  };

  return (
    <section className="sub-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('submit_heading')}</h2>
      {portals.length === 0 ? (
        <div>
          <p>{t('submit_noPortal')}</p>
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('submit_openOptions')}
          </button>
        </div>
      ) : (
        <>
          {portals.length > 1 && (
            <div className="sub-field">
              <label htmlFor={selectId}>{t('submit_portal')}</label>
              <select id={selectId} value={portal?.id} onChange={(e) => setChosenId(e.target.value)}>
                {portals.map((p) => (
                  <option key={p.profile.id} value={p.profile.id}>
                    {p.profile.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          {portal?.kind === 'download' ? (
            <DownloadOnlyPortal traceId={traceId} portal={portal} renderers={renderers} />
          ) : !isReady ? (
            <p className="muted">{t('submit_notReady')}</p>
          ) : (
            <>
              <p className="muted">{t('submit_whatIsSent', portal?.name ?? '')}</p>
              <button type="button" className="primary" onClick={() => void submit()} disabled={busy}>
                {t('submit_button')}
              </button>
            </>
          )}
          <p role="status" className="sub-message">
            {status}
          </p>
        </>
      )}
      <RedactionPreviewDialog
        candidates={pending?.candidates ?? null}
        fileName={pending ? submissionFileName(pending.doc) : ''}
        onConfirm={confirmRedaction}
        title={t('submit_previewTitle')}
        confirmLabel={t('submit_button')}
        onCancel={() => {
          setPending(undefined);
          setStatus(t('submit_redactionCancelled'));
        }}
      />
      {submissions.length > 0 && (
        <>
          <h3>{t('submit_historyHeading')}</h3>
          <ul className="sub-list" aria-live="polite">
            {submissions.slice(0, shownSubmissions).map((s) => (
              <SubmissionStatus key={s.id} submission={s} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
