import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { unzipSync } from 'fflate';
import { beforeAll, afterAll, afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { TraceExportPanel } from '../../components/export/TraceExportPanel';
import { getDatabase } from '../../lib/db/schema';
import { renderOpenBadgesEvidence } from '../../lib/export/open-badges';
import { exportTracesZip } from '../../lib/export/zip';
import { findStudentData, redactTraceDocument } from '../../lib/redaction/apply';
import { loadPeopleTagger } from '../../lib/redaction/people-tagger';
import { emptyProfile, teacherProfileItem } from '../../lib/settings/profile';
import { rosterItem } from '../../lib/settings/roster';
import { buildTraceDocument } from '../../lib/trace/document';
import { renderSubmissionPayload, type SubmissionRenderers } from '../../lib/upload/prepare-submission';
import { loadFont, renderPdf } from '../export/pdf-helpers';
import { devCorpus } from '../fixtures/redaction/corpus-dev';
import { makeTrace, seedConversation } from '../trace/trace-fixtures';

// These tests call the scan directly (synchronously): compromise's tagger is loaded first, as the extension does.
beforeAll(() => loadPeopleTagger());

/**
 * Every export path, from one stored trace full of student details (corpus samples in the prompts and
 * answers, a student's name in the title, the final artifact and the reflection): Export PDF / JSON / Markdown /
 * Open Badges evidence through the panel, the bulk zip, and what Submit sends. None may let a detail through —
 * not in the bytes, not in the PDF's text or its attached trace.json, not in a file name — and the look-alikes
 * must survive.
 */

// happy-dom cannot fetch the extension's font files; the panel gets the same TTFs from node_modules.
vi.mock('../../lib/export/extension-fonts', async () => ({
  loadExtensionFont: (await import('../export/pdf-helpers')).loadFont,
}));

const db = getDatabase();
const slow = { timeout: 30_000 };
const dir = mkdtempSync(join(tmpdir(), 'showwork-redaction-paths-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const samples = ['en-lunch-table', 'en-parent-email', 'en-json-export'].map((id) =>
  devCorpus.find((s) => s.id === id)!,
);
/** Words that identify the children and families of those samples. */
const studentTokens = [
  'Maria',
  'Lopez',
  'Jamal',
  'Carter',
  'Sofia',
  'Nguyen',
  '48213',
  '55120',
  '61877',
  '03/14/2015',
  '11/02/2014',
  'Leo',
  'Brennan',
  '2043318',
  'Karen',
  '555-867-5309',
  'karen.brennan77',
  'Maple Grove',
  'Zoe',
  'Martinez',
  'Caleb',
  '2015-04-18',
  'bee stings',
  '555-330-1188',
  'Dana Wright',
];
const lookAlikes = [
  'nutrition@springfield.k12.example',
  '(555) 010-2000',
  'Orville Wright',
  'December 17, 1903',
  '200 School Street',
];

function expectClean(what: string, text: string) {
  const flat = text.replace(/\s+/g, ' ');
  const leaked = studentTokens.filter((t) =>
    new RegExp(`(?<![\\p{L}\\d])${t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\p{L}\\d])`, 'iu').test(flat),
  );
  expect(leaked, `${what} leaks`).toEqual([]);
}

function pdfText(bytes: Uint8Array): { text: string; traceJson: string } {
  const file = join(dir, `t-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const out = join(dir, `trace-${Math.random().toString(36).slice(2)}.json`);
  execFileSync('pdfdetach', ['-save', '1', '-o', out, file]);
  return { text, traceJson: readFileSync(out, 'utf8') };
}

function captureDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return files;
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await teacherProfileItem.setValue({ ...emptyProfile, name: 'Laura Mitchell' });
  await rosterItem.setValue([]);
  const { turns } = await seedConversation(
    db,
    'c1',
    'Lunch list for Maria Lopez',
    samples.flatMap((s) => [
      { role: 'user' as const, text: s.prompt },
      { role: 'assistant' as const, text: s.output },
    ]),
  );
  await db.traces.add(
    makeTrace({
      id: 't1',
      title: 'Lunch list for Maria Lopez',
      items: turns.map((t) => ({ turnId: t.id, conversationId: 'c1' })),
      finalArtifact: samples[0]!.output.replace('Here is the table:', 'Final table for Maria Lopez and Jamal Carter:'),
      // "Use as final artifact" records the page it came from; its title and address are printed on the PDF
      // and carried in trace.json, and may name a child (a document title, a query string, a path).
      artifactSource: {
        title: 'Maria Lopez – IEP goals – Google Docs',
        url: 'https://docs.google.com/document/d/1aB2cD3eF/edit?usp=sharing&student=Jamal%20Carter&sid=2043318#heading=h.zoe-martinez',
        capturedAt: 5_000,
      },
      reflection: {
        learningGoal: 'Keep lunch data private.',
        whatChanged: 'I removed Leo Brennan from the email draft.',
        risk: 'Pasting lunch # 48213 was a mistake.',
        benefit: 'Saved time.',
        safeguard: 'Redaction before export.',
      },
    }),
  );
});

afterEach(() => vi.restoreAllMocks());

describe('every export path goes through redaction', () => {
  test.each([
    ['Export PDF', 'pdf'],
    ['Export JSON', 'json'],
    ['Export Markdown', 'md'],
    ['Open Badges evidence', 'evidence.json'],
  ])(
    '%s: bytes, file name (and the PDF text and its trace.json) hold no student detail',
    async (button, ext) => {
      const files = captureDownloads();
      const user = userEvent.setup();
      render(<TraceExportPanel traceId="t1" />);
      await user.click(screen.getByRole('button', { name: button }));
      const dialog = await screen.findByRole('dialog', {}, slow);
      await user.click(within(dialog).getByRole('button', { name: 'Export' }));
      await waitFor(() => expect(files).toHaveLength(1), slow);
      const { name, blob } = files[0]!;
      expect(name.endsWith(`.${ext}`)).toBe(true);
      expectClean('file name', name.replace(/-/g, ' '));
      const bytes = new Uint8Array(await blob.arrayBuffer());
      if (ext === 'pdf') {
        const { text, traceJson } = pdfText(bytes);
        expectClean('PDF text', text);
        expectClean('attached trace.json', traceJson);
        for (const kept of lookAlikes) expect(traceJson).toContain(JSON.stringify(kept).slice(1, -1));
        expect(text).toMatch(/student data redacted/i);
        // The source line is still there, with pseudonyms in place of the child's name and ID.
        // ("IEP" beside the child's name is her IEP status: redacted too.)
        expect(text).toMatch(/Taken from: \[Student \d+\] – \[Support plan \d+\] goals – Google Docs/);
        expect(traceJson).toContain('docs.google.com/document/d/1aB2cD3eF/edit');
      } else {
        const text = new TextDecoder().decode(bytes);
        expectClean(ext, text);
        // The evidence embeds the trace as a base64 data URI: decode it too.
        const dataUri = text.match(/data:application\/json;base64,([A-Za-z0-9+/=]+)/)?.[1];
        if (dataUri) expectClean('evidence data URI', Buffer.from(dataUri, 'base64').toString('utf8'));
        if (ext === 'json') for (const kept of lookAlikes) expect(text).toContain(JSON.stringify(kept).slice(1, -1));
      }
      // The stored trace is unchanged.
      expect((await db.traces.get('t1'))!.title).toBe('Lunch list for Maria Lopez');
    },
    60_000,
  );

  test('the bulk zip: every file and file name', async () => {
    const result = await exportTracesZip(db, ['t1'], { includePdf: true, paperSize: 'letter', loadFont, roster: [] });
    const files = unzipSync(result.bytes);
    expect(Object.keys(files)).toHaveLength(3);
    for (const [name, bytes] of Object.entries(files)) {
      expectClean(`zip entry name ${name}`, name.replace(/-/g, ' '));
      if (name.endsWith('.pdf')) {
        const { text, traceJson } = pdfText(bytes);
        expectClean('zip PDF text', text);
        expectClean('zip PDF trace.json', traceJson);
      } else expectClean(name, new TextDecoder().decode(bytes));
    }
  });

  test('what Submit sends: file name, trace JSON, PDF and evidence', async () => {
    const doc = await buildTraceDocument(db, 't1');
    // The Submit panel's order (components/submit/SubmitPanel.tsx): find, confirm in the preview, redact, render.
    const redacted = redactTraceDocument(doc, findStudentData(doc, []), new Set());
    const renderers: SubmissionRenderers = {
      buildDocument: () => Promise.resolve(doc),
      renderPdf: (d) => renderPdf(d),
      renderEvidence: (d) => renderOpenBadgesEvidence(d),
    };
    const { payload } = await renderSubmissionPayload(redacted, renderers, {
      paperSize: 'letter',
      filenamePattern: '{title}_{date}.pdf',
    });
    expectClean('submission file name', payload.fileName.replace(/[-_]/g, ' '));
    expectClean('submission trace JSON', payload.traceJson);
    expectClean('submission evidence', payload.evidenceJson);
    const { text, traceJson } = pdfText(payload.pdf);
    expectClean('submission PDF', text);
    expectClean('submission PDF trace.json', traceJson);
  });
});
