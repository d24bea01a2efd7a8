import { describe, expect, test } from 'vitest';
import type { TraceDocument } from '../../lib/model/trace-document';
import { createExportWorker, type ExportWorker } from '../../lib/panel/export-worker-client';
import {
  isPreparedFor,
  prepareFromBasics,
  preparedExportMaxAgeMs,
  type ExportBasics,
  type PreparedPdfExport,
} from '../../lib/panel/prepared-pdf-export';
import { shortDoc } from '../export/sample-docs';

const preparedAt = Date.parse('2026-11-30T10:00:00.000Z');

function prepared(basics: Partial<ExportBasics> = {}): PreparedPdfExport {
  const doc = basics.doc ?? { ...shortDoc(), exportedAt: new Date(preparedAt).toISOString() };
  return {
    doc,
    roster: basics.roster ?? ['Maria Lopez'],
    paperSize: basics.paperSize ?? 'letter',
    candidates: [],
    preview: doc,
    preparedAt,
    bytes: Promise.resolve(new Uint8Array()),
  };
}

/** The same export read again `laterMs` after it was prepared, with `change` applied. */
function fresh(laterMs: number, change: (basics: ExportBasics) => ExportBasics = (b) => b): ExportBasics {
  const { doc, roster, paperSize } = prepared();
  return change({ doc: { ...doc, exportedAt: new Date(preparedAt + laterMs).toISOString() }, roster, paperSize });
}

describe('a PDF prepared when the trace was marked ready', () => {
  test('stands in for the export when only the export time differs', () => {
    expect(isPreparedFor(prepared(), fresh(4000), preparedAt + 4000)).toBe(true);
  });

  test('is made again after any edit, to any field of the document', () => {
    const edits: ((b: ExportBasics) => ExportBasics)[] = [
      (b) => ({ ...b, doc: { ...b.doc, finalArtifact: b.doc.finalArtifact + ' One more line.' } }),
      (b) => ({ ...b, doc: { ...b.doc, reflection: { ...b.doc.reflection, risk: 'Another risk.' } } }),
      (b) => ({ ...b, doc: { ...b.doc, updatedAt: '2026-11-30T10:00:01.000Z' } }),
      (b) => ({ ...b, doc: { ...b.doc, teacher: { ...b.doc.teacher, name: 'Ana R.' } } }),
      (b) => ({ ...b, doc: { ...b.doc, title: 'Renamed' } }),
    ];
    for (const edit of edits) expect(isPreparedFor(prepared(), fresh(4000, edit), preparedAt + 4000)).toBe(false);
  });

  test('is made again when the roster or the paper size changed (other redactions, another page)', () => {
    expect(
      isPreparedFor(
        prepared(),
        fresh(1000, (b) => ({ ...b, roster: [...b.roster, 'Li Wei'] })),
        preparedAt + 1000,
      ),
    ).toBe(false);
    expect(
      isPreparedFor(
        prepared(),
        fresh(1000, (b) => ({ ...b, paperSize: 'a4' })),
        preparedAt + 1000,
      ),
    ).toBe(false);
  });

  test('is not used once old, or on another day (the PDF prints the export day)', () => {
    const late = preparedExportMaxAgeMs + 1;
    expect(isPreparedFor(prepared(), fresh(late), preparedAt + late)).toBe(false);
    const beforeMidnight = Date.parse('2026-11-30T23:59:00.000Z');
    const doc = { ...shortDoc(), exportedAt: new Date(beforeMidnight).toISOString() };
    const old = { ...prepared({ doc }), preparedAt: beforeMidnight };
    const afterMidnight = { ...fresh(0), doc: { ...doc, exportedAt: '2026-12-01T00:01:00.000Z' } };
    expect(isPreparedFor(old, afterMidnight, beforeMidnight + 120_000)).toBe(false);
  });
});

/** The real detectors and redaction on this thread; renders recorded (the document each was asked for). */
function recordingWorker(): { worker: ExportWorker; rendered: TraceDocument[] } {
  const real = createExportWorker({ createPdfWorker: null, createScanWorker: null });
  const rendered: TraceDocument[] = [];
  const worker: ExportWorker = {
    ...real,
    async render(doc) {
      rendered.push(doc);
      return new TextEncoder().encode(`pdf ${rendered.length}: ${doc.title}`);
    },
  };
  return { worker, rendered };
}

describe('preparing the PDF when a trace is marked ready', () => {
  test('with no student data found, the PDF started beside the scan is the export (one render)', async () => {
    const { worker, rendered } = recordingWorker();
    const doc = { ...shortDoc(), title: 'Photosynthesis exit ticket' };
    const made = await prepareFromBasics({ doc, roster: [], paperSize: 'letter' }, worker);
    expect(made.candidates).toEqual([]);
    expect(rendered).toHaveLength(1);
    expect(rendered[0]).toEqual(made.preview);
    expect(new TextDecoder().decode(await made.bytes)).toBe('pdf 1: Photosynthesis exit ticket');
  });

  test('with student data found, the redacted copy is rendered and its bytes are the export', async () => {
    const { worker, rendered } = recordingWorker();
    const doc = { ...shortDoc(), title: 'Notes on Maria Lopez' };
    const made = await prepareFromBasics({ doc, roster: ['Maria Lopez'], paperSize: 'letter' }, worker);
    expect(made.candidates.some((c) => c.text === 'Maria Lopez')).toBe(true);
    expect(rendered).toHaveLength(2);
    expect(rendered[1]).toEqual(made.preview);
    expect(made.preview.redaction.applied).toBe(true);
    const written = new TextDecoder().decode(await made.bytes);
    expect(written).toBe(`pdf 2: ${made.preview.title}`);
    expect(written).not.toContain('Maria Lopez');
  });
});
