import { useId, useState } from 'react';
import type { StoredTurn } from '@/lib/model/turn';
import { t } from '@/lib/i18n/t';

/** The first words of a turn, to tell removed turns apart. */
function snippet(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

/** Turns the teacher removed as page chrome, each with Restore; folded away until asked for. */
export function RemovedTurnsList({ turns, onRestore }: { turns: StoredTurn[]; onRestore: (turn: StoredTurn) => void }) {
  const [isOpen, setIsOpen] = useState(false);
  const panelId = useId();
  if (turns.length === 0) return null;
  return (
    <section className="removed-turns">
      <button type="button" aria-expanded={isOpen} aria-controls={panelId} onClick={() => setIsOpen((o) => !o)}>
        {t('turnFixes_showRemoved', turns.length)}
      </button>
      <div id={panelId} hidden={!isOpen}>
        <p className="muted">{t('turnFixes_removedHelp')}</p>
        <ul>
          {turns.map((turn) => (
            <li key={turn.id}>
              <span className="captured muted" dir="auto">
                {snippet(turn.text)}
              </span>{' '}
              <button
                type="button"
                aria-label={t('turnFixes_restoreNamed', snippet(turn.text))}
                onClick={() => onRestore(turn)}
              >
                {t('turnFixes_restore')}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
