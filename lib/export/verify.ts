import { TraceDocument } from '../model/trace-document';
import { serializeTraceDocument, sha256Hex } from '../trace/fingerprint';
import { PdfFile, PdfReadError, type PdfObject } from './pdf-objects';

/** What can be wrong with a file handed to Verify, most basic first. */
export type VerifyProblemCode =
  /** Neither a PDF nor a JSON file. */
  | 'unknown-format'
  /** A PDF whose objects could not be read. */
  | 'pdf-unreadable'
  /** A PDF without a trace.json attachment (not exported by ShowWork, or the attachment was removed). */
  | 'no-attachment'
  /** trace.json is there but its bytes could not be decoded. */
  | 'attachment-unreadable'
  /** The PDF records no fingerprint to check against. */
  | 'no-recorded-fingerprint'
  /** The places that record the fingerprint disagree (document information vs attachment description). */
  | 'recorded-fingerprints-differ'
  /** The attachment's SHA-256 is not the fingerprint printed and recorded on the PDF: it was changed. */
  | 'fingerprint-mismatch'
  /** Not JSON at all. */
  | 'invalid-json'
  /** JSON, but not a valid showwork.trace/1 document (detail says which field). */
  | 'schema-invalid'
  /** A valid trace, but not in the exact form ShowWork writes: edited or re-saved after export. */
  | 'not-canonical';

export interface VerifyProblem {
  code: VerifyProblemCode;
  /** Extra facts for the message: a field path, the two fingerprints. */
  detail?: string;
}

export interface VerifyResult {
  /** True when nothing is wrong. */
  ok: boolean;
  format: 'pdf' | 'json' | 'unknown';
  /** SHA-256 of the trace JSON found (the attachment, or the JSON file itself). */
  fingerprint: string | null;
  /** For a PDF: the fingerprint it records (printed in the footer, stored in its information and attachment). */
  recordedFingerprint: string | null;
  /** What the trace says about itself, when it could be read. */
  summary: { title: string; teacher: string; exportedAt: string; redactedItems: number } | null;
  problems: VerifyProblem[];
}

const fingerprintPattern = /\b[0-9a-f]{64}\b/;

function summarize(doc: TraceDocument): VerifyResult['summary'] {
  return {
    title: doc.title,
    teacher: doc.teacher.name,
    exportedAt: doc.exportedAt,
    redactedItems: doc.redaction.itemCount,
  };
}

/** Checks the JSON bytes of a trace: schema, canonical form; returns the parsed document when valid. */
async function checkTraceJson(bytes: Uint8Array, problems: VerifyProblem[]): Promise<TraceDocument | null> {
  let text: string;
  let value: unknown;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    value = JSON.parse(text);
  } catch (error) {
    problems.push({ code: 'invalid-json', detail: error instanceof Error ? error.message : undefined });
    return null;
  }
  const parsed = TraceDocument.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    problems.push({
      code: 'schema-invalid',
      detail: issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : undefined,
    });
    return null;
  }
  if (serializeTraceDocument(parsed.data) !== text) problems.push({ code: 'not-canonical' });
  return parsed.data;
}

function findTraceAttachment(pdf: PdfFile): { spec: PdfObject; file: PdfObject | undefined } | undefined {
  for (const spec of pdf.objectsOfType('Filespec')) {
    const dict = spec.dict;
    if (!dict) continue;
    const name = pdf.text(dict.get('UF')) ?? pdf.text(dict.get('F'));
    if (name !== 'trace.json') continue;
    const ef = pdf.dict(dict.get('EF'));
    const ref = ef?.get('F') ?? ef?.get('UF');
    const file = ref?.type === 'ref' ? pdf.objects.get(ref.num) : undefined;
    return { spec, file };
  }
  return undefined;
}

function recordedFingerprints(
  pdf: PdfFile,
  spec: PdfObject | undefined,
): { info: string | null; description: string | null } {
  let info: string | null = null;
  for (const obj of pdf.objects.values()) {
    const fp = obj.dict ? pdf.text(obj.dict.get('ShowWorkFingerprint')) : undefined;
    if (fp) info = fp.trim().toLowerCase();
  }
  const description = spec?.dict ? pdf.text(spec.dict.get('Desc')) : undefined;
  const fromDescription = description?.toLowerCase().match(fingerprintPattern)?.[0] ?? null;
  return { info, description: fromDescription };
}

async function verifyPdf(bytes: Uint8Array): Promise<VerifyResult> {
  const result: VerifyResult = {
    ok: false,
    format: 'pdf',
    fingerprint: null,
    recordedFingerprint: null,
    summary: null,
    problems: [],
  };
  let pdf: PdfFile;
  try {
    pdf = new PdfFile(bytes);
  } catch (error) {
    result.problems.push({ code: 'pdf-unreadable', detail: error instanceof PdfReadError ? error.message : undefined });
    return result;
  }
  const attachment = findTraceAttachment(pdf);
  const recorded = recordedFingerprints(pdf, attachment?.spec);
  result.recordedFingerprint = recorded.info ?? recorded.description;
  if (recorded.info && recorded.description && recorded.info !== recorded.description) {
    result.problems.push({
      code: 'recorded-fingerprints-differ',
      detail: `${recorded.info} ≠ ${recorded.description}`,
    });
  }
  if (!attachment) {
    result.problems.push({ code: 'no-attachment' });
    return result;
  }
  let json: Uint8Array;
  try {
    if (!attachment.file) throw new PdfReadError('The attachment has no file stream');
    json = pdf.decodeStream(attachment.file);
  } catch (error) {
    result.problems.push({ code: 'attachment-unreadable', detail: error instanceof Error ? error.message : undefined });
    return result;
  }
  result.fingerprint = await sha256Hex(json);
  const doc = await checkTraceJson(json, result.problems);
  if (doc) result.summary = summarize(doc);
  if (!result.recordedFingerprint) {
    result.problems.push({ code: 'no-recorded-fingerprint' });
  } else if (result.recordedFingerprint !== result.fingerprint) {
    result.problems.push({
      code: 'fingerprint-mismatch',
      detail: `${result.recordedFingerprint} ≠ ${result.fingerprint}`,
    });
  }
  result.ok = result.problems.length === 0;
  return result;
}

async function verifyJson(bytes: Uint8Array): Promise<VerifyResult> {
  const result: VerifyResult = {
    ok: false,
    format: 'json',
    fingerprint: await sha256Hex(bytes),
    recordedFingerprint: null,
    summary: null,
    problems: [],
  };
  const doc = await checkTraceJson(bytes, result.problems);
  if (doc) result.summary = summarize(doc);
  result.ok = result.problems.length === 0;
  return result;
}

function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/**
 * Checks an exported file. A PDF is intact when its trace.json attachment is a valid trace document in
 * ShowWork's canonical form and its SHA-256 equals the fingerprint the PDF records (in its document information
 * and the attachment description; the footer prints the same value). A JSON file is intact when it is a valid
 * trace in canonical form; its fingerprint can then be compared with a PDF's footer.
 * This detects accidental and casual changes; it is not a signature (whoever rewrites both can fake it).
 */
export async function verifyExportedFile(bytes: Uint8Array, fileName: string): Promise<VerifyResult> {
  const lower = fileName.toLowerCase();
  if (looksLikePdf(bytes) || lower.endsWith('.pdf')) return verifyPdf(bytes);
  const firstChar = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart()[0];
  if (lower.endsWith('.json') || firstChar === '{') return verifyJson(bytes);
  return {
    ok: false,
    format: 'unknown',
    fingerprint: null,
    recordedFingerprint: null,
    summary: null,
    problems: [{ code: 'unknown-format' }],
  };
}
