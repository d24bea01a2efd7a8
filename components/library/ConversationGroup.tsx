import { useState } from 'react';
import type { SiteId } from '@/lib/model/site';
import type { StoredConversation } from '@/lib/model/conversation';
import { t } from '@/lib/i18n/t';
import { siteLabel } from './site-label';
import { formatDateTime } from './format-date';

const pageSize = 50;

export interface ConversationGroupProps {
  site: SiteId;
  conversations: StoredConversation[];
  onOpen: (conversationId: string) => void;
  onDelete: (conversation: StoredConversation) => void;
}

/** One AI tool's conversations. Shows a page at a time so a library of thousands opens instantly. */
export function ConversationGroup({ site, conversations, onOpen, onDelete }: ConversationGroupProps) {
  const [shown, setShown] = useState(pageSize);
  const headingId = `group-${site}`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>
        {siteLabel(site)} <span className="muted">({conversations.length})</span>
      </h3>
      <ul className="conversation-list">
        {conversations.slice(0, shown).map((conversation) => (
          <li key={conversation.id}>
            <button type="button" className="link conversation-title" onClick={() => onOpen(conversation.id)}>
              {conversation.title || t('library_untitled')}
            </button>
            <span className="muted">
              {' '}
              · {t('library_turnCount', conversation.turnCount)} · {formatDateTime(conversation.lastCapturedAt)}
            </span>{' '}
            <button
              type="button"
              className="danger small"
              aria-label={t('library_deleteNamed', conversation.title || t('library_untitled'))}
              onClick={() => onDelete(conversation)}
            >
              {t('library_delete')}
            </button>
          </li>
        ))}
      </ul>
      {conversations.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + pageSize)}>
          {t('library_showMore', conversations.length - shown)}
        </button>
      )}
    </section>
  );
}
