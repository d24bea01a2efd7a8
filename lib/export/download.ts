import type { TraceDocument } from '../model/trace-document';
import { isoDay } from './labels';

/** A file-name-safe slug of a title: letters and digits of any script, dashes, at most 60 characters. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'untitled';
}

/** ai-trace-<title>-<YYYY-MM-DD>.<ext>, the name every export of a trace uses. */
export function exportFileName(doc: Pick<TraceDocument, 'title' | 'exportedAt'>, extension: 'pdf' | 'json' | 'md' | 'evidence.json' | 'zip'): string {
  return `ai-trace-${slugify(doc.title)}-${isoDay(doc.exportedAt)}.${extension}`;
}

export const mimeTypes = {
  pdf: 'application/pdf',
  json: 'application/json',
  md: 'text/markdown;charset=utf-8',
  zip: 'application/zip',
} as const;

/**
 * Saves bytes as a file through a Blob and an <a download> click: from an extension page this is an ordinary
 * download the browser (and Playwright's `download` event) sees, with no downloads permission.
 */
export function downloadBytes(bytes: Uint8Array | string, fileName: string, mimeType: string): void {
  const blob = new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: revoking at once can cancel the download in Chromium before it starts reading the blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
