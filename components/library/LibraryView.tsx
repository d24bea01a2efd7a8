import { useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '@/lib/db/schema';
import { listConversations, searchConversationIds } from '@/lib/db/conversations';
import { siteIds, type SiteId } from '@/lib/model/site';
import type { StoredConversation } from '@/lib/model/conversation';
import { t } from '@/lib/i18n/t';
import { CaptureStatusBanner } from './CaptureStatusBanner';
import { StorageWarning } from './StorageWarning';
import { AutoRecordToggle } from './AutoRecordToggle';
import { ConversationGroup } from './ConversationGroup';
import { useDeleteWithUndo } from './use-delete-with-undo';

export interface LibraryViewProps {
  onOpenConversation: (conversationId: string) => void;
  /** Sections other parts add below the conversations: traces, bulk export, verify. */
  children?: ReactNode | ((searchQuery: string) => ReactNode);
}

/** The library: captured conversations, newest first, grouped by AI tool, searchable, live. */
export function LibraryView({ onOpenConversation, children }: LibraryViewProps) {
  const db = getDatabase();
  const [query, setQuery] = useState('');
  const conversations = useLiveQuery(() => listConversations(db), [db]);
  const matchingIds = useLiveQuery(() => searchConversationIds(db, query), [db, query]);
  const { deleteWithUndo, undoToast } = useDeleteWithUndo(db);

  const visible = conversations?.filter((c) => !matchingIds || matchingIds.has(c.id));
  const groups = groupBySite(visible ?? []);

  return (
    <main>
      <h1>{t('extName')}</h1>
      <CaptureStatusBanner onOpenConversation={onOpenConversation} />
      <StorageWarning />
      <AutoRecordToggle />
      <div role="search">
        <label htmlFor="library-search">{t('library_search')}</label>{' '}
        <input
          id="library-search"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder={t('library_searchPlaceholder')}
        />
      </div>

      <h2>{t('library_conversations')}</h2>
      {conversations === undefined ? (
        <p className="muted">{t('library_loading')}</p>
      ) : conversations.length === 0 ? (
        <p>{t('library_empty')}</p>
      ) : groups.length === 0 ? (
        <p role="status">{t('library_noMatches', query)}</p>
      ) : (
        groups.map(([site, items]) => (
          <ConversationGroup
            key={site}
            site={site}
            conversations={items}
            onOpen={onOpenConversation}
            onDelete={deleteWithUndo}
          />
        ))
      )}
      {typeof children === 'function' ? children(query) : children}
      {undoToast}
    </main>
  );
}

/** Groups in the order of each group's newest capture; conversations stay newest first. */
function groupBySite(conversations: StoredConversation[]): [SiteId, StoredConversation[]][] {
  const groups = new Map<SiteId, StoredConversation[]>();
  for (const conversation of conversations) {
    const group = groups.get(conversation.site) ?? [];
    group.push(conversation);
    groups.set(conversation.site, group);
  }
  return [...groups.entries()].sort(
    ([a, aItems], [b, bItems]) =>
      bItems[0]!.lastCapturedAt - aItems[0]!.lastCapturedAt || siteIds.indexOf(a) - siteIds.indexOf(b),
  );
}
