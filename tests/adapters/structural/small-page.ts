import { readStructurally } from '../../../lib/adapters/structural/read-structurally';
import { AdapterError } from '../../../lib/adapters/types';
import { redesignDocument } from './redesign';

/**
 * Reads small pages written in a test (a body's HTML) with the structural reader, as they are or redesigned: how the
 * unit tests of its signals put a case and its counter-case.
 */
export function smallPageReader(url: URL) {
  const read = (body: string, redesigned: boolean) => {
    const html = `<!doctype html><html><body>${body}</body></html>`;
    const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    if (redesigned) redesignDocument(doc);
    return readStructurally(doc, url);
  };
  return {
    /** The turns read, by role and text; throws the reader's AdapterError when it finds no conversation. */
    turnsOf(body: string, redesigned = false) {
      return read(body, redesigned).conversation!.turns.map(({ role, text }) => ({ role, text }));
    },
    /** True when the reader answers "no conversation found". */
    refuses(body: string, redesigned = false): boolean {
      try {
        read(body, redesigned);
        return false;
      } catch (error) {
        return error instanceof AdapterError;
      }
    },
  };
}
