import type { StoredConversation } from '@/lib/model/conversation';
import type { Trace } from '@/lib/model/trace';
import { t } from '@/lib/i18n/t';
import { siteLabel } from '@/components/library/site-label';
import { AddTurnsPicker } from './AddTurnsPicker';
import { OutputMarkFieldset } from './OutputMarkFieldset';
import { TurnPreview } from './TurnPreview';
import type { TraceEditorState } from './use-trace-editor';
import { numberOutputs, orderItems, type TraceSource } from './trace-sources';

export interface TurnsSectionProps {
  trace: Trace;
  sources: TraceSource[];
  editor: Pick<TraceEditorState, 'setField' | 'startEditing' | 'stopEditing'>;
}

/** Which turns belong to the trace (checkboxes), with a mark for every AI output that does. */
export function TurnsSection({ trace, sources, editor }: TurnsSectionProps) {
  const included = new Set(trace.items.map((item) => item.turnId));
  const outputNumbers = numberOutputs(sources);
  const toggle = (turnId: string, isIn: boolean) => {
    const next = new Set(included);
    if (isIn) next.add(turnId);
    else next.delete(turnId);
    // Items whose conversation is no longer stored stay in the trace: never drop evidence silently.
    const known = new Set(sources.flatMap((s) => s.turns.map((turn) => turn.id)));
    const orphans = trace.items.filter((item) => !known.has(item.turnId));
    editor.setField('items', [...orderItems(sources, next), ...orphans]);
  };
  const addTurns = (conversation: StoredConversation, turnIds: string[]) => {
    const known = new Set(trace.items.map((item) => item.turnId));
    const added = turnIds.filter((id) => !known.has(id)).map((turnId) => ({ turnId, conversationId: conversation.id }));
    editor.setField('items', [...trace.items, ...added]);
  };

  let turnNumber = 0;
  return (
    <section className="te-section" aria-labelledby="te-turns-heading">
      <h2 id="te-turns-heading">{t('editor_turnsHeading')}</h2>
      <p className="te-helper">{t('editor_turnsHelp')}</p>
      {sources.map(({ conversation, turns }) => (
        <div key={conversation.id} className="te-source">
          <h3 className="captured" dir="auto">
            {conversation.title || t('editor_untitledConversation')}{' '}
            <span className="te-site">({siteLabel(conversation.site)})</span>
          </h3>
          <ol className="te-turns">
            {turns.map((turn) => {
              turnNumber += 1;
              const isIn = included.has(turn.id);
              const outputNumber = outputNumbers.get(turn.id);
              return (
                <li key={turn.id} className={`te-turn te-turn-${turn.role}${isIn ? '' : ' te-turn-out'}`}>
                  <label className="te-choice te-include">
                    <input type="checkbox" checked={isIn} onChange={(event) => toggle(turn.id, event.target.checked)} />
                    {turn.role === 'assistant'
                      ? t('editor_includeOutput', turnNumber, outputNumber ?? 0)
                      : t('editor_includePrompt', turnNumber)}
                  </label>
                  <TurnPreview turn={turn} />
                  {isIn && turn.role === 'assistant' && outputNumber !== undefined && (
                    <OutputMarkFieldset
                      editor={editor}
                      turnId={turn.id}
                      outputNumber={outputNumber}
                      mark={trace.marks[turn.id]}
                    />
                  )}
                </li>
              );
            })}
          </ol>
        </div>
      ))}
      <AddTurnsPicker excludeTurnIds={included} onAdd={addTurns} />
    </section>
  );
}
