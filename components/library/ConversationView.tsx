import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, type ReactNode } from 'react';
import { getDatabase } from '@/lib/db/schema';
import { getConversationTurns } from '@/lib/db/conversations';
import { removedTurns, visibleTurns } from '@/lib/capture/apply-turn-fixes';
import { t } from '@/lib/i18n/t';
import { siteLabel } from './site-label';
import { formatDateTime } from './format-date';
import { ReaderNote } from './ReaderNote';
import { RemovedTurnsList } from './RemovedTurnsList';
import { TurnFixMenu } from './TurnFixMenu';
import { TurnFixStatus } from './TurnFixStatus';
import { TurnView, turnHeadingId } from './TurnView';
import { useTurnFixes } from './use-turn-fixes';
import './turn-fixes.css';

export interface ConversationViewProps {
  conversationId: string;
  onBack: () => void;
  /** Actions on this conversation added by other parts (New trace). */
  actions?: ReactNode;
}

/** One captured conversation: its turns in order, Markdown rendered safely, each with the controls to fix it. */
export function ConversationView({ conversationId, onBack, actions }: ConversationViewProps) {
  const db = getDatabase();
  const conversation = useLiveQuery(() => db.conversations.get(conversationId), [db, conversationId]);
  const turns = useLiveQuery(() => getConversationTurns(db, conversationId), [db, conversationId]);
  const fixes = useTurnFixes(db, conversationId);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const shown = visibleTurns(turns ?? []);
  const removed = removedTurns(turns ?? []);

  // Focus follows the fix: to the merged turn, the turn after a removed one, a restored turn. The turn may show
  // only once the list has caught up with the write; if it doesn't show by then, focus goes to the title.
  const handledFocusSerial = useRef(0);
  useEffect(() => {
    const request = fixes.focus;
    if (!request || request.serial === handledFocusSerial.current) return;
    const target = request.turnId ? document.getElementById(turnHeadingId(request.turnId)) : null;
    if (target) {
      target.focus();
      handledFocusSerial.current = request.serial;
      return;
    }
    const timer = setTimeout(() => {
      titleRef.current?.focus();
      handledFocusSerial.current = request.serial;
    }, 400);
    return () => clearTimeout(timer);
  }, [fixes.focus, turns]);

  return (
    <main className="conversation-view">
      <button type="button" onClick={onBack}>
        ← {t('library_back')}
      </button>
      {conversation === undefined && turns !== undefined ? (
        <p role="alert">{t('library_conversationGone')}</p>
      ) : (
        conversation && (
          <>
            <h1 ref={titleRef} tabIndex={-1} className="captured" dir="auto">
              {conversation.title || t('library_untitled')}
            </h1>
            <p className="muted">
              {siteLabel(conversation.site)}
              {conversation.model ? ` · ${conversation.model}` : ''} ·{' '}
              {t('library_capturedAt', formatDateTime(conversation.lastCapturedAt))}
            </p>
            {conversation.reader === 'structural' && <ReaderNote />}
            {actions}
            <ol className="turn-list">
              {shown.map((turn, index) => {
                const number = index + 1;
                const next = shown[index + 1];
                const after = next ?? shown[index - 1];
                return (
                  <li key={turn.id}>
                    <TurnView turn={turn}>
                      <TurnFixMenu
                        turn={turn}
                        number={number}
                        hasNext={next !== undefined}
                        onSwitchRole={() =>
                          void fixes.run(
                            { kind: 'switch-role', turnId: turn.id },
                            turn.role === 'user'
                              ? t('turnFixes_madeOutput', number)
                              : t('turnFixes_madePrompt', number),
                            null,
                          )
                        }
                        onMergeWithNext={() =>
                          void fixes.run(
                            { kind: 'merge-with-next', turnId: turn.id },
                            t('turnFixes_merged', number, number + 1),
                            turn.id,
                          )
                        }
                        onSplit={() =>
                          void fixes.run(
                            { kind: 'split', turnId: turn.id },
                            t('turnFixes_splitDone', number, (turn.fix?.mergedTurnIds?.length ?? 0) + 1),
                            turn.id,
                          )
                        }
                        onRemove={() =>
                          void fixes.run({ kind: 'remove', turnId: turn.id }, t('turnFixes_removed', number), after?.id)
                        }
                      />
                    </TurnView>
                  </li>
                );
              })}
            </ol>
            <RemovedTurnsList
              turns={removed}
              onRestore={(turn) =>
                void fixes.run(
                  { kind: 'restore', turnId: turn.id },
                  t('turnFixes_restored', shown.filter((s) => s.ordinal < turn.ordinal).length + 1),
                  turn.id,
                )
              }
            />
          </>
        )
      )}
      <TurnFixStatus status={fixes.status} onUndo={() => void fixes.undo()} />
    </main>
  );
}
