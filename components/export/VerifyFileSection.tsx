import { useId, useState } from 'react';
import { verifyExportedFile, type VerifyResult } from '@/lib/export/verify';
import { t } from '@/lib/i18n/t';
import './export.css';

/**
 * Opens an exported PDF or JSON (read locally, never uploaded) and says whether it is intact or exactly what
 * is wrong. The UI is honest about what is checked: the attached trace against the fingerprint the PDF
 * records; it is an integrity check, not a signature.
 */
export function VerifyFileSection() {
  const headingId = useId();
  const inputId = useId();
  const helpId = useId();
  const [result, setResult] = useState<{ name: string; result: VerifyResult } | null>(null);
  const [busy, setBusy] = useState(false);

  const check = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setResult(null);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      setResult({ name: file.name, result: await verifyExportedFile(bytes, file.name) });
    } finally {
      setBusy(false);
    }
  };

  const r = result?.result;
  return (
    <section className="ex-panel" aria-labelledby={headingId} aria-busy={busy}>
      <h2 id={headingId}>{t('export_verifyHeading')}</h2>
      <p className="muted" id={helpId}>
        {t('export_verifyIntro')}
      </p>
      <div className="ex-field">
        <label htmlFor={inputId}>{t('export_verifyChoose')}</label>
        <input
          id={inputId}
          type="file"
          accept=".pdf,.json,application/pdf,application/json"
          aria-describedby={helpId}
          onChange={(e) => void check(e.target.files?.[0])}
        />
      </div>
      <div role="status" aria-live="polite">
        {busy && <p>{t('export_verifyChecking')}</p>}
        {r && result && (
          <div className={`notice ${r.ok ? 'ok' : 'error'}`} data-testid="verify-result">
            <p>
              <strong>
                {r.ok
                  ? t(r.format === 'pdf' ? 'export_verifyIntactPdf' : 'export_verifyIntactJson', result.name)
                  : t('export_verifyProblems', result.name)}
              </strong>
            </p>
            {r.summary && (
              <p className="captured" dir="auto">
                {t(
                  'export_verifySummary',
                  r.summary.title || t('export_untitled'),
                  r.summary.teacher || '—',
                  r.summary.exportedAt.slice(0, 10),
                )}
                {r.summary.redactedItems > 0 && ` ${t('export_verifyRedacted', r.summary.redactedItems)}`}
              </p>
            )}
            {r.problems.length > 0 && (
              <ul>
                {r.problems.map((p, i) => (
                  <li key={i}>
                    {t(`export_problem_${p.code.replace(/-/g, '_')}`)}
                    {p.detail && (
                      <>
                        {' '}
                        <span className="ex-fingerprint">({p.detail})</span>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {r.fingerprint && (
              <p>
                {t('export_verifyFingerprint')} <span className="ex-fingerprint">{r.fingerprint}</span>
              </p>
            )}
            <p className="muted">{t(r.format === 'json' ? 'export_verifyWhatJson' : 'export_verifyWhatPdf')}</p>
          </div>
        )}
      </div>
    </section>
  );
}
