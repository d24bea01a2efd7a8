import { forwardRef, useState } from 'react';
import { getDatabase } from '@/lib/db/schema';
import { createTraceFromConversation } from '@/lib/trace/create-trace';
import { t } from '@/lib/i18n/t';

export interface ReadyTraceCaptureNoticeProps {
  conversationId: string;
  onCreated: (traceId: string) => void;
}

/**
 * Shown when a capture lands on a trace that is already ready or submitted: it was left exactly as it was,
 * and a new draft of the conversation is one click away. The ref is that button, where the capture puts focus.
 */
export const ReadyTraceCaptureNotice = forwardRef<HTMLButtonElement, ReadyTraceCaptureNoticeProps>(
  function ReadyTraceCaptureNotice({ conversationId, onCreated }, buttonRef) {
    const [isBusy, setIsBusy] = useState(false);
    const [error, setError] = useState('');
    const create = async () => {
      setIsBusy(true);
      setError('');
      try {
        const trace = await createTraceFromConversation(getDatabase(), conversationId, {
          fallbackTitle: t('editor_untitledTrace'),
        });
        onCreated(trace.id);
      } catch {
        setError(t('editor_createFailed'));
        setIsBusy(false);
      }
    };
    return (
      <div className="notice info te-offer" role="region" aria-label={t('flow_readyKeptRegion')}>
        <p>{t('flow_readyKept')}</p>
        <button
          ref={buttonRef}
          type="button"
          className="primary"
          onClick={() => void create()}
          aria-busy={isBusy}
          disabled={isBusy}
        >
          {t('flow_newDraftFromCapture')}
        </button>
        {error && (
          <p role="alert" className="notice error">
            {error}
          </p>
        )}
      </div>
    );
  },
);
