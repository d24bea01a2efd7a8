import { forwardRef } from 'react';
import { t } from '@/lib/i18n/t';
import { useCreateTrace } from './use-create-trace';

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
    const { create, isBusy, error } = useCreateTrace(conversationId, onCreated);
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
