import { useState } from 'react';
import type { Trace } from '@/lib/model/trace';
import type { ReadinessItem, ReadinessReport } from '@/lib/trace/readiness';
import { t } from '@/lib/i18n/t';
import { fieldId, TraceTextField } from './TraceTextField';
import type { TraceEditorState } from './use-trace-editor';

export interface ReadinessSectionProps {
  trace: Trace;
  report: ReadinessReport;
  outputNumbers: ReadonlyMap<string, number>;
  editor: Pick<TraceEditorState, 'setField' | 'startEditing' | 'stopEditing'> &
    Partial<Pick<TraceEditorState, 'flush'>>;
  /** Called when Mark ready is refused, so the editor can flag the missing fields where they are. */
  onBlocked?: () => void;
}

const itemKeys: Record<Exclude<ReadinessItem['id'], 'mark'>, string> = {
  credential: 'editor_needCredential',
  level: 'editor_needLevel',
  aiOutput: 'editor_needAiOutput',
  artifact: 'editor_needArtifact',
  'reflection.learningGoal': 'editor_needLearningGoal',
  'reflection.whatChanged': 'editor_needWhatChanged',
  'reflection.risk': 'editor_needRisk',
  'reflection.benefit': 'editor_needBenefit',
  'reflection.safeguard': 'editor_needSafeguard',
  implementationNotes: 'editor_needImplementationNotes',
  studentImpact: 'editor_needStudentImpact',
  'responsibleUse.outputVerified': 'editor_needOutputVerified',
  'responsibleUse.noStudentData': 'editor_needNoStudentData',
  'responsibleUse.humanReview': 'editor_needHumanReview',
  'responsibleUse.aiUseDisclosed': 'editor_needAiUseDisclosed',
};

const fieldPaths: Partial<Record<ReadinessItem['id'], string>> = {
  credential: 'credentialId',
  level: 'level',
  artifact: 'finalArtifact',
};

function describeItem(item: ReadinessItem, outputNumbers: ReadonlyMap<string, number>): string {
  if (item.id === 'mark') return t('editor_needMark', outputNumbers.get(item.turnId ?? '') ?? 0);
  return t(itemKeys[item.id]);
}

function targetOf(item: ReadinessItem): string | null {
  if (item.id === 'aiOutput') return null;
  if (item.id === 'mark') return fieldId(`marks.${item.turnId ?? ''}`);
  return fieldId(fieldPaths[item.id] ?? item.id);
}

/** What the evidence still lacks, the optional "why ready anyway" note, and Mark ready. */
export function ReadinessSection({ trace, report, outputNumbers, editor, onBlocked }: ReadinessSectionProps) {
  const [blocked, setBlocked] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const { missing } = report;
  const isReady = trace.status === 'ready';

  const markReady = () => {
    if (!report.canMarkReady) {
      setBlocked(true);
      setAnnouncement('');
      onBlocked?.();
      return;
    }
    setBlocked(false);
    editor.setField('status', 'ready');
    // Saved now, not after the autosave pause: the export panel starts making the PDF when it sees the trace ready.
    void editor.flush?.();
    setAnnouncement(t('editor_markedReady'));
  };

  return (
    <section className="te-section te-readiness" aria-labelledby="te-readiness-heading">
      <h2 id="te-readiness-heading">{t('editor_readinessHeading')}</h2>
      {missing.length === 0 ? (
        <p className="te-complete">{t('editor_readinessComplete')}</p>
      ) : (
        <>
          <p id="te-missing-intro">{t('editor_readinessMissing', missing.length)}</p>
          <ul className="te-missing-list" aria-labelledby="te-missing-intro">
            {missing.map((item) => {
              const target = targetOf(item);
              const text = describeItem(item, outputNumbers);
              return (
                <li key={item.turnId ? `${item.id}:${item.turnId}` : item.id}>
                  {target ? (
                    <button type="button" className="link" onClick={() => document.getElementById(target)?.focus()}>
                      {text}
                    </button>
                  ) : (
                    text
                  )}
                </li>
              );
            })}
          </ul>
          {(!isReady || trace.readinessNote !== '') && (
            <TraceTextField
              editor={editor}
              path="readinessNote"
              value={trace.readinessNote}
              label={t('editor_readinessNote')}
              helper={t('editor_readinessNoteHelp')}
              rows={2}
            />
          )}
        </>
      )}
      {blocked && !report.canMarkReady && (
        <p role="alert" className="notice error">
          {t('editor_cannotMarkReady', missing.length)}
        </p>
      )}
      <p role="status" className="te-helper">
        {announcement}
      </p>
      {isReady ? (
        <div className="te-button-row">
          <p className="te-complete">{t('editor_isReady')}</p>
          <button
            type="button"
            onClick={() => {
              editor.setField('status', 'draft');
              setAnnouncement(t('editor_backToDraftDone'));
            }}
          >
            {t('editor_backToDraft')}
          </button>
        </div>
      ) : (
        <button type="button" className="primary" onClick={markReady}>
          {t('editor_markReady')}
        </button>
      )}
    </section>
  );
}
