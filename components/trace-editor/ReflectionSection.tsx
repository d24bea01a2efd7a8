import type { Reflection, Trace, Verified } from '@/lib/model/trace';
import { t } from '@/lib/i18n/t';
import { fieldId, TraceTextField } from './TraceTextField';
import type { TraceEditorState } from './use-trace-editor';

const fields: { key: keyof Reflection; label: string; help: string }[] = [
  { key: 'learningGoal', label: 'editor_learningGoal', help: 'editor_learningGoalHelp' },
  { key: 'whatChanged', label: 'editor_whatChanged', help: 'editor_whatChangedHelp' },
  { key: 'risk', label: 'editor_risk', help: 'editor_riskHelp' },
  { key: 'benefit', label: 'editor_benefit', help: 'editor_benefitHelp' },
  { key: 'safeguard', label: 'editor_safeguard', help: 'editor_safeguardHelp' },
];

const checks: { key: keyof Verified; label: string }[] = [
  { key: 'accuracy', label: 'editor_verifiedAccuracy' },
  { key: 'bias', label: 'editor_verifiedBias' },
  { key: 'alignment', label: 'editor_verifiedAlignment' },
];

export interface ReflectionSectionProps {
  trace: Trace;
  editor: Pick<TraceEditorState, 'setField' | 'startEditing' | 'stopEditing'>;
  missing: ReadonlySet<string>;
}

/** The teacher's reflection: five short answers, each with a hint of what a good one says, and what they checked. */
export function ReflectionSection({ trace, editor, missing }: ReflectionSectionProps) {
  return (
    <section className="te-section" aria-labelledby="te-reflection-heading">
      <h2 id="te-reflection-heading">{t('editor_reflectionHeading')}</h2>
      {fields.map(({ key, label, help }) => (
        <TraceTextField
          key={key}
          editor={editor}
          path={`reflection.${key}`}
          value={trace.reflection[key]}
          label={t(label)}
          helper={t(help)}
          rows={2}
          missingText={missing.has(`reflection.${key}`) ? t('editor_fieldMissing') : undefined}
        />
      ))}
      <fieldset className="te-checks">
        <legend>{t('editor_verifiedLegend')}</legend>
        {checks.map(({ key, label }) => (
          <label key={key} className="te-choice">
            <input
              id={fieldId(`verified.${key}`)}
              type="checkbox"
              checked={trace.verified[key]}
              onChange={(event) => editor.setField(`verified.${key}`, event.target.checked)}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
