/**
 * From a capture to a one-page PDF in Firefox: the trace the capture opened in the sidebar page → a mark and
 * the final artifact (saved to IndexedDB) → Export PDF → the redaction preview → Export. Firefox saves the
 * `<a download>` Blob from the extension page straight into the session's downloads folder (no `downloads`
 * permission, as in Chromium); the file is then checked with pdfinfo, qpdf and pdftotext, like the Chromium test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  captureFixture,
  clickButton,
  expectNoAxeViolations,
  launchFirefoxExtension,
  readTable,
  waitForRole,
  waitForText,
  type FirefoxSession,
} from './harness';
import { chatgptPageWithPrompt } from '../e2e-shared/fixture-pages';
import { checkExportedPdf } from '../e2e-shared/pdf-checks';
import type { Trace } from '../../lib/model/trace';

let session: FirefoxSession;
const workDir = mkdtempSync(join(tmpdir(), 'showwork-ff-export-'));
beforeAll(async () => {
  session = await launchFirefoxExtension();
});
afterAll(async () => {
  await session?.close();
  rmSync(workDir, { recursive: true, force: true });
});

test('capture → its new trace in the sidebar page → mark → Export PDF: one tagged page with the prompt and its trace.json', async () => {
  const title = 'Comprensión lectora';
  const prompt = 'Escribe cinco preguntas de comprensión lectora sobre el ciclo del agua para cuarto grado.';
  const panel = await session.openExtensionPage('/sidepanel.html');
  const { page } = await captureFixture(session, 'chatgpt', { html: chatgptPageWithPrompt(title, prompt) });
  await page.close();
  await panel.bringToFront();

  // The capture opened the conversation's new trace in the sidebar page.
  await waitForRole(panel, 'heading', title);

  // Mark the AI output and paste a final artifact; both are saved as the teacher works.
  const group = await waitForRole(panel, 'group', 'What did you do with AI output 1?');
  const revised = await group.waitForSelector('::-p-aria([name="Revised"][role="radio"])');
  await revised!.click();
  const artifact = await waitForRole(panel, 'textbox', 'Final artifact');
  await artifact.type('Cinco preguntas revisadas sobre el ciclo del agua.');
  await panel.waitForFunction(
    () => [...document.querySelectorAll('[role="status"]')].some((s) => s.textContent?.trim() === 'Saved'),
    { timeout: 15_000 },
  );
  await expect
    .poll(async () => {
      const [trace] = await readTable<Trace>(panel, 'traces');
      return trace && { marks: Object.values(trace.marks).map((m) => m.mark), artifact: trace.finalArtifact };
    })
    .toEqual({ marks: ['revised'], artifact: 'Cinco preguntas revisadas sobre el ciclo del agua.' });

  // Export PDF → redaction preview (axe-clean in Firefox too) → Export → the file in the downloads folder.
  await clickButton(panel, 'Export PDF');
  const dialog = await waitForRole(panel, 'dialog', 'Check for student data before exporting');
  await expectNoAxeViolations(panel);
  await (await dialog.waitForSelector('::-p-aria([name="Export"][role="button"])'))!.click();
  const path = await session.waitForDownload(/^ai-trace-.*\.pdf$/);
  expect(basename(path)).toMatch(/^ai-trace-comprension-lectora-\d{4}-\d{2}-\d{2}\.pdf$/);
  await waitForText(panel, 'Exported');

  const text = checkExportedPdf(path, ['comprensión lectora', 'ciclo del agua', title], workDir);
  expect(text).toContain('Revised');
});
