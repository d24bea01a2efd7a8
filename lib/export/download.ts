import type { TraceDocument } from '../model/trace-document';
import { isoDay } from './labels';

/**
 * A file-name-safe slug of a title: ASCII letters and digits with dashes, accents dropped ("Comprensión" →
 * "comprension"), at most 60 characters; empty for titles with no Latin letters. ASCII because Chromium names a
 * blob download with non-ASCII characters "download" (seen in the end-to-end test), and portals choke on them too.
 */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** ai-trace-<title>-<YYYY-MM-DD>.<ext> (ai-trace-<YYYY-MM-DD>.<ext> for a title without Latin letters). */
export function exportFileName(
  doc: Pick<TraceDocument, 'title' | 'exportedAt'>,
  extension: 'pdf' | 'json' | 'md' | 'evidence.json' | 'zip',
): string {
  const slug = slugify(doc.title);
  return `ai-trace-${slug ? `${slug}-` : ''}${isoDay(doc.exportedAt)}.${extension}`;
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
