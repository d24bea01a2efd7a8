import { useId, useMemo, useState } from 'react';
import type { Trace } from '@/lib/model/trace';
import type { StoredTurn } from '@/lib/model/turn';
import { pickBestSource } from '@/lib/trace/diff';
import { t } from '@/lib/i18n/t';
import { ArtifactDropNotice } from './ArtifactDropNotice';
import { ArtifactSourceLine } from './ArtifactSourceLine';
import { DiffView } from './DiffView';
import { EditFiguresList } from './EditFiguresList';
import { TraceTextField } from './TraceTextField';
import type { TraceEditorState } from './use-trace-editor';
import { useDebouncedValue, useWordDiff } from './use-word-diff';

export interface ArtifactSectionProps {
  trace: Trace;
  /** The AI outputs in the trace, in order, with the numbers the editor shows. */
  outputs: { turn: StoredTurn; number: number }[];
  editor: Pick<TraceEditorState, 'setField' | 'setFields' | 'startEditing' | 'stopEditing'>;
  isMissing: boolean;
}

const allOutputs = '__all__';
const automatic = '__auto__';
/** Typing pauses this long before the diff is recomputed. */
const diffDelayMs = 300;

/** The final artifact the teacher used, its word diff against the AI output(s) and the edit figures. */
export function ArtifactSection({ trace, outputs, editor, isMissing }: ArtifactSectionProps) {
  const selectId = useId();
  const [isDiffOpen, setIsDiffOpen] = useState(false);
  const artifact = useDebouncedValue(trace.finalArtifact, diffDelayMs);
  const outputTexts = useMemo(() => outputs.map(({ turn }) => ({ turnId: turn.id, text: turn.text })), [outputs]);

  const chosen = trace.artifactSourceTurnIds;
  const explicit = chosen?.filter((id) => outputTexts.some((o) => o.turnId === id)) ?? [];
  const mode =
    chosen === null || explicit.length === 0 ? automatic : explicit.length > 1 ? allOutputs : (explicit[0] as string);
  const automaticId = useMemo(() => pickBestSource(artifact, outputTexts), [artifact, outputTexts]);
  const sourceIds = mode === automatic ? (automaticId ? [automaticId] : []) : explicit;
  const sourceText = sourceIds.length
    ? outputTexts
        .filter((o) => sourceIds.includes(o.turnId))
        .map((o) => o.text)
        .join('\n\n')
    : null;
  const { status, result } = useWordDiff(sourceText, artifact);
  const numberOf = (turnId: string | null) => outputs.find((o) => o.turn.id === turnId)?.number ?? 0;

  return (
    <section className="te-section" aria-labelledby="te-artifact-heading">
      <h2 id="te-artifact-heading">{t('editor_artifactHeading')}</h2>
      <TraceTextField
        editor={editor}
        path="finalArtifact"
        value={trace.finalArtifact}
        label={t('editor_finalArtifact')}
        helper={t('editor_finalArtifactHelp')}
        rows={8}
        missingText={isMissing ? t('editor_fieldMissing') : undefined}
      />
      {trace.artifactSource && (
        <ArtifactSourceLine source={trace.artifactSource} onForget={() => editor.setField('artifactSource', null)} />
      )}
      <ArtifactDropNotice traceId={trace.id} editor={editor} />
      {outputs.length > 0 && (
        <div className="te-field">
          <label htmlFor={selectId} className="te-label">
            {t('editor_artifactSource')}
          </label>
          <select
            id={selectId}
            value={mode}
            onChange={(event) => {
              const value = event.target.value;
              editor.setField(
                'artifactSourceTurnIds',
                value === automatic ? null : value === allOutputs ? outputTexts.map((o) => o.turnId) : [value],
              );
            }}
          >
            <option value={automatic}>{t('editor_sourceAutomatic', numberOf(automaticId))}</option>
            {outputs.map(({ turn, number }) => (
              <option key={turn.id} value={turn.id}>
                {t('editor_sourceOutput', number)}
              </option>
            ))}
            {outputs.length > 1 && <option value={allOutputs}>{t('editor_sourceAll')}</option>}
          </select>
        </div>
      )}
      {sourceText !== null && trace.finalArtifact.trim() !== '' && (
        <div className="te-diff-block">
          <h3 id="te-figures-heading">{t('editor_figuresHeading')}</h3>
          <p role="status" className="te-helper">
            {status === 'computing' && !result ? t('editor_diffComputing') : ''}
            {status === 'too-slow' ? t('editor_diffTooSlow') : ''}
            {status === 'failed' ? t('editor_diffFailed') : ''}
            {result?.timedOut ? t('editor_diffApproximate') : ''}
          </p>
          {result && (
            <>
              <EditFiguresList figures={result.figures} />
              <details className="te-diff-details" onToggle={(event) => setIsDiffOpen(event.currentTarget.open)}>
                <summary>{t('editor_diffShow')}</summary>
                <p className="te-helper">{t('editor_diffLegend')}</p>
                {/* Rendered only when opened: thousands of runs would slow every keystroke otherwise. */}
                {isDiffOpen && <DiffView ops={result.ops} />}
              </details>
            </>
          )}
        </div>
      )}
    </section>
  );
}
