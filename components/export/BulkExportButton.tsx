import { useEffect, useId, useRef, useState } from 'react';
import { getDatabase } from '@/lib/db/schema';
import { listTraceSummaries, type TraceSummary } from '@/lib/db/traces';
import { downloadBytes, mimeTypes } from '@/lib/export/download';
import { loadExtensionFont } from '@/lib/export/extension-fonts';
import { t } from '@/lib/i18n/t';
import { readTeacherProfile } from '@/lib/settings/profile';
import { readRoster } from '@/lib/settings/roster';
import './export.css';

type Phase =
  | { kind: 'closed' }
  | { kind: 'choose' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'finished'; message: string; ok: boolean };

/**
 * Exports many traces (a selection, or the whole library by default) as one .zip of JSON and Markdown, with
 * the PDFs when asked, with a progress bar and Cancel. Likely student data is redacted in every file.
 */
export function BulkExportButton() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const progressId = useId();
  const [phase, setPhase] = useState<Phase>({ kind: 'closed' });
  const [traces, setTraces] = useState<TraceSummary[]>([]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [includePdf, setIncludePdf] = useState(true);
  const abortRef = useRef<AbortController | null>(null);

  const open = async () => {
    const list = await listTraceSummaries(getDatabase());
    setTraces(list);
    setSelected(new Set(list.map((tr) => tr.id)));
    setPhase({ kind: 'choose' });
  };

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (phase.kind !== 'closed' && !dialog.open) dialog.showModal();
    if (phase.kind === 'closed' && dialog.open) dialog.close();
  }, [phase.kind]);

  const close = () => {
    abortRef.current?.abort();
    setPhase({ kind: 'closed' });
  };

  const run = async () => {
    const ids = traces.filter((tr) => selected.has(tr.id)).map((tr) => tr.id);
    if (ids.length === 0) return;
    const controller = new AbortController();
    abortRef.current = controller;
    setPhase({ kind: 'running', done: 0, total: ids.length });
    try {
      const { exportTracesZip } = await import('@/lib/export/zip');
      const profile = await readTeacherProfile();
      const result = await exportTracesZip(getDatabase(), ids, {
        includePdf,
        paperSize: profile.paperSize,
        loadFont: loadExtensionFont,
        roster: await readRoster(),
        signal: controller.signal,
        onProgress: (done, total) => setPhase({ kind: 'running', done, total }),
      });
      const fileName = `showwork-ai-traces-${new Date().toISOString().slice(0, 10)}.zip`;
      downloadBytes(result.bytes, fileName, mimeTypes.zip);
      setPhase({
        kind: 'finished',
        ok: true,
        message: t('export_bulkDone', fileName, result.exported, result.redactedItems),
      });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') {
        setPhase({ kind: 'finished', ok: false, message: t('export_bulkCancelled') });
      } else {
        setPhase({
          kind: 'finished',
          ok: false,
          message: t('export_errorRender', e instanceof Error ? e.message : String(e)),
        });
      }
    } finally {
      abortRef.current = null;
    }
  };

  const allSelected = traces.length > 0 && selected.size === traces.length;

  return (
    <>
      <button type="button" onClick={() => void open()}>
        {t('export_bulkButton')}
      </button>
      <dialog
        ref={dialogRef}
        className="ex-dialog"
        aria-labelledby={headingId}
        onCancel={(event) => {
          event.preventDefault();
          close();
        }}
      >
        <h2 id={headingId}>{t('export_bulkTitle')}</h2>
        {phase.kind === 'choose' && (
          <>
            {traces.length === 0 ? (
              <p>{t('export_bulkNone')}</p>
            ) : (
              <fieldset>
                <legend>{t('export_bulkChoose')}</legend>
                <label>
                  <input
                    type="checkbox"
                    checked={allSelected}
                    onChange={(e) => setSelected(e.target.checked ? new Set(traces.map((tr) => tr.id)) : new Set())}
                  />{' '}
                  {t('export_bulkAll', traces.length)}
                </label>
                <ul className="ex-trace-list">
                  {traces.map((tr) => (
                    <li key={tr.id}>
                      <label>
                        <input
                          type="checkbox"
                          checked={selected.has(tr.id)}
                          onChange={(e) => {
                            const next = new Set(selected);
                            if (e.target.checked) next.add(tr.id);
                            else next.delete(tr.id);
                            setSelected(next);
                          }}
                        />
                        <span className="captured" dir="auto">
                          {tr.title || t('export_untitled')}
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            )}
            <label>
              <input type="checkbox" checked={includePdf} onChange={(e) => setIncludePdf(e.target.checked)} />{' '}
              {t('export_bulkIncludePdf')}
            </label>
            <p className="muted">{t('export_bulkRedactionNote')}</p>
            <div className="ex-button-row">
              <button type="button" onClick={close}>
                {t('export_cancel')}
              </button>
              <button type="button" className="primary" disabled={selected.size === 0} onClick={() => void run()}>
                {t('export_bulkStart', selected.size)}
              </button>
            </div>
          </>
        )}
        {phase.kind === 'running' && (
          <>
            <div className="ex-progress">
              <label htmlFor={progressId}>{t('export_bulkProgressLabel')}</label>
              <progress id={progressId} max={phase.total} value={phase.done}>
                {t('export_bulkProgress', phase.done, phase.total)}
              </progress>
              <span role="status" aria-live="polite">
                {t('export_bulkProgress', phase.done, phase.total)}
              </span>
            </div>
            <div className="ex-button-row">
              <button type="button" onClick={() => abortRef.current?.abort()}>
                {t('export_cancel')}
              </button>
            </div>
          </>
        )}
        {phase.kind === 'finished' && (
          <>
            <p role="status" className={`notice ${phase.ok ? 'ok' : 'error'}`}>
              {phase.message}
            </p>
            <div className="ex-button-row">
              <button type="button" onClick={close}>
                {t('export_close')}
              </button>
            </div>
          </>
        )}
      </dialog>
    </>
  );
}
