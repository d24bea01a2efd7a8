import { unzipSync } from 'fflate';
import { beforeEach, describe, expect, test } from 'vitest';
import { ShowWorkDatabase } from '../../lib/db/schema';
import { verifyExportedFile } from '../../lib/export/verify';
import { exportTracesZip } from '../../lib/export/zip';
import { emptyProfile, teacherProfileItem } from '../../lib/settings/profile';
import { makeTrace, seedConversation } from '../trace/trace-fixtures';
import { loadFont } from './pdf-helpers';

let db: ShowWorkDatabase;
let n = 0;

beforeEach(async () => {
  db = new ShowWorkDatabase(`zip-${n++}`);
  await teacherProfileItem.setValue({ ...emptyProfile, name: 'Ana García' });
  const { turns } = await seedConversation(db, 'c1', 'Feedback', [
    { role: 'user', text: 'Write feedback for Maria Lopez on her essay.' },
    { role: 'assistant', text: 'Maria, your essay has a clear thesis.' },
  ]);
  for (let i = 0; i < 3; i++) {
    await db.traces.add(
      makeTrace({
        id: `t${i}`,
        title: i === 2 ? 'Feedback' : `Trace ${i}`,
        items: turns.map((t) => ({ turnId: t.id, conversationId: 'c1' })),
      }),
    );
  }
});

const options = {
  includePdf: false,
  paperSize: 'letter' as const,
  loadFont,
  roster: ['Maria Lopez'],
  now: new Date('2026-11-23T10:00:00Z'),
};

describe('exportTracesZip', () => {
  test('one zip with JSON and Markdown per trace, redacted, with progress', async () => {
    const progress: [number, number][] = [];
    const result = await exportTracesZip(db, ['t0', 't1', 't2', 'deleted'], {
      ...options,
      onProgress: (d, t) => progress.push([d, t]),
    });
    expect(progress).toEqual([
      [0, 4],
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
    expect(result).toMatchObject({ exported: 3, skipped: 1 });
    expect(result.redactedItems).toBe(3);
    const files = unzipSync(result.bytes);
    expect(Object.keys(files).sort()).toEqual([
      'ai-trace-feedback-2026-11-23.json',
      'ai-trace-feedback-2026-11-23.md',
      'ai-trace-trace-0-2026-11-23.json',
      'ai-trace-trace-0-2026-11-23.md',
      'ai-trace-trace-1-2026-11-23.json',
      'ai-trace-trace-1-2026-11-23.md',
    ]);
    const json = new TextDecoder().decode(files['ai-trace-trace-0-2026-11-23.json']);
    expect(json).not.toContain('Maria');
    expect(json).toContain('[Student 1]');
    expect((await verifyExportedFile(files['ai-trace-trace-0-2026-11-23.json']!, 'x.json')).ok).toBe(true);
  });

  test('with PDFs, each one intact; duplicate names get a suffix', async () => {
    await db.traces.update('t1', { title: 'Trace 0' });
    const result = await exportTracesZip(db, ['t0', 't1'], { ...options, includePdf: true });
    const files = unzipSync(result.bytes);
    const pdfs = Object.keys(files)
      .filter((f) => f.endsWith('.pdf'))
      .sort();
    expect(pdfs).toEqual(['ai-trace-trace-0-2026-11-23-2.pdf', 'ai-trace-trace-0-2026-11-23.pdf']);
    for (const name of pdfs) expect((await verifyExportedFile(files[name]!, name)).ok).toBe(true);
  });

  test('Cancel stops between traces with an AbortError', async () => {
    const controller = new AbortController();
    const done: number[] = [];
    const run = exportTracesZip(db, ['t0', 't1', 't2'], {
      ...options,
      signal: controller.signal,
      onProgress: (d) => {
        done.push(d);
        if (d === 1) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(Math.max(...done)).toBeLessThan(3);
  });
});
