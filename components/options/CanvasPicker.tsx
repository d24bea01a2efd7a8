import { useId, useState } from 'react';
import { t } from '@/lib/i18n/t';
import {
  listCanvasAssignments,
  listCanvasCourses,
  type CanvasAssignmentOption,
  type CanvasCourseOption,
} from '@/lib/upload/canvas';
import { errorMessageKey } from '@/lib/upload/errors';
import { isAllowedPortalUrl } from '@/lib/upload/http';
import { canvasPermissionPatterns, requestHostPermission } from '@/lib/upload/permissions';
import { connectionTestTimeoutMs } from '@/lib/upload/test-connection';

export interface CanvasChoice {
  courseId: string;
  courseName: string;
  assignmentId: string;
  assignmentName: string;
}

export interface CanvasPickerProps {
  baseUrl: string;
  uploadOrigins: string[];
  /** The token typed in the form, or the saved one (read only when a list is fetched). */
  resolveToken: () => Promise<string | undefined>;
  value: CanvasChoice;
  onChange: (choice: CanvasChoice) => void;
}

/** Course and assignment pickers filled from the Canvas API (the teacher's student enrolments). */
export function CanvasPicker(props: CanvasPickerProps) {
  const [courses, setCourses] = useState<CanvasCourseOption[]>();
  const [assignments, setAssignments] = useState<CanvasAssignmentOption[]>();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const courseId = useId();
  const assignmentId = useId();

  const loadCourses = async () => {
    if (!isAllowedPortalUrl(props.baseUrl)) {
      setMessage(t('options_portal_invalidUrl'));
      return;
    }
    // The permission prompt must come straight from the click, before anything else is awaited.
    const granted = await requestHostPermission(canvasPermissionPatterns(props.baseUrl, props.uploadOrigins));
    if (!granted) {
      setMessage(t('options_canvas_permissionRefused', new URL(props.baseUrl).host));
      return;
    }
    const token = await props.resolveToken();
    if (!token) {
      setMessage(t('options_test_missingToken'));
      return;
    }
    setBusy(true);
    setMessage(t('options_canvas_loading'));
    const result = await listCanvasCourses({ baseUrl: props.baseUrl, token, timeoutMs: connectionTestTimeoutMs });
    setBusy(false);
    if (!result.ok) {
      setMessage(result.outcome.kind === 'sent' ? '' : t(errorMessageKey(result.outcome.code)));
      return;
    }
    setCourses(result.value);
    setMessage(
      result.value.length ? t('options_canvas_coursesLoaded', result.value.length) : t('options_canvas_noCourses'),
    );
  };

  const chooseCourse = async (id: string) => {
    const course = courses?.find((c) => c.id === id);
    props.onChange({ courseId: id, courseName: course?.name ?? '', assignmentId: '', assignmentName: '' });
    setAssignments(undefined);
    if (!id) return;
    const token = await props.resolveToken();
    if (!token) return;
    setBusy(true);
    setMessage(t('options_canvas_loading'));
    const result = await listCanvasAssignments(
      { baseUrl: props.baseUrl, token, timeoutMs: connectionTestTimeoutMs },
      id,
    );
    setBusy(false);
    if (!result.ok) {
      setMessage(result.outcome.kind === 'sent' ? '' : t(errorMessageKey(result.outcome.code)));
      return;
    }
    setAssignments(result.value);
    setMessage(t('options_canvas_assignmentsLoaded', result.value.filter((a) => a.acceptsUpload).length));
  };

  return (
    <div className="opt-canvas-picker">
      <p>
        {props.value.assignmentId
          ? t(
              'options_canvas_current',
              props.value.courseName || props.value.courseId,
              props.value.assignmentName || props.value.assignmentId,
            )
          : t('options_canvas_noneChosen')}
      </p>
      <button type="button" onClick={() => void loadCourses()} disabled={busy}>
        {t('options_canvas_loadCourses')}
      </button>
      {courses && (
        <>
          <label htmlFor={courseId}>{t('options_canvas_course')}</label>
          <select id={courseId} value={props.value.courseId} onChange={(e) => void chooseCourse(e.target.value)}>
            <option value="">{t('options_canvas_chooseCourse')}</option>
            {courses.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </>
      )}
      {assignments && (
        <>
          <label htmlFor={assignmentId}>{t('options_canvas_assignment')}</label>
          <select
            id={assignmentId}
            value={props.value.assignmentId}
            onChange={(e) => {
              const assignment = assignments.find((a) => a.id === e.target.value);
              props.onChange({ ...props.value, assignmentId: e.target.value, assignmentName: assignment?.name ?? '' });
            }}
          >
            <option value="">{t('options_canvas_chooseAssignment')}</option>
            {assignments.map((a) => (
              <option key={a.id} value={a.id} disabled={!a.acceptsUpload}>
                {a.acceptsUpload ? a.name : t('options_canvas_noUploads', a.name)}
              </option>
            ))}
          </select>
        </>
      )}
      <p role="status" className="opt-status">
        {message}
      </p>
    </div>
  );
}
