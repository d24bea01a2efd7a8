import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState } from 'react';
import { visibleTurns } from '@/lib/capture/apply-turn-fixes';
import { getDatabase } from '@/lib/db/schema';
import { listConversationsByRecency, listConversationTurns } from '@/lib/db/traces';
import type { StoredConversation } from '@/lib/model/conversation';
import { t } from '@/lib/i18n/t';
import { siteLabel } from '@/components/library/site-label';
import { TurnPreview } from './TurnPreview';

export interface AddTurnsPickerProps {
  excludeTurnIds: ReadonlySet<string>;
  onAdd: (conversation: StoredConversation, turnIds: string[]) => void;
}

/** Gathers turns from another captured conversation (another tool, another day) into this trace. */
export function AddTurnsPicker({ excludeTurnIds, onAdd }: AddTurnsPickerProps) {
  const db = getDatabase();
  const [isOpen, setIsOpen] = useState(false);
  const [conversationId, setConversationId] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const panelId = useId();
  const selectId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const conversations = useLiveQuery(() => (isOpen ? listConversationsByRecency(db) : []), [db, isOpen]);
  const turns = useLiveQuery(
    () => (conversationId ? listConversationTurns(db, conversationId) : []),
    [db, conversationId],
  );
  // As the teacher fixed them: turns removed as page chrome or merged into another are not offered.
  // Numbered by place among the shown turns, as the conversation view numbers them.
  const shown = visibleTurns(turns ?? []);
  const numberOf = new Map(shown.map((turn, index) => [turn.id, index + 1]));
  const available = shown.filter((turn) => !excludeTurnIds.has(turn.id));
  const conversation = conversations?.find((c) => c.id === conversationId);

  const add = (turnIds: string[]) => {
    if (!conversation || turnIds.length === 0) return;
    onAdd(conversation, turnIds);
    setAnnouncement(t('editor_addedTurns', turnIds.length));
    setChosen(new Set());
  };

  return (
    <div className="te-add-turns">
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setIsOpen((open) => !open)}
      >
        {t('editor_addTurns')}
      </button>
      <p role="status" className="te-helper">
        {announcement}
      </p>
      <div id={panelId} hidden={!isOpen} className="te-add-panel">
        <label htmlFor={selectId} className="te-label">
          {t('editor_addTurnsConversation')}
        </label>
        <select
          id={selectId}
          value={conversationId}
          onChange={(event) => {
            setConversationId(event.target.value);
            setChosen(new Set());
          }}
        >
          <option value="">{t('editor_addTurnsChoose')}</option>
          {conversations?.map((c) => (
            <option key={c.id} value={c.id}>
              {(c.title || t('editor_untitledConversation')) + ` (${siteLabel(c.site)})`}
            </option>
          ))}
        </select>
        {conversationId && turns !== undefined && available.length === 0 && (
          <p className="te-helper">{t('editor_addTurnsNone')}</p>
        )}
        {available.length > 0 && (
          <fieldset className="te-add-list">
            <legend>{t('editor_addTurnsLegend')}</legend>
            <ul>
              {available.map((turn) => (
                <li key={turn.id}>
                  <label className="te-choice">
                    <input
                      type="checkbox"
                      checked={chosen.has(turn.id)}
                      onChange={(event) => {
                        const next = new Set(chosen);
                        if (event.target.checked) next.add(turn.id);
                        else next.delete(turn.id);
                        setChosen(next);
                      }}
                    />
                    {turn.role === 'assistant'
                      ? t('editor_pickOutput', numberOf.get(turn.id) ?? 0)
                      : t('editor_pickPrompt', numberOf.get(turn.id) ?? 0)}
                  </label>
                  <TurnPreview turn={turn} />
                </li>
              ))}
            </ul>
            <div className="te-button-row">
              <button
                type="button"
                className="primary"
                disabled={chosen.size === 0}
                onClick={() => add(available.map((x) => x.id).filter((id) => chosen.has(id)))}
              >
                {t('editor_addSelectedTurns')}
              </button>
              <button type="button" onClick={() => add(available.map((x) => x.id))}>
                {t('editor_addAllTurns')}
              </button>
            </div>
          </fieldset>
        )}
      </div>
    </div>
  );
}
