import { useId, useState } from 'react';
import { getDatabase } from '@/lib/db/schema';
import { downloadBytes, exportFileName, mimeTypes } from '@/lib/export/download';
import { loadExtensionFont } from '@/lib/export/extension-fonts';
import { renderTraceJson } from '@/lib/export/json';
import { renderTraceMarkdown } from '@/lib/export/markdown';
import { renderOpenBadgesEvidence } from '@/lib/export/open-badges';
import { t } from '@/lib/i18n/t';
import type { TraceDocument } from '@/lib/model/trace-document';
import { readTeacherProfile } from '@/lib/settings/profile';
import { readRoster } from '@/lib/settings/roster';
import { buildTraceDocument } from '@/lib/trace/document';
import { flushTraceEdits } from '@/lib/trace/trace-autosave';
import type { RedactionCandidate } from '@/lib/redaction/apply';
import { RedactionPreviewDialog } from './RedactionPreviewDialog';
import './export.css';

type Format = 'pdf' | 'json' | 'md' | 'evidence';

interface Pending {
  format: Format;
  doc: TraceDocument;
  candidates: RedactionCandidate[];
  fileName: string;
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
      const doc = await buildTraceDocument(getDatabase(), traceId);
      // Loaded on first export: the detectors bring compromise (~350 KB) the panel does not need otherwise.
      const { findStudentData } = await import('@/lib/redaction/apply');
      const { applyRedactionChoice } = await import('@/lib/redaction/export-step');
      const candidates = findStudentData(doc, await readRoster());
      // The file name shown is the one written when everything found stays redacted (the default).
      const preview = applyRedactionChoice(doc, { candidates, keep: new Set() }).doc;
      setPending({ format, doc, candidates, fileName: fileNameFor(preview, format) });
    } catch (e) {
      setError(t('export_errorBuild', e instanceof Error ? e.message : String(e)));
      setBusy(false);
    }
  };

  const confirm = async (keep: Set<string>) => {
    if (!pending) return;
    const { format, doc, candidates } = pending;
    setPending(null);
    setStatus(t('export_working'));
    try {
      const { applyRedactionChoice } = await import('@/lib/redaction/export-step');
      // Every byte below (and the file name) comes from the redacted copy.
      const redacted = applyRedactionChoice(doc, { candidates, keep }).doc;
      const fileName = fileNameFor(redacted, format);
      if (format === 'pdf') {
        const { renderTracePdf } = await import('@/lib/export/pdf');
        const profile = await readTeacherProfile();
        const bytes = await renderTracePdf(redacted, { paperSize: profile.paperSize, loadFont: loadExtensionFont });
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
    const { addCustomTerm } = await import('@/lib/redaction/apply');
    const { applyRedactionChoice } = await import('@/lib/redaction/export-step');
    const candidates = addCustomTerm(pending.doc, pending.candidates, term);
    const added = candidates.find((c) => c.kind === 'custom' && c.text.toLowerCase() === term.trim().toLowerCase());
    if (candidates !== pending.candidates) {
      const preview = applyRedactionChoice(pending.doc, { candidates, keep: new Set() }).doc;
      setPending({ ...pending, candidates, fileName: fileNameFor(preview, pending.format) });
    }
    return added?.occurrences ?? 0;
  };

  const cancel = () => {
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
