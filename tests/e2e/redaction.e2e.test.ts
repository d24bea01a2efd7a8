import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { captureFixture, expectNoAxeViolations, launchExtension, type ExtensionSession } from './harness';

/**
 * Redaction end to end in real Chromium with the built extension: a ChatGPT page where a teacher pasted student
 * details (prose, a table the AI wrote, a code block) → capture → New trace → Export PDF → the preview lists the
 * details with their reasons → Export. The PDF's text (pdftotext), its attached trace.json (pdfdetach) and its
 * file name hold none of the page's student details, and keep its look-alikes.
 */
let session: ExtensionSession | undefined;
const dir = mkdtempSync(join(tmpdir(), 'showwork-redaction-e2e-'));
afterEach(async () => {
  await session?.close();
  session = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const html = readFileSync(resolve(import.meta.dirname, '../fixtures/redaction/chatgpt-student-data.html'), 'utf8');
const studentDetails = [
  'Maria',
  'Lopez',
  'Jamal',
  'Carter',
  'Sofia',
  'Nguyen',
  'Rosa',
  '555-867-5309',
  '48213',
  '55120',
  '61877',
  '03/14/2015',
  '11/02/2014',
  '07/29/2015',
  'peanuts',
  'IEP',
];
const lookAlikes = [
  "Charlotte's Web",
  'E. B. White',
  'Abraham Lincoln',
  '1/4',
  '2/3',
  'page 112',
  'helpdesk@springfieldusd.example',
];

function leaks(text: string): string[] {
  // Pseudonyms such as [IEP/504 1] name the kind, not the child: they are not leaks.
  const flat = text.replace(/\s+/g, ' ').replace(/\[[^\]\n]{1,30} \d+\]/g, '');
  return studentDetails.filter((d) =>
    new RegExp(`(?<![\\p{L}\\d])${d.replace(/[./]/g, '\\$&')}(?![\\p{L}\\d])`, 'iu').test(flat),
  );
}

describe('Redaction end to end', () => {
  test('capture → trace → Export PDF with the preview: no student detail in the PDF text, trace.json or file name', async () => {
    session = await launchExtension({ locale: 'en' });
    const options = await session.openExtensionPage('/options.html');
    await options.getByLabel('Roster (one student per line)').fill('Sofia Nguyen');
    await options.getByRole('button', { name: 'Save roster' }).click();
    await options.getByText('Roster saved: 1 names.').waitFor();

    const panel = await session.openExtensionPage('/sidepanel.html');
    await captureFixture(session, 'chatgpt', { html });
    const title = 'Lunch list for Maria Lopez';
    // Capture lands in the conversation's new draft trace.
    await panel.getByRole('heading', { level: 1, name: title }).waitFor();
    await panel.getByRole('button', { name: 'Export PDF' }).click();

    const dialog = panel.getByRole('dialog', { name: 'Check for student data before exporting' });
    // It opens once the scan worker has started (it loads compromise, ~350 KB) and scanned the trace: past Playwright's
    // 30 s default at load 25-27 here (2 Dec 2026), which failed export.e2e's same wait with and without other changes.
    await dialog.waitFor({ timeout: 60_000 });
    // The preview explains itself: a lunch-number group and a reason on each finding.
    await dialog.getByRole('region', { name: /^Lunch number \(\d+\)$/ }).waitFor();
    expect(await dialog.getByText(/in the “Lunch #” column|after “Lunch numbers”/).count()).toBeGreaterThan(0);
    expect(await dialog.getByText('roster name', { exact: false }).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(panel);

    const downloadPromise = panel.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const download = await downloadPromise;
    const fileName = download.suggestedFilename();
    expect(leaks(fileName.replace(/-/g, ' '))).toEqual([]);
    const path = join(dir, fileName);
    await download.saveAs(path);

    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    expect(leaks(text)).toEqual([]);
    expect(text).toMatch(/student data redacted in this copy: \d+ items/);
    const jsonPath = join(dir, 'trace.json');
    execFileSync('pdfdetach', ['-save', '1', '-o', jsonPath, path]);
    const traceJson = JSON.parse(readFileSync(jsonPath, 'utf8')) as {
      title: string;
      turns: { text: string; markdown: string }[];
    };
    const everything = [traceJson.title, ...traceJson.turns.flatMap((t) => [t.text, t.markdown])].join('\n');
    expect(leaks(everything)).toEqual([]);
    for (const kept of lookAlikes) expect(everything).toContain(kept);
    expect(everything).toContain('[Student 1]');
    expect(everything).toContain('[Lunch number 1]');
  });
});
