import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { getDatabase } from '@/lib/db/schema';
import { getConversationTurns } from '@/lib/db/conversations';
import { t } from '@/lib/i18n/t';
import { siteLabel } from './site-label';
import { formatDateTime } from './format-date';
import { TurnView } from './TurnView';

export interface ConversationViewProps {
  conversationId: string;
  onBack: () => void;
  /** Actions on this conversation added by other parts (New trace). */
  actions?: ReactNode;
}

/** One captured conversation: its turns in order, Markdown rendered safely. */
export function ConversationView({ conversationId, onBack, actions }: ConversationViewProps) {
  const db = getDatabase();
  const conversation = useLiveQuery(() => db.conversations.get(conversationId), [db, conversationId]);
  const turns = useLiveQuery(() => getConversationTurns(db, conversationId), [db, conversationId]);

  return (
    <main>
      <button type="button" onClick={onBack}>
        ← {t('library_back')}
      </button>
      {conversation === undefined && turns !== undefined ? (
        <p role="alert">{t('library_conversationGone')}</p>
      ) : (
        conversation && (
          <>
            <h1 className="captured" dir="auto">
              {conversation.title || t('library_untitled')}
            </h1>
            <p className="muted">
              {siteLabel(conversation.site)}
              {conversation.model ? ` · ${conversation.model}` : ''} ·{' '}
              {t('library_capturedAt', formatDateTime(conversation.lastCapturedAt))}
            </p>
            {actions}
            <ol className="turn-list">
              {turns?.map((turn) => (
                <li key={turn.id}>
                  <TurnView turn={turn} />
                </li>
              ))}
            </ol>
          </>
        )
      )}
    </main>
  );
}
