import { useId } from 'react';
import type { Framework } from '@/lib/model/framework';
import type { Level, Trace } from '@/lib/model/trace';
import { labelCompetency, labelCredential, labelFramework, labelLevel } from '@/lib/framework/framework-labels';
import { t } from '@/lib/i18n/t';
import { fieldId } from './TraceTextField';
import type { TraceEditorState } from './use-trace-editor';

export interface CredentialSectionProps {
  trace: Trace;
  framework: Framework;
  editor: Pick<TraceEditorState, 'setField' | 'setFields'>;
  missing: ReadonlySet<string>;
}

/** Which credential, competency and level this trace is evidence for, from the trace's framework. */
export function CredentialSection({ trace, framework, editor, missing }: CredentialSectionProps) {
  const competencyId = useId();
  const levelHelpId = useId();
  const credential = framework.credentials.find((c) => c.id === trace.credentialId);
  const competencies = credential
    ? credential.competencyIds.flatMap((id) => framework.competencies.filter((c) => c.id === id))
    : framework.competencies;
  const level = framework.levels.find((l) => l.id === trace.level);

  return (
    <section className="te-section" aria-labelledby="te-credential-heading">
      <h2 id="te-credential-heading">{t('editor_credentialHeading')}</h2>
      <p className="te-helper">{t('editor_frameworkInUse', labelFramework(framework))}</p>
      <div className="te-field">
        <label htmlFor={fieldId('credentialId')} className="te-label">
          {t('editor_credential')}
        </label>
        <select
          id={fieldId('credentialId')}
          value={credential?.id ?? ''}
          onChange={(event) => {
            const next = framework.credentials.find((c) => c.id === event.target.value);
            const keepsCompetency = next?.competencyIds.includes(trace.competencyId ?? '');
            editor.setFields([
              { path: 'credentialId', value: next?.id ?? null },
              { path: 'competencyId', value: keepsCompetency ? trace.competencyId : (next?.competencyIds[0] ?? null) },
              { path: 'frameworkId', value: framework.id },
            ]);
          }}
        >
          <option value="">{t('editor_chooseCredential')}</option>
          {framework.credentials.map((c) => (
            <option key={c.id} value={c.id}>
              {labelCredential(framework, c.id)}
            </option>
          ))}
        </select>
        {missing.has('credential') && <p className="te-missing">{t('editor_fieldMissing')}</p>}
      </div>
      <div className="te-field">
        <label htmlFor={competencyId} className="te-label">
          {t('editor_competency')}
        </label>
        <select
          id={competencyId}
          value={competencies.some((c) => c.id === trace.competencyId) ? (trace.competencyId ?? '') : ''}
          onChange={(event) => editor.setField('competencyId', event.target.value || null)}
        >
          <option value="">{t('editor_chooseCompetency')}</option>
          {competencies.map((c) => (
            <option key={c.id} value={c.id}>
              {labelCompetency(framework, c.id)}
            </option>
          ))}
        </select>
      </div>
      <div className="te-field">
        <label htmlFor={fieldId('level')} className="te-label">
          {t('editor_level')}
        </label>
        <select
          id={fieldId('level')}
          value={level?.id ?? ''}
          aria-describedby={level ? levelHelpId : undefined}
          onChange={(event) => editor.setField('level', (event.target.value || null) as Level | null)}
        >
          <option value="">{t('editor_chooseLevel')}</option>
          {framework.levels.map((l) => (
            <option key={l.id} value={l.id}>
              {labelLevel(framework, l.id)}
            </option>
          ))}
        </select>
        {level && (
          <p id={levelHelpId} className="te-helper">
            {framework.id === 'district-default' ? t(`editor_levelHelp_${level.id}`) : level.description}
          </p>
        )}
        {missing.has('level') && <p className="te-missing">{t('editor_fieldMissing')}</p>}
      </div>
    </section>
  );
}
