import { useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '@/lib/db/schema';
import { groupConversationsById, listLibraryGroups, searchConversationIds } from '@/lib/db/conversations';
import type { SiteId } from '@/lib/model/site';
import { t } from '@/lib/i18n/t';
import { CaptureStatusBanner } from './CaptureStatusBanner';
import { StorageWarning } from './StorageWarning';
import { AutoRecordToggle } from './AutoRecordToggle';
import { UseOnThisSite } from './UseOnThisSite';
import { ConversationGroup } from './ConversationGroup';
import { useDeleteWithUndo } from './use-delete-with-undo';

/** Conversations shown per AI tool before "Show more". */
const pageSize = 50;

export interface LibraryViewProps {
  onOpenConversation: (conversationId: string) => void;
  /** Sections other parts add below the conversations: traces, bulk export, verify. */
  children?: ReactNode | ((searchQuery: string) => ReactNode);
}

/** The library: captured conversations, newest first, grouped by AI tool, searchable, live. */
export function LibraryView({ onOpenConversation, children }: LibraryViewProps) {
  const db = getDatabase();
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState<Partial<Record<SiteId, number>>>({});
  const { deleteWithUndo, undoToast } = useDeleteWithUndo(db);
  const library = useLiveQuery(async () => {
    const limitFor = (site: SiteId) => shown[site] ?? pageSize;
    const matchingIds = await searchConversationIds(db, query);
    const groups = matchingIds
      ? await groupConversationsById(db, matchingIds, limitFor)
      : await listLibraryGroups(db, limitFor);
    const isEmpty = matchingIds ? (await db.conversations.count()) === 0 : groups.length === 0;
    return { groups, isEmpty };
  }, [db, query, shown]);

  return (
    <main>
      <h1>{t('extName')}</h1>
      <UseOnThisSite />
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
      {library === undefined ? (
        <p className="muted">{t('library_loading')}</p>
      ) : library.isEmpty ? (
        <p>{t('library_empty')}</p>
      ) : library.groups.length === 0 ? (
        <p role="status">{t('library_noMatches', query)}</p>
      ) : (
        library.groups.map((group) => (
          <ConversationGroup
            key={group.site}
            group={group}
            onOpen={onOpenConversation}
            onDelete={deleteWithUndo}
            onShowMore={() =>
              setShown((current) => ({ ...current, [group.site]: (current[group.site] ?? pageSize) + pageSize }))
            }
          />
        ))
      )}
      {typeof children === 'function' ? children(query) : children}
      {undoToast}
    </main>
  );
}
