import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ShowWorkDatabase } from '@/lib/db/schema';
import { deleteConversation, restoreConversation, type DeletedConversation } from '@/lib/db/conversations';
import type { StoredConversation } from '@/lib/model/conversation';
import { t } from '@/lib/i18n/t';

const undoWindowMs = 10_000;

/** Deletes a conversation at once and offers Undo for a while, which puts back every turn exactly. */
export function useDeleteWithUndo(db: ShowWorkDatabase): {
  deleteWithUndo: (conversation: StoredConversation) => void;
  undoToast: ReactNode;
} {
  const [deleted, setDeleted] = useState<DeletedConversation | undefined>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const deleteWithUndo = (conversation: StoredConversation) => {
    void deleteConversation(db, conversation.id).then((snapshot) => {
      setDeleted(snapshot);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setDeleted(undefined), undoWindowMs);
    });
  };

  const undo = () => {
    if (!deleted) return;
    void restoreConversation(db, deleted);
    setDeleted(undefined);
  };

  const undoToast = deleted ? (
    <div className="toast" role="status">
      <span>{t('library_deleted', deleted.conversation.title || t('library_untitled'))}</span>
      <button type="button" onClick={undo}>
        {t('library_undo')}
      </button>
    </div>
  ) : null;
  return { deleteWithUndo, undoToast };
}
