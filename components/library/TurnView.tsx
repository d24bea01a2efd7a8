import type { StoredTurn } from '@/lib/model/turn';
import { t } from '@/lib/i18n/t';
import { SafeMarkdown } from '@/components/common/SafeMarkdown';

/** A prompt or an AI output, labelled for sighted and screen-reader users alike. */
export function TurnView({ turn }: { turn: StoredTurn }) {
  const headingId = `turn-${turn.id}`;
  return (
    <article className={`turn turn-${turn.role}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="turn-role">
        {turn.role === 'user' ? t('library_prompt') : t('library_aiOutput')}
      </h2>
      <SafeMarkdown markdown={turn.markdown} />
      {turn.previousVersions.length > 0 && (
        <p className="muted">{t('library_earlierVersions', turn.previousVersions.length)}</p>
      )}
    </article>
  );
}
