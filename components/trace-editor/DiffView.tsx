import { memo } from 'react';
import type { DiffOp } from '@/lib/trace/diff';
import { t } from '@/lib/i18n/t';

/** Unchanged runs longer than this are shortened to their ends, so the changes stay in view. */
const longRunWords = 60;
const runContextWords = 20;
/** Past this many runs the rest is summarised: the figures still count every word. */
const maxOpsShown = 1500;

function shortenEqual(text: string): { head: string; hidden: number; tail: string } | null {
  const words = text.match(/\S+\s*/g) ?? [];
  if (words.length <= longRunWords) return null;
  return {
    head: words.slice(0, runContextWords).join(''),
    hidden: words.length - 2 * runContextWords,
    tail: words.slice(-runContextWords).join(''),
  };
}

/**
 * The word diff as text: additions in <ins>, removals in <del>, each also announced in words ("added:",
 * "removed:") and styled with underline / strike-through, so nothing depends on colour alone.
 */
export const DiffView = memo(function DiffView({ ops }: { ops: DiffOp[] }) {
  const shown = ops.slice(0, maxOpsShown);
  return (
    <div className="te-diff captured" dir="auto">
      {shown.map((op, index) => {
        if (op.op === 'insert') {
          return (
            <ins key={index}>
              <span className="visually-hidden">{t('editor_diffAddedStart')}</span>
              {op.text}
              <span className="visually-hidden">{t('editor_diffEnd')}</span>
            </ins>
          );
        }
        if (op.op === 'delete') {
          return (
            <del key={index}>
              <span className="visually-hidden">{t('editor_diffRemovedStart')}</span>
              {op.text}
              <span className="visually-hidden">{t('editor_diffEnd')}</span>
            </del>
          );
        }
        const short = shortenEqual(op.text);
        return short ? (
          <span key={index}>
            {short.head}
            <span className="te-diff-skip">{t('editor_diffUnchangedWords', short.hidden)}</span> {short.tail}
          </span>
        ) : (
          <span key={index}>{op.text}</span>
        );
      })}
      {ops.length > maxOpsShown && <p className="te-helper">{t('editor_diffMoreChanges', ops.length - maxOpsShown)}</p>}
    </div>
  );
});
