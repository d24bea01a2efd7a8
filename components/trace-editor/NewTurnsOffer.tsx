import { forwardRef } from 'react';
import type { StoredTurn } from '@/lib/model/turn';
import { t } from '@/lib/i18n/t';

export interface NewTurnsOfferProps {
  turns: StoredTurn[];
  onAdd: () => void;
  onDismiss: () => void;
}

/**
 * "3 new turns were captured since you chose this trace's turns — Add them / Not now": a new capture of the
 * conversation offers its new turns to the draft, one click to add; nothing is added behind the teacher's back.
 * The ref is the Add button, where a capture puts focus.
 */
export const NewTurnsOffer = forwardRef<HTMLButtonElement, NewTurnsOfferProps>(function NewTurnsOffer(
  { turns, onAdd, onDismiss },
  addRef,
) {
  const outputs = turns.filter((turn) => turn.role === 'assistant').length;
  return (
    <div className="notice info te-offer" role="region" aria-label={t('flow_newTurnsRegion')}>
      <p>{t('flow_newTurns', turns.length, outputs)}</p>
      <div className="te-button-row">
        <button ref={addRef} type="button" className="primary" onClick={onAdd}>
          {t('flow_addNewTurns', turns.length)}
        </button>
        <button type="button" onClick={onDismiss}>
          {t('flow_notNow')}
        </button>
      </div>
    </div>
  );
});
