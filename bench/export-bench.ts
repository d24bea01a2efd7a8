/**
 * Export figures (issue 4), measured in Node with the same pdfkit build and fonts the extension ships:
 * - PDF export of a typical trace, cold (first in the process: pdfkit's own start-up) and warm (median of 5);
 * - PDF export of a trace with a 50,000-word AI output (median of 3), and the whole path from the database
 *   (build the document with its word diff, scan for student data, redact, render: export-path.ts), for that
 *   lesson-only trace and for the redaction bench's 50,000-word trace holding student details (scan-trace.ts);
 * - PDF sizes (fonts subset);
 * - one .zip of 500 traces (JSON + Markdown, redacted: what bulk export writes without PDFs), and the cost
 *   per trace when the PDFs are included.
 * fake-indexeddb stands in for IndexedDB and WXT's fake browser for extension storage (as in upload-bench).
 */
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BenchResult } from './types';
import type { ExportPathRun } from './export-path';

(globalThis as unknown as { chrome: unknown }).chrome = fakeBrowser;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function time<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

/** The figure of one export path and where its time goes: the database and the word diff, the scan, redacting, the PDF. */
function exportPathResults(name: string, run: ExportPathRun): BenchResult[] {
  return [
    { name, value: run.ms, unit: 'ms', goal: '< 1000 ms' },
    { name: '  of which: database + document + word diff', value: run.steps.build, unit: 'ms' },
    { name: '  of which: redaction scan', value: run.steps.scan, unit: 'ms' },
    { name: '  of which: redacting the copy', value: run.steps.redact, unit: 'ms' },
    { name: '  of which: PDF render', value: run.steps.render, unit: 'ms' },
    // CPU time beside wall time: on a shared, loaded machine the wall clock also counts other processes' turns.
    { name: '  CPU time of that export', value: run.cpu, unit: 'ms' },
    { name: '  items found and redacted', value: run.found, unit: '' },
  ];
}

export async function benchExport(): Promise<{ name: string; value: number; unit: string; goal?: string }[]> {
  const { renderTracePdf } = await import('../lib/export/pdf');
  const { loadFontFromNodeModules } = await import('../scripts/font-assets');
  const { typicalDoc, hugeDoc, prose } = await import('../tests/export/sample-docs');
  const { ShowWorkDatabase } = await import('../lib/db/schema');
  // Imported here, after the fake browser is in place, as the lib modules above.
  const { timeExportPath } = await import('./export-path');
  const { scanTraceContent, scanTraceRoster } = await import('./scan-trace');
  await (await import('../lib/redaction/people-tagger')).loadPeopleTagger();
  const { exportTracesZip } = await import('../lib/export/zip');
  const { teacherProfileItem, emptyProfile } = await import('../lib/settings/profile');

  // The extension reads each font file from its package once per export; the cache keeps disk reads out of the figure.
  const fonts = new Map<string, Uint8Array>();
  const loadFont = async (file: string) => {
    let bytes = fonts.get(file);
    if (!bytes) fonts.set(file, (bytes = await loadFontFromNodeModules(file)));
    return bytes;
  };
  const results: BenchResult[] = [];

  const typical = typicalDoc();
  const cold = await time(() => renderTracePdf(typical, { paperSize: 'letter', loadFont }));
  results.push({ name: 'PDF export, typical trace, first in the process (cold)', value: cold.ms, unit: 'ms' });
  const warm: number[] = [];
  let typicalBytes = cold.value;
  for (let i = 0; i < 5; i++) {
    const run = await time(() => renderTracePdf(typical, { paperSize: 'letter', loadFont }));
    warm.push(run.ms);
    typicalBytes = run.value;
  }
  results.push({ name: 'PDF export, typical trace (median of 5)', value: median(warm), unit: 'ms', goal: '< 1000 ms' });
  results.push({ name: 'PDF size, typical trace', value: typicalBytes.length / 1024, unit: 'KB', goal: '< 300 KB' });

  const big = hugeDoc(50_000);
  const bigRuns: number[] = [];
  let bigBytes: Uint8Array = new Uint8Array();
  for (let i = 0; i < 3; i++) {
    const run = await time(() => renderTracePdf(big, { paperSize: 'letter', loadFont }));
    bigRuns.push(run.ms);
    bigBytes = run.value;
  }
  results.push({
    name: 'PDF export, 50,000-word output (median of 3)',
    value: median(bigRuns),
    unit: 'ms',
    goal: '< 1000 ms',
  });
  results.push({
    name: 'PDF size, 50,000-word output (trace.json attached)',
    value: bigBytes.length / 1024,
    unit: 'KB',
  });

  // The whole path the Export PDF button takes, from the database.
  await teacherProfileItem.setValue({ ...emptyProfile, name: 'Ana García', school: 'Lincoln Elementary' });
  const db = new ShowWorkDatabase('bench-export');
  await db.conversations.put({
    id: 'c1',
    site: 'chatgpt',
    externalId: 'x',
    url: 'https://chatgpt.com/c/x',
    title: 'Bench',
    turnCount: 2,
    firstCapturedAt: 1,
    lastCapturedAt: 1,
  });
  const turnBase = {
    conversationId: 'c1',
    markdown: '',
    contentHash: '',
    capturedAt: 1,
    updatedAt: 1,
    previousVersions: [],
  };
  await db.turns.bulkPut([
    { ...turnBase, id: 'u1', ordinal: 0, role: 'user', text: 'Write a long unit plan.' },
    { ...turnBase, id: 'a1', ordinal: 1, role: 'assistant', text: prose(50_000) },
  ]);
  const trace = {
    id: 'big',
    title: 'Unit plan',
    status: 'ready' as const,
    createdAt: 1,
    updatedAt: 1,
    frameworkId: 'district-default',
    credentialId: 'ai-planning-differentiation',
    competencyId: 'instructional-application',
    level: 'beginner' as const,
    items: [
      { turnId: 'u1', conversationId: 'c1' },
      { turnId: 'a1', conversationId: 'c1' },
    ],
    marks: { a1: { mark: 'revised' as const, note: 'Cut to one week.' } },
    finalArtifact: prose(1_500, 9),
    artifactSourceTurnIds: null,
    reflection: {
      learningGoal: 'Plan',
      whatChanged: 'Shortened',
      risk: 'Length',
      benefit: 'Time',
      safeguard: 'Checked',
    },
    verified: { accuracy: true, bias: true, alignment: true },
    responsibleUse: { outputVerified: true, noStudentData: true, humanReview: true, aiUseDisclosed: true },
    implementationNotes: '',
    studentImpact: '',
    readinessNote: '',
    fieldUpdatedAt: {},
  };
  await db.traces.put(trace);
  // The same steps as Export PDF in the panel: document from the database, the preview's scan, the one export
  // step (everything found redacted, as with the preview's defaults), then the PDF. Median of 3 runs.
  results.push(
    ...exportPathResults(
      'Export PDF from the database, 50,000 words (diff + redaction scan + PDF), median of 3',
      await timeExportPath(db, 'big', ['Maria Lopez'], loadFont),
    ),
  );

  // The same path for the redaction bench's 50,000-word trace (lesson prose with corpus samples holding student
  // details between its paragraphs, scan-trace.ts): the scan there finds and redacts what a real class trace holds.
  const detailed = scanTraceContent();
  await db.turns.bulkPut(
    detailed.turns.map((t, i) => ({
      ...turnBase,
      id: `s${i}`,
      ordinal: 10 + i,
      role: t.role,
      text: t.text,
      markdown: t.text,
    })),
  );
  await db.traces.put({
    ...trace,
    id: 'big-with-student-details',
    title: 'Long planning conversation',
    items: detailed.turns.map((_, i) => ({ turnId: `s${i}`, conversationId: 'c1' })),
    marks: {},
    finalArtifact: detailed.finalArtifact,
  });
  results.push(
    ...exportPathResults(
      'Export PDF from the database, 50,000 words with student details (document + scan + redaction + PDF), median of 3',
      await timeExportPath(db, 'big-with-student-details', scanTraceRoster, loadFont),
    ),
  );

  // Bulk: 500 traces of typical size.
  const short = {
    ...trace,
    items: [
      { turnId: 'u1', conversationId: 'c1' },
      { turnId: 'a2', conversationId: 'c1' },
    ],
    marks: {},
    finalArtifact: prose(250, 3),
  };
  await db.turns.put({ ...turnBase, id: 'a2', ordinal: 2, role: 'assistant', text: prose(400, 5) });
  await db.traces.bulkPut(Array.from({ length: 500 }, (_, i) => ({ ...short, id: `t${i}`, title: `Trace ${i}` })));
  const ids = Array.from({ length: 500 }, (_, i) => `t${i}`);
  const zip = await time(() =>
    exportTracesZip(db, ids, { includePdf: false, paperSize: 'letter', loadFont, roster: ['Maria Lopez'] }),
  );
  results.push({
    name: 'Zip of 500 traces (JSON + Markdown, redacted)',
    value: zip.ms / 1000,
    unit: 's',
    goal: '< 10 s',
  });
  results.push({ name: 'Zip of 500 traces, size', value: zip.value.bytes.length / 1024, unit: 'KB' });
  const withPdf = await time(() =>
    exportTracesZip(db, ids.slice(0, 20), { includePdf: true, paperSize: 'letter', loadFont, roster: ['Maria Lopez'] }),
  );
  results.push({ name: 'Zip with PDFs included, per trace (20 traces)', value: withPdf.ms / 20, unit: 'ms' });
  db.close();
  return results;
}
