import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SubmitPanelView } from '@/components/submit/SubmitPanel';
import { getDatabase } from '@/lib/db/schema';
import { renderOpenBadgesEvidence } from '@/lib/export/open-badges';
import { savePortalProfile } from '@/lib/settings/portals';
import { buildTraceDocument } from '@/lib/trace/document';
import { fingerprintTraceDocument } from '@/lib/trace/fingerprint';
import { findStudentData, redactTraceDocument } from '@/lib/redaction/apply';
import { loadPeopleTagger } from '@/lib/redaction/people-tagger';
import { processOutbox } from '@/lib/upload/outbox';
import type { SubmissionRenderers } from '@/lib/upload/prepare-submission';
import { makeConversation, makeTrace, makeTurns } from '../backup/library-fixture';
import { startGenericPortalServer, type GenericPortalServer } from '../servers/generic-portal-server';
import { fastTuning } from './helpers';

// These tests call the scan directly (synchronously): compromise's tagger is loaded first, as the extension does.
beforeAll(() => loadPeopleTagger());

const db = getDatabase();
let server: GenericPortalServer | undefined;

/**
 * The export part's document builder and evidence renderer are the real ones. The PDF renderer stands in with
 * fixed bytes: the panel only stores and sends what it is given (the PDF itself is tested by the export part).
 */
const renderers: SubmissionRenderers = {
  buildDocument: (database, traceId) =>
    buildTraceDocument(database, traceId, { now: new Date(Date.UTC(2026, 10, 23)) }),
  renderEvidence: (doc) => renderOpenBadgesEvidence(doc),
  renderPdf: async () => new TextEncoder().encode('%PDF-1.7\n% stand-in page\n%%EOF\n'),
};

beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.conversations.add(makeConversation(1));
  await db.turns.bulkAdd(makeTurns('conv-1'));
  await db.traces.add(makeTrace(1, 'conv-1'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setUpPortal() {
  server = await startGenericPortalServer({ extraCorsOrigins: [location.origin] });
  await savePortalProfile(db, { kind: 'generic', id: 'p', name: 'District portal', url: server.url }, 'portal-token');
  return server;
}

describe('SubmitPanel', () => {
  test('Submit stores the exact bytes and a queued row; the outbox sends them; the receipt shows', async () => {
    const portal = await setUpPortal();
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true } as never);
    const user = userEvent.setup();
    render(<SubmitPanelView traceId="trace-1" renderers={renderers} />);
    await user.click(await screen.findByRole('button', { name: 'Submit' }));
    expect(await screen.findByText(/Queued for District portal/)).toBeInTheDocument();
    expect(sendMessage).toHaveBeenCalledWith({ type: 'extension-page→background:outbox-wake' });

    const [row] = await db.submissions.toArray();
    const payload = await db.submissionPayloads.get(row!.id);
    const doc = await renderers.buildDocument(db, 'trace-1');
    expect(row).toMatchObject({ state: 'queued', portalId: 'p', fingerprint: await fingerprintTraceDocument(doc) });
    expect(JSON.parse(payload!.traceJson)).toEqual(JSON.parse(JSON.stringify(doc)));
    expect(payload!.fileName).toMatch(/^AI Foundations for Educators_\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(await screen.findByText('Queued.')).toBeInTheDocument();

    // The service worker's part, run here directly.
    await processOutbox({ db, tuning: fastTuning, scheduleWake: async () => undefined });
    expect(portal.submissions).toHaveLength(1);
    expect(await screen.findByText('Sent.')).toBeInTheDocument();
    expect(screen.getByText('Receipt: sub_1.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'View receipt' })).toHaveAttribute(
      'href',
      `${portal.origin}/showwork/receipts/sub_1`,
    );

    // Clicking Submit again on the same version does not send it twice.
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(
      await screen.findByText('District portal already has this version of the trace (receipt sub_1).'),
    ).toBeInTheDocument();
    expect(await db.submissions.count()).toBe(1);
  });

  test('likely student data: the redaction preview opens first; what is sent carries the labels, not the name', async () => {
    await setUpPortal();
    await db.turns.update('conv-1-turn-0', {
      text: 'Write feedback for Maria Lopez on her fractions quiz',
      markdown: 'Write feedback for Maria Lopez on her fractions quiz',
    });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true } as never);
    const withRedaction: SubmissionRenderers = {
      ...renderers,
      findStudentData: async (doc) => findStudentData(doc, ['Maria Lopez']),
      redact: redactTraceDocument,
    };
    const user = userEvent.setup();
    render(<SubmitPanelView traceId="trace-1" renderers={withRedaction} />);
    await user.click(await screen.findByRole('button', { name: 'Submit' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Maria Lopez');
    expect(await db.submissions.count()).toBe(0);
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }));
    await screen.findByText(/Queued for District portal/);
    const [row] = await db.submissions.toArray();
    const payload = await db.submissionPayloads.get(row!.id);
    expect(payload!.traceJson).not.toContain('Maria Lopez');
    expect(payload!.traceJson).toContain('[Student 1]');
    expect(JSON.parse(payload!.traceJson).redaction).toMatchObject({ applied: true });
    expect(payload!.evidenceJson).not.toContain('Maria');
  });

  test('a draft trace has no Submit button', async () => {
    await setUpPortal();
    await db.traces.update('trace-1', { status: 'draft' });
    render(<SubmitPanelView traceId="trace-1" renderers={renderers} />);
    expect(await screen.findByText('Mark the trace ready to submit it.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Submit' })).toBeNull();
  });

  test('a permanent failure says what to fix; Retry and Cancel work', async () => {
    const portal = await startGenericPortalServer({ extraCorsOrigins: [location.origin], token: 'right' });
    server = portal;
    await savePortalProfile(db, { kind: 'generic', id: 'p', name: 'District portal', url: portal.url }, 'wrong');
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true } as never);
    const user = userEvent.setup();
    render(<SubmitPanelView traceId="trace-1" renderers={renderers} />);
    await user.click(await screen.findByRole('button', { name: 'Submit' }));
    await screen.findByText('Queued.');
    await processOutbox({ db, tuning: fastTuning, scheduleWake: async () => undefined });
    const row = await screen.findByText('Not sent.');
    const item = row.closest('li')!;
    expect(item).toHaveTextContent(
      'District portal did not receive it. The portal did not accept your token. Paste a new token for this portal in ShowWork options, then click Retry. The portal said: “Unauthorized — The bearer token is missing or not valid.”',
    );
    // The teacher fixes the token, then retries.
    await savePortalProfile(db, { kind: 'generic', id: 'p', name: 'District portal', url: portal.url }, 'right');
    await user.click(within(item).getByRole('button', { name: 'Retry' }));
    await processOutbox({ db, tuning: fastTuning, scheduleWake: async () => undefined });
    expect(await screen.findByText('Sent.')).toBeInTheDocument();
    expect(portal.submissions).toHaveLength(1);
  });

  test('Cancel a queued submission', async () => {
    await setUpPortal();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true } as never);
    const user = userEvent.setup();
    render(<SubmitPanelView traceId="trace-1" renderers={renderers} />);
    await user.click(await screen.findByRole('button', { name: 'Submit' }));
    await screen.findByText('Queued.');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Cancelled.')).toBeInTheDocument();
    expect((await db.submissions.toArray())[0]?.state).toBe('cancelled');
  });

  test('a Canvas upload host not yet allowed: the button asks for it from the click, then retries', async () => {
    await savePortalProfile(
      db,
      {
        kind: 'canvas',
        id: 'c',
        name: 'Canvas',
        baseUrl: 'https://district.instructure.com',
        courseId: '1',
        courseName: 'PD',
        assignmentId: '2',
        assignmentName: 'E',
        uploadOrigins: [],
      },
      'tok',
    );
    await db.submissions.add({
      id: 's1',
      traceId: 'trace-1',
      portalId: 'c',
      portalName: 'Canvas',
      state: 'failed',
      attempts: 1,
      nextAttemptAt: 0,
      idempotencyKey: 'k',
      fingerprint: 'f',
      createdAt: 1,
      updatedAt: 1,
      errorCode: 'upload-permission',
      lastError: 'https://files.district.example',
    });
    await db.submissionPayloads.add({
      submissionId: 's1',
      fileName: 'a.pdf',
      traceJson: '{}',
      pdf: new Uint8Array([1]),
      evidenceJson: '{}',
    });
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true } as never);
    const user = userEvent.setup();
    render(<SubmitPanelView traceId="trace-1" renderers={renderers} />);
    await user.click(await screen.findByRole('button', { name: 'Allow ShowWork to reach files.district.example' }));
    expect(request).toHaveBeenCalledWith({ origins: ['https://files.district.example/*'] });
    await waitFor(async () => expect((await db.submissions.get('s1'))?.state).toBe('queued'));
    const { readTeacherPortals } = await import('@/lib/settings/portals');
    expect((await readTeacherPortals())[0]).toMatchObject({ uploadOrigins: ['https://files.district.example/*'] });
  });

  test('a download-only portal says so and offers the PDF with the district file name', async () => {
    await savePortalProfile(
      db,
      {
        kind: 'download',
        id: 'd',
        name: 'Frontline',
        filenamePattern: '{lastName}_{credential}_{date}.pdf',
        instructions: 'Upload under My PD → Evidence.',
      },
      undefined,
    );
    const { teacherProfileItem, emptyProfile } = await import('@/lib/settings/profile');
    await teacherProfileItem.setValue({ ...emptyProfile, name: 'Ana Rivera' });
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    const user = userEvent.setup();
    render(<SubmitPanelView traceId="trace-1" renderers={renderers} />);
    expect(
      await screen.findByText(
        "Frontline has no upload connection. Download the PDF and upload it on the portal's site yourself.",
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Upload under My PD → Evidence.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Submit' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Download PDF' }));
    await waitFor(() => expect(clicks).toHaveLength(1));
    expect(clicks[0]).toMatch(/^Rivera_AI Foundations for Educators_\d{4}-\d{2}-\d{2}\.pdf$/);
  });

  test('no portal yet: points to the options page', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined as never);
    const user = userEvent.setup();
    render(<SubmitPanelView traceId="trace-1" renderers={renderers} />);
    await user.click(await screen.findByRole('button', { name: 'Open options' }));
    expect(open).toHaveBeenCalled();
  });
});
