import { useId } from 'react';
import type { Mark, OutputMark } from '@/lib/model/trace';
import { t } from '@/lib/i18n/t';
import { fieldId } from './TraceTextField';
import type { TraceEditorState } from './use-trace-editor';

const marks: { value: Mark; key: string }[] = [
  { value: 'accepted', key: 'editor_markAccepted' },
  { value: 'rejected', key: 'editor_markRejected' },
  { value: 'revised', key: 'editor_markRevised' },
];

export interface OutputMarkFieldsetProps {
  editor: Pick<TraceEditorState, 'setField' | 'startEditing' | 'stopEditing'>;
  turnId: string;
  /** 1-based number of this AI output in the editor. */
  outputNumber: number;
  mark: OutputMark | undefined;
}

/** The teacher's judgement of one AI output: Accepted / Rejected / Revised, and an optional why. */
export function OutputMarkFieldset({ editor, turnId, outputNumber, mark }: OutputMarkFieldsetProps) {
  const name = useId();
  const unmarkedId = useId();
  const path = `marks.${turnId}` as const;
  const noteId = `${fieldId(path)}-note`;
  return (
    <fieldset className="te-marks" aria-describedby={mark ? undefined : unmarkedId}>
      <legend>{t('editor_markLegend', outputNumber)}</legend>
      <div className="te-radio-row">
        {marks.map(({ value, key }, index) => (
          <label key={value} className="te-choice">
            <input
              type="radio"
              name={name}
              value={value}
              // The first radio carries the field id so the readiness list can move focus here.
              id={index === 0 ? fieldId(path) : undefined}
              checked={mark?.mark === value}
              onChange={() => editor.setField(path, { mark: value, note: mark?.note ?? '' })}
            />
            {t(key)}
          </label>
        ))}
      </div>
      {mark ? (
        <div className="te-field te-note">
          <label htmlFor={noteId} className="te-label">
            {t('editor_markWhy')}
          </label>
          <input
            id={noteId}
            type="text"
            dir="auto"
            value={mark.note}
            onChange={(event) => editor.setField(path, { mark: mark.mark, note: event.target.value })}
            onFocus={() => editor.startEditing(path)}
            onBlur={() => editor.stopEditing(path)}
          />
        </div>
      ) : (
        <p id={unmarkedId} className="te-missing">
          {t('editor_markMissing')}
        </p>
      )}
    </fieldset>
  );
}
