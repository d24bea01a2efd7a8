import { useState } from 'react';
import { getDatabase } from '@/lib/db/schema';
import { t } from '@/lib/i18n/t';
import type { Submission } from '@/lib/model/submission';
import { findPortalProfile, savePortalProfile } from '@/lib/settings/portals';
import { errorMessageKey, UploadErrorCode } from '@/lib/upload/errors';
import { safeLink } from '@/lib/upload/generic-portal';
import { wakeOutbox } from '@/lib/upload/messages';
import { cancelSubmission, retrySubmission } from '@/lib/upload/outbox';
import { originPatternOf, requestHostPermission } from '@/lib/upload/permissions';

function formatTime(epochMs: number): string {
  return new Date(epochMs).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The plain-language reason for a submission's last failure, with the portal's own words when it gave any. */
export function describeSubmissionError(submission: Submission): string {
  const code = UploadErrorCode.safeParse(submission.errorCode);
  const base = code.success ? t(errorMessageKey(code.data)) : t('submit_error_unknown');
  const detail = submission.lastError?.trim();
  // For permission problems the detail is the host, already named in the message.
  if (!detail || code.data === 'permission' || code.data === 'upload-permission') return base;
  return `${base} ${t('submit_portalSaid', detail)}`;
}

/** One outbox row of this trace: where it stands, its receipt or what went wrong, and Retry / Cancel. */
export function SubmissionStatus(props: { submission: Submission }) {
  const { submission } = props;
  const [message, setMessage] = useState('');
  const db = getDatabase();
  const portalName = submission.portalName ?? submission.portalId;
  const needsHost =
    (submission.errorCode === 'upload-permission' || submission.errorCode === 'permission') && submission.lastError;

  const retry = async () => {
    if (await retrySubmission(db, submission.id)) {
      await wakeOutbox();
      setMessage(t('submit_retryQueued'));
    }
  };
  const cancel = async () => {
    if (await cancelSubmission(db, submission.id)) setMessage(t('submit_cancelled'));
  };
  const allowHost = async () => {
    const origin = submission.lastError ?? '';
    let pattern: string;
    try {
      pattern = originPatternOf(origin);
    } catch {
      return;
    }
    // Straight from the click: the browser shows its prompt only during a user gesture.
    if (!(await requestHostPermission([pattern]))) {
      setMessage(t('submit_permissionRefused', new URL(origin).host));
      return;
    }
    const portal = await findPortalProfile(submission.portalId);
    if (
      portal?.kind === 'canvas' &&
      submission.errorCode === 'upload-permission' &&
      !portal.uploadOrigins.includes(pattern)
    ) {
      await savePortalProfile(db, { ...portal, uploadOrigins: [...portal.uploadOrigins, pattern] }, undefined).catch(
        () => undefined,
      );
    }
    await retry();
  };

  let text: string;
  switch (submission.state) {
    case 'queued':
      text = submission.errorCode
        ? t('submit_state_retrying', formatTime(submission.nextAttemptAt), describeSubmissionError(submission))
        : t('submit_state_queued', portalName);
      break;
    case 'sending':
      text = t('submit_state_sending', portalName);
      break;
    case 'sent':
      text = t('submit_state_sent', portalName, formatTime(submission.updatedAt));
      break;
    case 'failed':
      text = t('submit_state_failed', portalName, describeSubmissionError(submission));
      break;
    default:
      text = t('submit_state_cancelled', portalName);
  }
  const receiptUrl = safeLink(submission.receipt?.url);
  const canRetry = submission.state === 'failed' || (submission.state === 'queued' && Boolean(submission.errorCode));
  const canCancel = submission.state === 'failed' || submission.state === 'queued';

  return (
    <li className={`sub-row sub-${submission.state}`} data-state={submission.state}>
      <p>
        <span className="sub-state">{t(`submit_label_${submission.state}`)}</span> {text}
      </p>
      {submission.state === 'sent' && submission.receipt && (
        <p className="sub-receipt">
          {t('submit_receiptId', submission.receipt.id)}{' '}
          {receiptUrl && (
            <a href={receiptUrl} target="_blank" rel="noreferrer noopener">
              {t('submit_viewReceipt')}
            </a>
          )}
        </p>
      )}
      {(canRetry || canCancel || needsHost) && (
        <div className="sub-actions">
          {needsHost && (
            <button type="button" className="primary" onClick={() => void allowHost()}>
              {t(
                'submit_allowHost',
                (() => {
                  try {
                    return new URL(submission.lastError ?? '').host;
                  } catch {
                    return '';
                  }
                })(),
              )}
            </button>
          )}
          {canRetry && !needsHost && (
            <button type="button" onClick={() => void retry()}>
              {t('submit_retry')}
            </button>
          )}
          {canCancel && (
            <button type="button" onClick={() => void cancel()}>
              {t('submit_cancel')}
            </button>
          )}
        </div>
      )}
      {message && (
        <p role="status" className="sub-message">
          {message}
        </p>
      )}
    </li>
  );
}
