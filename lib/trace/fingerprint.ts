import type { TraceDocument } from '../model/trace-document';

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== undefined) out[key] = sortKeys(child);
    }
    return out;
  }
  return value;
}

/**
 * The canonical text of a trace document: keys sorted at every level, two-space indent, one final newline.
 * These exact bytes (UTF-8) are the JSON export and the PDF's trace.json attachment, so the same document
 * always gives the same fingerprint whoever renders it.
 */
export function serializeTraceDocument(doc: TraceDocument): string {
  return JSON.stringify(sortKeys(doc), null, 2) + '\n';
}

/** Lower-case hex SHA-256 of bytes. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // A copy into a fresh ArrayBuffer: subtle.digest rejects views over SharedArrayBuffer and some polyfilled buffers.
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const digest = await crypto.subtle.digest('SHA-256', copy.buffer);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 (hex) of the UTF-8 bytes of serializeTraceDocument(doc): the fingerprint printed on the PDF. */
export async function fingerprintTraceDocument(doc: TraceDocument): Promise<string> {
  return sha256Hex(new TextEncoder().encode(serializeTraceDocument(doc)));
}
