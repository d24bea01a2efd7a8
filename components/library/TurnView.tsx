import type { ReactNode } from 'react';
import type { StoredTurn } from '@/lib/model/turn';
import { t } from '@/lib/i18n/t';
import { SafeMarkdown } from '@/components/common/SafeMarkdown';

/** The id of a turn's heading: focus moves there after a fix changes the list. */
export function turnHeadingId(turnId: string): string {
  return `turn-${turnId}`;
}

/** A prompt or an AI output, labelled for sighted and screen-reader users alike, with the controls to fix it. */
export function TurnView({ turn, children }: { turn: StoredTurn; children?: ReactNode }) {
  const headingId = turnHeadingId(turn.id);
  const parts = turn.fix?.mergedTurnIds?.length ?? 0;
  return (
    <article className={`turn turn-${turn.role}`} aria-labelledby={headingId}>
      {/* tabIndex -1: a target for focus after a merge or removal, not a tab stop. */}
      <h2 id={headingId} className="turn-role" tabIndex={-1}>
        {turn.role === 'user' ? t('library_prompt') : t('library_aiOutput')}
      </h2>
      <SafeMarkdown markdown={turn.markdown} />
      {turn.previousVersions.length > 0 && (
        <p className="muted">{t('library_earlierVersions', turn.previousVersions.length)}</p>
      )}
      {parts > 0 && <p className="muted">{t('turnFixes_mergedFrom', parts + 1)}</p>}
      {turn.fix?.role !== undefined && <p className="muted">{t('turnFixes_fixedRole')}</p>}
      {children}
    </article>
  );
}
