import type { TurnFixStatus as Status } from './use-turn-fixes';
import { t } from '@/lib/i18n/t';

/**
 * The live region that announces each turn fix, with Undo for the latest. Always in the page (empty until the
 * first fix), because screen readers announce changes only in a live region that already exists.
 */
export function TurnFixStatus({ status, onUndo }: { status: Status; onUndo: () => void }) {
  return (
    <div role="status" className={status.message ? 'toast' : 'visually-hidden'}>
      <span>{status.message}</span>
      {status.undo && (
        <button type="button" onClick={onUndo}>
          {t('turnFixes_undo')}
        </button>
      )}
    </div>
  );
}
