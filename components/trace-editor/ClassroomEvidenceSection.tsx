import type { Framework } from '@/lib/model/framework';
import type { Trace } from '@/lib/model/trace';
import { t } from '@/lib/i18n/t';
import { TraceTextField } from './TraceTextField';
import type { TraceEditorState } from './use-trace-editor';

export interface ClassroomEvidenceSectionProps {
  trace: Trace;
  framework: Framework;
  editor: Pick<TraceEditorState, 'setField' | 'startEditing' | 'stopEditing'>;
  missing: ReadonlySet<string>;
}

/** Implementation notes and student-impact evidence: shown when the level asks for them (or already written). */
export function ClassroomEvidenceSection({ trace, framework, editor, missing }: ClassroomEvidenceSectionProps) {
  const level = framework.levels.find((l) => l.id === trace.level);
  const showNotes = level?.requiresImplementationNotes || trace.implementationNotes !== '';
  const showImpact = level?.requiresStudentImpact || trace.studentImpact !== '';
  if (!showNotes && !showImpact) return null;
  return (
    <section className="te-section" aria-labelledby="te-classroom-heading">
      <h2 id="te-classroom-heading">{t('editor_classroomHeading')}</h2>
      {showNotes && (
        <TraceTextField
          editor={editor}
          path="implementationNotes"
          value={trace.implementationNotes}
          label={t('editor_implementationNotes')}
          helper={t('editor_implementationNotesHelp')}
          missingText={missing.has('implementationNotes') ? t('editor_fieldMissing') : undefined}
        />
      )}
      {showImpact && (
        <TraceTextField
          editor={editor}
          path="studentImpact"
          value={trace.studentImpact}
          label={t('editor_studentImpact')}
          helper={t('editor_studentImpactHelp')}
          missingText={missing.has('studentImpact') ? t('editor_fieldMissing') : undefined}
        />
      )}
    </section>
  );
}
