import { useId, useState, type FormEvent } from 'react';
import { getDatabase } from '@/lib/db/schema';
import { t } from '@/lib/i18n/t';
import {
  defaultFilenamePattern,
  expandFilenamePattern,
  readPortalToken,
  saveManagedPortalChoice,
  savePortalProfile,
  type PortalKind,
  type PortalProfile,
} from '@/lib/settings/portals';
import type { ConnectionTestResult } from '@/lib/upload/errors';
import { isAllowedPortalUrl } from '@/lib/upload/http';
import {
  canvasPermissionPatterns,
  isRequestablePattern,
  requestHostPermission,
  suggestCanvasUploadOrigins,
} from '@/lib/upload/permissions';
import { testPortalConnection } from '@/lib/upload/test-connection';
import { CanvasPicker, type CanvasChoice } from './CanvasPicker';
import { ConnectionTestMessage } from './ConnectionTestMessage';
import { ManagedNote } from './ManagedNote';

export interface PortalEditorProps {
  kind: PortalKind;
  /** The profile being edited; undefined for a new one. */
  initial?: PortalProfile;
  /** A district portal: only the token (and an open Canvas course/assignment) may change. */
  isManaged: boolean;
  /** For a district Canvas portal whose course and assignment the policy fixes. */
  isTargetFixed?: boolean;
  hasSavedToken: boolean;
  onDone: (message: string) => void;
  onCancel: () => void;
}

function splitOrigins(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Add or edit one portal profile: generic HTTPS, Canvas LMS, or download only. Tokens are never shown back. */
export function PortalEditor(props: PortalEditorProps) {
  const { kind, initial, isManaged } = props;
  const [name, setName] = useState(initial?.name ?? '');
  const [url, setUrl] = useState(initial?.kind === 'generic' ? initial.url : '');
  const [baseUrl, setBaseUrl] = useState(initial?.kind === 'canvas' ? initial.baseUrl : '');
  const [uploadOrigins, setUploadOrigins] = useState(
    initial?.kind === 'canvas' ? initial.uploadOrigins.join('\n') : '',
  );
  const [choice, setChoice] = useState<CanvasChoice>(
    initial?.kind === 'canvas'
      ? {
          courseId: initial.courseId,
          courseName: initial.courseName,
          assignmentId: initial.assignmentId,
          assignmentName: initial.assignmentName,
        }
      : { courseId: '', courseName: '', assignmentId: '', assignmentName: '' },
  );
  const [pattern, setPattern] = useState(
    initial?.kind === 'download' ? initial.filenamePattern : defaultFilenamePattern,
  );
  const [instructions, setInstructions] = useState(initial?.kind === 'download' ? initial.instructions : '');
  const [token, setToken] = useState('');
  const [removeToken, setRemoveToken] = useState(false);
  const [error, setError] = useState('');
  const [testResult, setTestResult] = useState<ConnectionTestResult>();
  const [busy, setBusy] = useState(false);
  const id = useId();
  const managedNoteId = `${id}-managed`;
  const fixed = isManaged ? { disabled: true, 'aria-describedby': managedNoteId } : {};

  const buildProfile = (): PortalProfile => {
    const profileId = initial?.id ?? crypto.randomUUID();
    const profileName = name.trim();
    if (kind === 'generic') return { kind, id: profileId, name: profileName, url: url.trim() };
    if (kind === 'canvas') {
      return {
        kind,
        id: profileId,
        name: profileName,
        baseUrl: baseUrl.trim().replace(/\/+$/, ''),
        ...choice,
        uploadOrigins: splitOrigins(uploadOrigins),
      };
    }
    return {
      kind,
      id: profileId,
      name: profileName,
      filenamePattern: pattern.trim() || defaultFilenamePattern,
      instructions: instructions.trim(),
    };
  };

  /** What is wrong with the form, in plain words; '' when it can be saved. */
  const validate = (profile: PortalProfile): string => {
    if (!profile.name) return t('options_portal_nameMissing');
    if (profile.kind === 'generic' && !isAllowedPortalUrl(profile.url)) return t('options_portal_invalidUrl');
    if (profile.kind === 'canvas') {
      if (!isAllowedPortalUrl(profile.baseUrl)) return t('options_portal_invalidUrl');
      const bad = profile.uploadOrigins.find((o) => !isRequestablePattern(o));
      if (bad) return t('options_canvas_badUploadHost', bad);
      if (!token && !props.hasSavedToken) return t('options_test_missingToken');
      if (!profile.courseId || !profile.assignmentId) return t('options_canvas_chooseFirst');
    }
    return '';
  };

  const resolveToken = async () =>
    token.trim() || (initial ? await readPortalToken(getDatabase(), initial.id) : undefined);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setTestResult(undefined);
    const profile = buildProfile();
    const problem = validate(profile);
    if (problem) {
      setError(problem);
      return;
    }
    // Canvas doesn't answer CORS: ask for its hosts now, from this click. A refusal saves nothing.
    if (profile.kind === 'canvas') {
      const patterns = canvasPermissionPatterns(profile.baseUrl, profile.uploadOrigins);
      if (!(await requestHostPermission(patterns))) {
        setError(t('options_canvas_permissionRefusedNotSaved', new URL(profile.baseUrl).host));
        return;
      }
    }
    const tokenChange = removeToken ? '' : token.trim() || undefined;
    setBusy(true);
    try {
      const db = getDatabase();
      if (isManaged) {
        await saveManagedPortalChoice(
          db,
          profile.id,
          tokenChange,
          profile.kind === 'canvas' && !props.isTargetFixed ? choice : undefined,
        );
      } else {
        await savePortalProfile(db, profile, tokenChange);
      }
      setToken('');
      props.onDone(t('options_portal_saved', profile.name));
    } catch {
      setError(t('options_portal_saveFailed'));
    } finally {
      setBusy(false);
    }
  };

  const test = async () => {
    setError('');
    setTestResult(undefined);
    const profile = buildProfile();
    if (profile.kind === 'canvas') {
      if (!isAllowedPortalUrl(profile.baseUrl)) {
        setError(t('options_portal_invalidUrl'));
        return;
      }
      if (!(await requestHostPermission(canvasPermissionPatterns(profile.baseUrl, profile.uploadOrigins)))) {
        setTestResult({ ok: false, code: 'permission' });
        return;
      }
    }
    setBusy(true);
    try {
      setTestResult(await testPortalConnection(profile, removeToken ? undefined : await resolveToken()));
    } finally {
      setBusy(false);
    }
  };

  const example = expandFilenamePattern(pattern || defaultFilenamePattern, {
    teacherName: 'Ana Rivera',
    credential: 'AI Foundations',
    title: 'Fractions rubric',
    level: 'beginner',
    date: new Date(),
  });

  return (
    <form className="opt-form opt-portal-editor" onSubmit={(e) => void save(e)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {t(initial ? 'options_portal_editTitle' : 'options_portal_addTitle', t(`options_portal_kind_${kind}`))}
      </h3>
      {isManaged && <ManagedNote id={managedNoteId} />}
      <label htmlFor={`${id}-name`}>{t('options_portal_name')}</label>
      <input id={`${id}-name`} type="text" value={name} onChange={(e) => setName(e.target.value)} {...fixed} />

      {kind === 'generic' && (
        <>
          <label htmlFor={`${id}-url`}>{t('options_portal_url')}</label>
          <input
            id={`${id}-url`}
            type="url"
            inputMode="url"
            placeholder="https://portal.example.org/showwork/submissions"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            {...fixed}
          />
          <p className="muted opt-help">{t('options_portal_urlHelp')}</p>
        </>
      )}

      {kind === 'canvas' && (
        <>
          <label htmlFor={`${id}-base`}>{t('options_canvas_baseUrl')}</label>
          <input
            id={`${id}-base`}
            type="url"
            inputMode="url"
            placeholder="https://district.instructure.com"
            value={baseUrl}
            onChange={(e) => {
              setBaseUrl(e.target.value);
              if (!uploadOrigins) setUploadOrigins(suggestCanvasUploadOrigins(e.target.value).join('\n'));
            }}
            {...fixed}
          />
          <label htmlFor={`${id}-upload`}>{t('options_canvas_uploadHosts')}</label>
          <textarea
            id={`${id}-upload`}
            rows={2}
            value={uploadOrigins}
            aria-describedby={`${id}-upload-help`}
            onChange={(e) => setUploadOrigins(e.target.value)}
            disabled={isManaged}
          />
          <p id={`${id}-upload-help`} className="muted opt-help">
            {t('options_canvas_uploadHostsHelp')}
          </p>
        </>
      )}

      {kind === 'download' && (
        <>
          <label htmlFor={`${id}-pattern`}>{t('options_download_pattern')}</label>
          <input
            id={`${id}-pattern`}
            type="text"
            value={pattern}
            aria-describedby={`${id}-pattern-help`}
            onChange={(e) => setPattern(e.target.value)}
            {...fixed}
          />
          <p id={`${id}-pattern-help`} className="muted opt-help">
            {t('options_download_patternHelp')} {t('options_download_example', example)}
          </p>
          <label htmlFor={`${id}-instructions`}>{t('options_download_instructions')}</label>
          <textarea
            id={`${id}-instructions`}
            rows={3}
            value={instructions}
            onChange={(e) => setInstructions(e.target.value)}
            {...fixed}
          />
        </>
      )}

      {kind !== 'download' && (
        <>
          <label htmlFor={`${id}-token`}>
            {t(kind === 'canvas' ? 'options_canvas_token' : 'options_portal_token')}
          </label>
          <input
            id={`${id}-token`}
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={token}
            aria-describedby={`${id}-token-help`}
            onChange={(e) => setToken(e.target.value)}
          />
          <p id={`${id}-token-help`} className="muted opt-help">
            {props.hasSavedToken
              ? t('options_portal_tokenSaved')
              : t(kind === 'canvas' ? 'options_canvas_tokenHelp' : 'options_portal_tokenHelp')}
          </p>
          {props.hasSavedToken && kind === 'generic' && (
            <div className="opt-check">
              <input
                id={`${id}-remove-token`}
                type="checkbox"
                checked={removeToken}
                onChange={(e) => setRemoveToken(e.target.checked)}
              />
              <label htmlFor={`${id}-remove-token`}>{t('options_portal_removeToken')}</label>
            </div>
          )}
        </>
      )}

      {kind === 'canvas' && !props.isTargetFixed && (
        <CanvasPicker
          baseUrl={baseUrl.trim().replace(/\/+$/, '')}
          uploadOrigins={splitOrigins(uploadOrigins)}
          resolveToken={resolveToken}
          value={choice}
          onChange={setChoice}
        />
      )}

      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
      <div role="status" className="opt-status">
        {busy && t('options_portal_working')}
        {testResult && <ConnectionTestMessage result={testResult} kind={kind} />}
      </div>
      <div className="opt-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('options_portal_save')}
        </button>
        {kind !== 'download' && (
          <button type="button" onClick={() => void test()} disabled={busy}>
            {t('options_portal_testConnection')}
          </button>
        )}
        <button type="button" onClick={props.onCancel}>
          {t('options_portal_cancel')}
        </button>
      </div>
    </form>
  );
}
