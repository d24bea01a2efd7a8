import { useId, useState } from 'react';
import type { StoredTurn } from '@/lib/model/turn';
import { t } from '@/lib/i18n/t';

export interface TurnFixMenuProps {
  turn: StoredTurn;
  /** The turn's place among the shown turns, from 1: every button names it. */
  number: number;
  /** Whether a shown turn follows (to merge with). */
  hasNext: boolean;
  onSwitchRole: () => void;
  onMergeWithNext: () => void;
  onRemove: () => void;
  onSplit: () => void;
}

/**
 * "Fix turn N": a disclosure with the fixes for a turn a reader got wrong. Each button names the turn
 * ("Make turn 3 a prompt"), so it is clear out of context, e.g. in a screen reader's list of buttons.
 */
export function TurnFixMenu({
  turn,
  number,
  hasNext,
  onSwitchRole,
  onMergeWithNext,
  onRemove,
  onSplit,
}: TurnFixMenuProps) {
  const [isOpen, setIsOpen] = useState(false);
  const panelId = useId();
  const parts = turn.fix?.mergedTurnIds?.length ?? 0;
  return (
    <div className="turn-fix">
      <button
        type="button"
        className="turn-fix-toggle"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setIsOpen((open) => !open)}
      >
        {t('turnFixes_fixTurn', number)}
      </button>
      {/* The buttons exist only while open: a 5,000-turn conversation would otherwise carry 20,000 of them. */}
      <div id={panelId} hidden={!isOpen} className="turn-fix-actions">
        {isOpen && (
          <>
            {/* One button whose label follows the role, so focus stays on it after a switch. */}
            <button type="button" onClick={onSwitchRole}>
              {turn.role === 'user' ? t('turnFixes_makeOutput', number) : t('turnFixes_makePrompt', number)}
            </button>
            {hasNext && (
              <button type="button" onClick={onMergeWithNext}>
                {t('turnFixes_mergeWithNext', number, number + 1)}
              </button>
            )}
            {parts > 0 && (
              <button type="button" onClick={onSplit}>
                {t('turnFixes_split', number, parts + 1)}
              </button>
            )}
            <button type="button" className="danger" onClick={onRemove}>
              {t('turnFixes_remove', number)}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
