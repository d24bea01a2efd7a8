import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { getDatabase } from '@/lib/db/schema';
import { downloadBytes, exportFileName, mimeTypes } from '@/lib/export/download';
import { renderTraceJson } from '@/lib/export/json';
import { renderTraceMarkdown } from '@/lib/export/markdown';
import { renderOpenBadgesEvidence } from '@/lib/export/open-badges';
import { t } from '@/lib/i18n/t';
import type { TraceDocument } from '@/lib/model/trace-document';
import { sharedExportWorker } from '@/lib/panel/export-worker-client';
import {
  findExportFindings,
  isPreparedFor,
  preparePdfExport,
  readExportBasics,
  type PreparedPdfExport,
} from '@/lib/panel/prepared-pdf-export';
import type { TeacherProfile } from '@/lib/settings/profile';
import { flushTraceEdits } from '@/lib/trace/trace-autosave';
import type { RedactionCandidate } from '@/lib/redaction/apply';
import { RedactionPreviewDialog } from './RedactionPreviewDialog';
import './export.css';

type Format = 'pdf' | 'json' | 'md' | 'evidence';

interface Pending {
  format: Format;
  doc: TraceDocument;
  candidates: RedactionCandidate[];
  /** The document with everything found redacted (the default choice). */
  preview: TraceDocument;
  fileName: string;
  paperSize: TeacherProfile['paperSize'];
}

/** The PDF of the default choice (everything found redacted), rendered while the teacher reads the preview. */
interface Prerender {
  /** The candidates it was made for: a term added in the preview makes a new list and a new render. */
  candidates: RedactionCandidate[];
  bytes: Promise<Uint8Array>;
}

function fileNameFor(doc: TraceDocument, format: Format): string {
  return exportFileName(doc, format === 'evidence' ? 'evidence.json' : format);
}

function isValidUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Export of one trace: Export PDF (the one-page trace with trace.json attached), JSON, Markdown and Open Badges
 * 3.0 evidence. Each goes through the redaction preview first; the confirmed copy is downloaded, the stored
 * trace is left as it is.
 */
export function TraceExportPanel({ traceId }: { traceId: string }) {
  const headingId = useId();
  const urlId = useId();
  const urlHelpId = useId();
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [evidenceUrl, setEvidenceUrl] = useState('');
  const prerenderRef = useRef<Prerender | null>(null);
  const preparedRef = useRef<Promise<PreparedPdfExport | null> | null>(null);

  // A trace marked ready is usually exported next: make its PDF now, in the PDF worker, and again whenever the ready
  // trace changes. Export PDF uses it only if it is still exactly what would be exported (isPreparedFor).
  const trace = useLiveQuery(() => getDatabase().traces.get(traceId), [traceId]);
  const readyVersion = trace?.status === 'ready' ? trace.updatedAt : undefined;
  useEffect(() => {
    if (readyVersion === undefined) {
      preparedRef.current = null;
      return;
    }
    // Once per save (the autosave already gathers a run of edits into one), not per keystroke.
    preparedRef.current = preparePdfExport(getDatabase(), traceId, sharedExportWorker()).catch(() => null);
  }, [traceId, readyVersion]);

  /** Starts rendering the PDF the Export click writes when the teacher keeps the default choice. */
  const prerender = (candidates: RedactionCandidate[], preview: TraceDocument, paperSize: Pending['paperSize']) => {
    const bytes = sharedExportWorker().render(preview, paperSize);
    bytes.catch(() => {}); // a failure is reported when (and if) the teacher confirms
    prerenderRef.current = { candidates, bytes };
  };

  const start = async (format: Format) => {
    setStatus('');
    setError('');
    if (format === 'evidence' && evidenceUrl.trim() && !isValidUrl(evidenceUrl.trim())) {
      setError(t('export_errorEvidenceUrl'));
      return;
    }
    setBusy(true);
    try {
      await flushTraceEdits(traceId); // the editor's last change (e.g. Mark ready a moment ago) goes in the export
      const basics = await readExportBasics(getDatabase(), traceId);
      const prepared = format === 'pdf' ? await preparedRef.current : null;
      if (prepared && isPreparedFor(prepared, basics)) {
        // Made when the trace was marked ready and nothing has changed since: its findings, and its bytes.
        prerenderRef.current = { candidates: prepared.candidates, bytes: prepared.bytes };
        setPending({
          format,
          doc: prepared.doc,
          candidates: prepared.candidates,
          preview: prepared.preview,
          fileName: fileNameFor(prepared.preview, format),
          paperSize: prepared.paperSize,
        });
        return;
      }
      const { doc, paperSize } = basics;
      const { candidates, preview } = await findExportFindings(basics, sharedExportWorker());
      if (format === 'pdf') prerender(candidates, preview, paperSize);
      // The file name shown is the one written when everything found stays redacted (the default).
      setPending({ format, doc, candidates, preview, fileName: fileNameFor(preview, format), paperSize });
    } catch (e) {
      setError(t('export_errorBuild', e instanceof Error ? e.message : String(e)));
      setBusy(false);
    }
  };

  const confirm = async (keep: Set<string>) => {
    if (!pending) return;
    const { format, doc, candidates, preview, paperSize } = pending;
    const prerendered = prerenderRef.current;
    prerenderRef.current = null;
    setPending(null);
    setStatus(t('export_working'));
    try {
      // Every byte below (and the file name) comes from the redacted copy: the preview's when nothing is kept.
      const redacted = keep.size === 0 ? preview : await sharedExportWorker().redact(doc, candidates, keep);
      const fileName = fileNameFor(redacted, format);
      if (format === 'pdf') {
        // The bytes made while the preview was open, when they are of this very document: same candidates,
        // everything redacted (nothing kept). Any other choice is rendered now.
        const isDefaultChoice = prerendered?.candidates === candidates && keep.size === 0;
        const bytes = isDefaultChoice
          ? await prerendered.bytes
          : await sharedExportWorker().render(redacted, paperSize);
        downloadBytes(bytes, fileName, mimeTypes.pdf);
      } else if (format === 'json') {
        downloadBytes(renderTraceJson(redacted), fileName, mimeTypes.json);
      } else if (format === 'md') {
        downloadBytes(renderTraceMarkdown(redacted), fileName, mimeTypes.md);
      } else {
        const evidence = renderOpenBadgesEvidence(
          redacted,
          evidenceUrl.trim() ? { idUrl: evidenceUrl.trim() } : undefined,
        );
        downloadBytes(JSON.stringify(evidence, null, 2) + '\n', fileName, mimeTypes.json);
      }
      setStatus(
        redacted.redaction.applied
          ? t('export_doneRedacted', fileName, redacted.redaction.itemCount)
          : t('export_done', fileName),
      );
    } catch (e) {
      setStatus('');
      setError(t('export_errorRender', e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };

  const addTerm = async (term: string): Promise<number> => {
    if (!pending) return 0;
    const worker = sharedExportWorker();
    const candidates = await worker.addCustomTerm(pending.doc, pending.candidates, term);
    const added = candidates.find((c) => c.kind === 'custom' && c.text.toLowerCase() === term.trim().toLowerCase());
    if (candidates !== pending.candidates) {
      const preview = await worker.redact(pending.doc, candidates, new Set());
      if (pending.format === 'pdf') prerender(candidates, preview, pending.paperSize);
      setPending({ ...pending, candidates, preview, fileName: fileNameFor(preview, pending.format) });
    }
    return added?.occurrences ?? 0;
  };

  const cancel = () => {
    prerenderRef.current = null;
    setPending(null);
    setBusy(false);
    setStatus(t('export_cancelled'));
  };

  return (
    <section className="ex-panel" aria-labelledby={headingId} aria-busy={busy}>
      <h2 id={headingId}>{t('export_heading')}</h2>
      <div className="ex-buttons">
        <button type="button" className="primary" disabled={busy} onClick={() => void start('pdf')}>
          {t('export_pdf')}
        </button>
        <button type="button" disabled={busy} onClick={() => void start('json')}>
          {t('export_json')}
        </button>
        <button type="button" disabled={busy} onClick={() => void start('md')}>
          {t('export_markdown')}
        </button>
        <button type="button" disabled={busy} onClick={() => void start('evidence')}>
          {t('export_evidence')}
        </button>
      </div>
      <div className="ex-field">
        <label htmlFor={urlId}>{t('export_evidenceUrlLabel')}</label>
        <input
          id={urlId}
          type="url"
          inputMode="url"
          value={evidenceUrl}
          placeholder="https://"
          aria-describedby={urlHelpId}
          onChange={(e) => setEvidenceUrl(e.target.value)}
        />
        <span id={urlHelpId} className="muted">
          {t('export_evidenceUrlHelp')}
        </span>
      </div>
      <div role="status" aria-live="polite">
        {status && <p className="notice ok">{status}</p>}
      </div>
      <div role="alert">{error && <p className="notice error">{error}</p>}</div>
      <RedactionPreviewDialog
        candidates={pending?.candidates ?? null}
        fileName={pending?.fileName ?? ''}
        onConfirm={(keep) => void confirm(keep)}
        onCancel={cancel}
        onAddTerm={addTerm}
      />
    </section>
  );
}
