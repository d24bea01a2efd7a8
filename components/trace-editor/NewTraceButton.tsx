import { useState } from 'react';
import { getDatabase } from '@/lib/db/schema';
import { createTraceFromConversation } from '@/lib/trace/create-trace';
import { t } from '@/lib/i18n/t';

export interface NewTraceButtonProps {
  conversationId: string;
  onCreated: (traceId: string) => void;
}

/** "New trace": a draft trace from this conversation with the fast-path defaults, opened at once. */
export function NewTraceButton({ conversationId, onCreated }: NewTraceButtonProps) {
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
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <div className="te-new-trace">
      <button type="button" className="primary" onClick={() => void create()} aria-busy={isBusy} disabled={isBusy}>
        {t('editor_newTrace')}
      </button>
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
    </div>
  );
}
