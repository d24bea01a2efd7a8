import type { StoredConversation } from '@/lib/model/conversation';
import type { LibraryGroup } from '@/lib/db/conversations';
import { t } from '@/lib/i18n/t';
import { siteLabel } from './site-label';
import { formatDateTime } from './format-date';

export interface ConversationGroupProps {
  group: LibraryGroup;
  onOpen: (conversationId: string) => void;
  onDelete: (conversation: StoredConversation) => void;
  onShowMore: () => void;
}

/** One AI tool's conversations, newest first, a page at a time. */
export function ConversationGroup({ group, onOpen, onDelete, onShowMore }: ConversationGroupProps) {
  const { site, total, conversations } = group;
  const headingId = `group-${site}`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>
        {siteLabel(site)} <span className="muted">({total})</span>
      </h3>
      <ul className="conversation-list">
        {conversations.map((conversation) => (
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
      {total > conversations.length && (
        <button type="button" onClick={onShowMore}>
          {t('library_showMore', total - conversations.length)}
        </button>
      )}
    </section>
  );
}
