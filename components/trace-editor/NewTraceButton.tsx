import { t } from '@/lib/i18n/t';
import { useCreateTrace } from './use-create-trace';

export interface NewTraceButtonProps {
  conversationId: string;
  onCreated: (traceId: string) => void;
}

/** "New trace": a draft trace from this conversation with the fast-path defaults, opened at once. */
export function NewTraceButton({ conversationId, onCreated }: NewTraceButtonProps) {
  const { create, isBusy, error } = useCreateTrace(conversationId, onCreated);
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
