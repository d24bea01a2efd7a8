import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { getDatabase } from '@/lib/db/schema';
import {
  activeFrameworkIdItem,
  listFrameworks,
  removeFramework,
  setActiveFrameworkId,
} from '@/lib/framework/active-framework';
import { defaultFrameworkId } from '@/lib/framework/default-framework';
import { labelFramework } from '@/lib/framework/framework-labels';
import { describeFrameworkProblem, importFrameworkFile } from '@/lib/framework/import-framework';
import { t } from '@/lib/i18n/t';
import { ManagedNote } from './ManagedNote';
import { useManagedPolicy } from './use-managed-policy';
import './framework-section.css';

type Result = { kind: 'ok' | 'error'; text: string } | null;

function useActiveFrameworkId(): string | undefined {
  const [id, setId] = useState<string>();
  useEffect(() => {
    let isMounted = true;
    void activeFrameworkIdItem.getValue().then((value) => isMounted && setId(value));
    const unwatch = activeFrameworkIdItem.watch((value) => setId(value ?? defaultFrameworkId));
    return () => {
      isMounted = false;
      unwatch();
    };
  }, []);
  return id;
}

/** Options: the credential frameworks (built-in and imported), which one is active, and importing a district file. */
export function FrameworkSection() {
  const db = getDatabase();
  const headingId = useId();
  const fileId = useId();
  const helpId = useId();
  const managedNoteId = useId();
  const policy = useManagedPolicy();
  const frameworks = useLiveQuery(() => listFrameworks(db), [db, policy]);
  const chosenId = useActiveFrameworkId();
  // District policy fixes the framework: shown as active, the choice disabled.
  const managedId = policy?.framework?.id;
  const activeId = managedId ?? chosenId;
  const [result, setResult] = useState<Result>(null);
  const [isBusy, setIsBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const importFile = async (file: File) => {
    setIsBusy(true);
    setResult(null);
    try {
      const outcome = await importFrameworkFile(db, await file.text());
      setResult(
        outcome.ok
          ? {
              kind: 'ok',
              text: t(
                outcome.replaced ? 'editor_frameworkReplaced' : 'editor_frameworkImported',
                outcome.framework.name,
              ),
            }
          : { kind: 'error', text: describeFrameworkProblem(outcome.problem) },
      );
    } catch {
      setResult({ kind: 'error', text: t('editor_frameworkReadFailed') });
    } finally {
      setIsBusy(false);
      // The same file can be chosen again after the district fixes it.
      if (inputRef.current) inputRef.current.value = '';
    }
  };

  return (
    <section aria-labelledby={headingId} className="fw-section">
      <h2 id={headingId}>{t('editor_frameworksHeading')}</h2>
      <p className="muted">{t('editor_frameworksIntro')}</p>
      {frameworks && activeId !== undefined && (
        <fieldset className="fw-list">
          <legend>
            {t('editor_frameworkActiveLegend')} {managedId && <ManagedNote id={managedNoteId} />}
          </legend>
          {frameworks.map((framework) => {
            const radioId = `fw-${framework.id}`;
            return (
              <div key={framework.id} className="fw-row">
                <input
                  type="radio"
                  id={radioId}
                  name="active-framework"
                  checked={
                    activeId === framework.id ||
                    (!frameworks.some((f) => f.id === activeId) && framework.id === defaultFrameworkId)
                  }
                  disabled={managedId !== undefined}
                  aria-describedby={managedId ? managedNoteId : undefined}
                  onChange={() => void setActiveFrameworkId(framework.id)}
                />
                <label htmlFor={radioId}>
                  {labelFramework(framework)}{' '}
                  <span className="muted">
                    {framework.id === defaultFrameworkId
                      ? t('editor_frameworkBuiltIn')
                      : t('editor_frameworkVersion', framework.version, framework.credentials.length)}
                  </span>
                </label>
                {framework.id !== defaultFrameworkId && framework.id !== managedId && (
                  <button
                    type="button"
                    className="danger"
                    aria-label={t('editor_frameworkRemoveNamed', framework.name)}
                    onClick={() => void removeFramework(db, framework.id)}
                  >
                    {t('editor_frameworkRemove')}
                  </button>
                )}
              </div>
            );
          })}
        </fieldset>
      )}
      <div className="fw-import">
        <label htmlFor={fileId} className="fw-label">
          {t('editor_frameworkImportLabel')}
        </label>
        <p id={helpId} className="muted">
          {t('editor_frameworkImportHelp')}
        </p>
        <input
          ref={inputRef}
          id={fileId}
          type="file"
          accept="application/json,.json"
          aria-describedby={helpId}
          disabled={isBusy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void importFile(file);
          }}
        />
      </div>
      <div role="status" aria-live="polite">
        {result?.kind === 'ok' && <p className="notice ok">{result.text}</p>}
      </div>
      <div role="alert">{result?.kind === 'error' && <p className="notice error">{result.text}</p>}</div>
    </section>
  );
}
