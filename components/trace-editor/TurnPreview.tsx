import { useState } from 'react';
import { SafeMarkdown } from '@/components/common/SafeMarkdown';
import type { StoredTurn } from '@/lib/model/turn';
import { t } from '@/lib/i18n/t';

const previewChars = 180;

/** The start of a turn as plain text, with the whole turn (Markdown, rendered safely) one click away. */
export function TurnPreview({ turn }: { turn: Pick<StoredTurn, 'text' | 'markdown'> }) {
  const [isOpen, setIsOpen] = useState(false);
  const text = turn.text.trim();
  const isLong = text.length > previewChars;
  return (
    <div className="te-turn-preview">
      <p className="captured te-turn-text" dir="auto">
        {isLong ? `${text.slice(0, previewChars).trimEnd()}…` : text}
      </p>
      {isLong && (
        <details onToggle={(event) => setIsOpen(event.currentTarget.open)}>
          <summary>{t('editor_showFullTurn')}</summary>
          {/* Rendered only when opened: a 20,000-word answer should not slow the editor down. */}
          {isOpen && <SafeMarkdown markdown={turn.markdown || turn.text} />}
        </details>
      )}
    </div>
  );
}
