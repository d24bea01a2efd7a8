import { useId } from 'react';
import type { TraceFieldPath } from '@/lib/trace/trace-updates';
import type { TraceEditorState } from './use-trace-editor';

export interface TraceTextFieldProps {
  editor: Pick<TraceEditorState, 'setField' | 'startEditing' | 'stopEditing'>;
  path: TraceFieldPath;
  value: string;
  /** The accessible name; kept exactly as given (tests and docs rely on names like "Learning goal"). */
  label: string;
  /** What a good answer looks like; read after the label by screen readers (aria-describedby). */
  helper?: string;
  multiline?: boolean;
  rows?: number;
  /** Shown under the field (and described) while the readiness check lacks it. */
  missingText?: string;
}

/** A labelled trace field that saves as the teacher types. Its id is `field-<path>` so checklists can jump to it. */
export function TraceTextField({
  editor,
  path,
  value,
  label,
  helper,
  multiline = true,
  rows = 3,
  missingText,
}: TraceTextFieldProps) {
  const helperId = useId();
  const missingId = useId();
  const id = fieldId(path);
  const describedBy = [helper ? helperId : '', missingText ? missingId : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    'aria-describedby': describedBy,
    onChange: (event: { target: { value: string } }) => editor.setField(path, event.target.value),
    onFocus: () => editor.startEditing(path),
    onBlur: () => editor.stopEditing(path),
    dir: 'auto' as const,
  };
  return (
    <div className="te-field">
      <label htmlFor={id} className="te-label">
        {label}
      </label>
      {helper && (
        <p id={helperId} className="te-helper">
          {helper}
        </p>
      )}
      {multiline ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />}
      {missingText && (
        <p id={missingId} className="te-missing">
          {missingText}
        </p>
      )}
    </div>
  );
}

/** The DOM id of the control for a trace field. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
