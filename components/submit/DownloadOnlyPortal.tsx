import { useState } from 'react';
import { getDatabase } from '@/lib/db/schema';
import { t } from '@/lib/i18n/t';
import type { DownloadPortalProfile } from '@/lib/settings/portals';
import { readTeacherProfile } from '@/lib/settings/profile';
import { submissionFileName, type SubmissionRenderers } from '@/lib/upload/prepare-submission';

/** For portals with no upload API: says so, and downloads the PDF under the district's file name. */
export function DownloadOnlyPortal(props: {
  traceId: string;
  portal: DownloadPortalProfile;
  renderers: SubmissionRenderers;
}) {
  const { portal } = props;
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    setStatus(t('submit_preparing'));
    try {
      const db = getDatabase();
      const [doc, profile] = await Promise.all([
        props.renderers.buildDocument(db, props.traceId),
        readTeacherProfile(),
      ]);
      const pdf = await props.renderers.renderPdf(doc, profile.paperSize);
      const fileName = submissionFileName(doc, portal.filenamePattern);
      const url = URL.createObjectURL(new Blob([pdf.slice()], { type: 'application/pdf' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setStatus(t('submit_downloaded', fileName));
    } catch {
      setStatus(t('submit_prepareFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="sub-download">
      <p>{t('submit_downloadOnly', portal.name)}</p>
      {portal.instructions && <p className="sub-instructions">{portal.instructions}</p>}
      <button type="button" className="primary" onClick={() => void download()} disabled={busy}>
        {t('submit_downloadPdf')}
      </button>
      <p role="status" className="sub-message">
        {status}
      </p>
    </div>
  );
}
