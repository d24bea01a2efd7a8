import { useEffect, useState } from 'react';
import { captureStatusItem, type CaptureStatus } from '@/lib/capture/capture-status';
import { t } from '@/lib/i18n/t';

/**
 * The latest capture's outcome ("Captured 12 turns", or why nothing was captured, e.g. an unrecognised
 * page with a pointer to selection capture), announced politely to screen readers. A capture read by the
 * structural reader says so and asks the teacher to check the turns.
 */
export function CaptureStatusBanner({ onOpenConversation }: { onOpenConversation: (id: string) => void }) {
  const [status, setStatus] = useState<CaptureStatus | null>(null);
  useEffect(() => {
    void captureStatusItem.getValue().then(setStatus);
    return captureStatusItem.watch(setStatus);
  }, []);

  return (
    <div role="status" aria-live="polite">
      {status && (
        <div className={`notice ${status.ok ? 'ok' : 'error'}`} data-testid="capture-status">
          <span>{status.message}</span>
          {status.ok && status.reader === 'structural' && (
            // The general reader is right most of the time, not always: the teacher should look over its turns.
            <span data-testid="capture-status-structural">. {t('siteAccess_readStructurally')}</span>
          )}
          {status.ok && status.conversationId && (
            <>
              {' '}
              <button type="button" className="link" onClick={() => onOpenConversation(status.conversationId!)}>
                {t('library_openCaptured')}
              </button>
            </>
          )}
        </div>
      )}
    </div>
  );
}
