import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { BulkExportButton } from '../../components/export/BulkExportButton';
import { TraceExportPanel } from '../../components/export/TraceExportPanel';
import { VerifyFileSection } from '../../components/export/VerifyFileSection';
import { RosterSection } from '../../components/options/RosterSection';
import { getDatabase } from '../../lib/db/schema';
import { renderTraceJson } from '../../lib/export/json';
import { emptyProfile, teacherProfileItem } from '../../lib/settings/profile';
import { readRoster, rosterItem } from '../../lib/settings/roster';
import { makeTrace, seedConversation } from '../trace/trace-fixtures';
import { typicalDoc } from './sample-docs';

const db = getDatabase();
// The export path loads the detectors (compromise) on first use: generous waits on a busy two-core machine.
const slow = { timeout: 30_000 };

/** What the page handed to the browser to save: the Blob behind each <a download> click. */
function captureDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  // happy-dom cannot save files; the real download is checked end to end in Chromium (tests/e2e/export.e2e.test.ts).
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return files;
}

async function expectNoAxeViolations(root: Element) {
  const result = await axe.run(root, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await teacherProfileItem.setValue({ ...emptyProfile, name: 'Ana García' });
  await rosterItem.setValue(['Maria Lopez']);
  const { turns } = await seedConversation(db, 'c1', 'Essay feedback', [
    { role: 'user', text: 'Write feedback for Maria Lopez (maria@school.org) on her essay.' },
    { role: 'assistant', text: 'Maria, your essay has a clear thesis.' },
  ]);
  await db.traces.add(
    makeTrace({ id: 't1', title: 'Essay feedback', items: turns.map((t) => ({ turnId: t.id, conversationId: 'c1' })) }),
  );
});

afterEach(() => vi.restoreAllMocks());

describe('TraceExportPanel', () => {
  test('Export JSON → redaction preview (redacted by default) → Export downloads the redacted copy', async () => {
    const files = captureDownloads();
    const user = userEvent.setup();
    render(<TraceExportPanel traceId="t1" />);
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    const dialog = await screen.findByRole('dialog', { name: 'Check for student data before exporting' }, slow);
    const boxes = within(dialog).getAllByRole('checkbox');
    expect(boxes).toHaveLength(2);
    for (const box of boxes) expect(box).toBeChecked();
    expect(within(dialog).getByText('Becomes [Student 1]')).toBeInTheDocument();
    expect(within(dialog).getByText('maria@school.org')).toBeInTheDocument();
    await expectNoAxeViolations(document.body);

    // The email is a false positive for this teacher: keep it.
    await user.click(within(dialog).getByRole('checkbox', { name: /Email address/ }));
    expect(within(dialog).getByText('1 of 2 items will be redacted.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));

    await waitFor(() => expect(files).toHaveLength(1), slow);
    expect(files[0]!.name).toMatch(/^ai-trace-essay-feedback-\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(await files[0]!.blob.text());
    expect(json.turns[0].text).toBe('Write feedback for [Student 1] (maria@school.org) on her essay.');
    expect(json.redaction).toEqual({ applied: true, itemCount: 1 });
    expect(await screen.findByText(/with 1 items of likely student data redacted/, {}, slow)).toBeInTheDocument();
    // The stored trace is untouched.
    expect((await db.turns.get(json.turns[0].turnId))!.text).toContain('Maria Lopez');
  });

  test('Cancel in the preview saves nothing; Open Badges evidence checks the URL', async () => {
    const files = captureDownloads();
    const user = userEvent.setup();
    render(<TraceExportPanel traceId="t1" />);
    await user.click(screen.getByRole('button', { name: 'Export Markdown' }));
    const dialog = await screen.findByRole('dialog', {}, slow);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Export cancelled. Nothing was saved.', {}, slow)).toBeInTheDocument();
    expect(files).toHaveLength(0);

    await user.type(screen.getByLabelText('Evidence URL for Open Badges (optional)'), 'not a url');
    await user.click(screen.getByRole('button', { name: 'Open Badges evidence' }));
    expect(await screen.findByRole('alert', {}, slow)).toHaveTextContent('must start with https://');
    await user.clear(screen.getByLabelText('Evidence URL for Open Badges (optional)'));
    await user.type(screen.getByLabelText('Evidence URL for Open Badges (optional)'), 'https://portfolio.example/t1');
    await user.click(screen.getByRole('button', { name: 'Open Badges evidence' }));
    await user.click(within(await screen.findByRole('dialog', {}, slow)).getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(files).toHaveLength(1), slow);
    const evidence = JSON.parse(await files[0]!.blob.text());
    expect(evidence).toMatchObject({ id: 'https://portfolio.example/t1', type: ['Evidence'] });
  });
});

describe('BulkExportButton', () => {
  test('lists the traces, exports the selection as a .zip with a labelled progress bar', async () => {
    const files = captureDownloads();
    const user = userEvent.setup();
    render(<BulkExportButton />);
    await user.click(screen.getByRole('button', { name: 'Export traces (.zip)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export traces as one .zip' }, slow);
    expect(within(dialog).getByRole('checkbox', { name: 'All traces (1)' })).toBeChecked();
    await user.click(within(dialog).getByRole('checkbox', { name: /Include the one-page PDFs/ }));
    await expectNoAxeViolations(document.body);
    await user.click(within(dialog).getByRole('button', { name: 'Export 1 traces' }));
    await waitFor(() => expect(files).toHaveLength(1), slow);
    expect(files[0]!.name).toMatch(/^showwork-ai-traces-\d{4}-\d{2}-\d{2}\.zip$/);
    expect(
      await within(dialog).findByText(/1 traces, 2 items of likely student data redacted/, {}, slow),
    ).toBeInTheDocument();
  });
});

describe('VerifyFileSection', () => {
  test('says a JSON export is intact, and what is wrong with an edited one', async () => {
    const user = userEvent.setup();
    render(<VerifyFileSection />);
    const input = screen.getByLabelText('Exported PDF or JSON file');
    const json = renderTraceJson(typicalDoc());
    await user.upload(input, new File([json], 'ai-trace.json', { type: 'application/json' }));
    expect(
      await screen.findByText('ai-trace.json is a complete, unchanged ShowWork trace.', {}, slow),
    ).toBeInTheDocument();
    await expectNoAxeViolations(document.body);
    await user.upload(
      input,
      new File([json.replace('Fractions', 'Decimals').replace(/\n/g, '')], 'edited.json', { type: 'application/json' }),
    );
    expect(await screen.findByText('edited.json is not intact:', {}, slow)).toBeInTheDocument();
    expect(screen.getByText(/edited or re-saved after export/)).toBeInTheDocument();
  });
});

describe('RosterSection', () => {
  test('saves one name per line, locally, and can clear', async () => {
    const user = userEvent.setup();
    render(<RosterSection />);
    const box = await screen.findByLabelText('Roster (one student per line)');
    expect(box).toHaveValue('Maria Lopez');
    await user.clear(box);
    await user.type(box, 'Jamal Carter{enter}  José Núñez {enter}jamal carter');
    await user.click(screen.getByRole('button', { name: 'Save roster' }));
    expect(await screen.findByText('Roster saved: 2 names.')).toBeInTheDocument();
    expect(await readRoster()).toEqual(['Jamal Carter', 'José Núñez']);
    await expectNoAxeViolations(document.body);
    await user.click(screen.getByRole('button', { name: 'Clear roster' }));
    expect(await readRoster()).toEqual([]);
  });
});
