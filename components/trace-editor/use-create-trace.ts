import { useState } from 'react';
import { getDatabase } from '@/lib/db/schema';
import { createTraceFromConversation } from '@/lib/trace/create-trace';
import { t } from '@/lib/i18n/t';

/**
 * Makes a draft trace from a conversation for a button ("New trace", "Start a new draft"). The button stays busy
 * once the draft is made, until the panel opens it, so a second click can't make a second draft; a failure says so
 * and frees it.
 */
export function useCreateTrace(conversationId: string, onCreated: (traceId: string) => void) {
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
  return { create, isBusy, error };
}
