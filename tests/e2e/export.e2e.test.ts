import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { chatgptPageWithPrompt } from '../e2e-shared/fixture-pages';
import { captureFixture, expectNoAxeViolations } from './harness';
import { useSharedSession } from './shared-session';
import { checkExportedPdf } from '../e2e-shared/pdf-checks';

/**
 * From a captured conversation to a downloaded PDF in real Chromium: the trace the capture opened → Export PDF → the redaction
 * preview → Export → Playwright's download event; then the file is checked with poppler and qpdf as a reviewer's
 * tools would: one page, no errors, the prompt's words, trace.json whose SHA-256 is the one printed.
 */
const dir = mkdtempSync(join(tmpdir(), 'showwork-export-e2e-'));
// Exports need an empty library, not a fresh profile: one browser (English UI) for the three, emptied before each.
const shared = useSharedSession({ locale: 'en' });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A generated ChatGPT page whose first prompt is `prompt`. */
const pageWithPrompt = chatgptPageWithPrompt;

async function exportPdfFromPanel(panel: Page, title: string): Promise<string> {
  // The capture opened the conversation's new draft in the panel.
  await panel.getByRole('heading', { level: 1, name: title }).waitFor();
  await panel.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = panel.getByRole('dialog', { name: 'Check for student data before exporting' });
  // It opens once the scan worker has started (it loads compromise, ~350 KB) and scanned the trace: past Playwright's
  // 30 s default at load 25-27 here (2 Dec 2026), which failed this test with and without other changes.
  await dialog.waitFor({ timeout: 60_000 });
  await expectNoAxeViolations(panel);
  const downloadPromise = panel.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^ai-trace-([a-z0-9-]+-)?\d{4}-\d{2}-\d{2}\.pdf$/);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  await panel
    .getByRole('status')
    .filter({ hasText: /^Exported / })
    .waitFor();
  return path;
}

function checkWithTools(path: string, words: string[]): string {
  return checkExportedPdf(path, words, dir);
}

describe('Export PDF end to end', () => {
  test('English, with a roster name redacted in the preview and in the file', async () => {
    const session = shared();
    const options = await session.openExtensionPage('/options.html');
    await options.getByLabel('Roster (one student per line)').fill('Maria Lopez');
    await options.getByRole('button', { name: 'Save roster' }).click();
    await options.getByText('Roster saved: 1 names.').waitFor();

    const title = 'Essay feedback warm-up';
    const prompt = 'Write kind feedback for Maria Lopez about her persuasive essay on recycling, with two next steps.';
    const panel = await session.openExtensionPage('/sidepanel.html');
    await captureFixture(session, 'chatgpt', { html: pageWithPrompt(title, prompt) });
    const path = await exportPdfFromPanel(panel, title);
    const text = checkWithTools(path, ['persuasive essay on recycling', '[Student 1]']);
    expect(text).not.toContain('Maria Lopez');
  });

  test('Spanish prompt', async () => {
    const session = shared();
    const title = 'Comprensión lectora';
    const panel = await session.openExtensionPage('/sidepanel.html');
    await captureFixture(session, 'chatgpt', {
      html: pageWithPrompt(
        title,
        'Escribe cinco preguntas de comprensión lectora sobre el ciclo del agua para cuarto grado.',
      ),
    });
    checkWithTools(await exportPdfFromPanel(panel, title), ['comprensión lectora', 'ciclo del agua']);
  });

  test('Chinese prompt', async () => {
    const session = shared();
    const title = '分数比较练习';
    const panel = await session.openExtensionPage('/sidepanel.html');
    await captureFixture(session, 'chatgpt', {
      html: pageWithPrompt(title, '请为五年级学生设计一个关于分数比较的十分钟热身活动。'),
    });
    checkWithTools(await exportPdfFromPanel(panel, title), ['五年级学生', '分数比较']);
  });
});
