import type { ResponsibleUse, Trace } from '@/lib/model/trace';
import { t } from '@/lib/i18n/t';
import { fieldId } from './TraceTextField';
import type { TraceEditorState } from './use-trace-editor';

export const responsibleUseChecks: { key: keyof ResponsibleUse; label: string }[] = [
  { key: 'outputVerified', label: 'editor_ruOutputVerified' },
  { key: 'noStudentData', label: 'editor_ruNoStudentData' },
  { key: 'humanReview', label: 'editor_ruHumanReview' },
  { key: 'aiUseDisclosed', label: 'editor_ruAiUseDisclosed' },
];

/** The district's non-negotiables, asked on every trace. */
export function ResponsibleUseSection({ trace, editor }: { trace: Trace; editor: Pick<TraceEditorState, 'setField'> }) {
  return (
    <section className="te-section" aria-labelledby="te-ru-heading">
      <h2 id="te-ru-heading">{t('editor_ruHeading')}</h2>
      <fieldset className="te-checks">
        <legend>{t('editor_ruLegend')}</legend>
        {responsibleUseChecks.map(({ key, label }) => (
          <label key={key} className="te-choice">
            <input
              id={fieldId(`responsibleUse.${key}`)}
              type="checkbox"
              checked={trace.responsibleUse[key]}
              onChange={(event) => editor.setField(`responsibleUse.${key}`, event.target.checked)}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
