/**
 * The options page in Firefox (moz-extension://…/options.html): a profile saved and read back in a new page,
 * a backup downloaded (Firefox's download of an extension page's Blob), Delete all my data, and the backup
 * restored through the file input; axe finds nothing.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import {
  clickButton,
  expectNoAxeViolations,
  launchFirefoxExtension,
  putLibraryRecords,
  readTable,
  waitForRole,
  waitForText,
  type FirefoxSession,
} from './harness';
import { makeConversation, makeTrace, makeTurns } from '../backup/library-fixture';

let session: FirefoxSession;
beforeAll(async () => {
  session = await launchFirefoxExtension();
});
afterAll(async () => {
  await session?.close();
});

const field = (page: Page, label: string) => waitForRole(page, 'textbox', label);
const inputValue = async (page: Page, label: string) =>
  (await field(page, label)).evaluate((input) => (input as HTMLInputElement).value);

test('profile saved and read back; backup → Delete all my data → restore; axe finds nothing', async () => {
  const page = await session.openExtensionPage('/options.html');
  await waitForRole(page, 'heading', 'ShowWork options');
  await expectNoAxeViolations(page);

  // Profile: saved, and there in a fresh options page.
  await (await field(page, 'Your name')).type('Ana Rivera');
  await (await field(page, 'School')).type('Lincoln Elementary');
  await (await waitForRole(page, 'combobox', 'Paper size for PDFs')).select('a4');
  await clickButton(page, 'Save profile');
  await waitForText(page, 'Profile saved.');
  const again = await session.openExtensionPage('/options.html');
  await waitForRole(again, 'heading', 'ShowWork options');
  await expect.poll(() => inputValue(again, 'Your name')).toBe('Ana Rivera');
  expect(await inputValue(again, 'School')).toBe('Lincoln Elementary');
  expect(
    await (await waitForRole(again, 'combobox', 'Paper size for PDFs')).evaluate((s) => (s as HTMLSelectElement).value),
  ).toBe('a4');
  await again.close();

  // A library of two, backed up to a file Firefox saves.
  await putLibraryRecords(
    page,
    [0, 1].map((i) => {
      const conversation = makeConversation(i);
      return { conversation, turns: makeTurns(conversation.id), trace: makeTrace(i, conversation.id) };
    }),
  );
  await clickButton(page, 'Download backup');
  const backupPath = await session.waitForDownload(/^showwork-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = JSON.parse(readFileSync(backupPath, 'utf8'));
  expect(backup.format).toBe('showwork.backup/1');
  expect(backup.counts).toMatchObject({ conversations: 2, traces: 2 });
  expect(backup.settings.teacherProfile).toMatchObject({ name: 'Ana Rivera', paperSize: 'a4' });

  // Delete all my data, then restore the file through the file input.
  await clickButton(page, 'Delete all my data');
  await (await field(page, 'Type DELETE to confirm')).type('DELETE');
  await clickButton(page, 'Delete everything');
  await waitForText(page, 'All your ShowWork data was deleted.');
  expect(await readTable(page, 'traces')).toEqual([]);

  // puppeteer's ARIA query in Firefox does not return the <input type=file> itself: find it by its label.
  let fileInput: ElementHandle<HTMLInputElement> | undefined;
  for (const input of await page.$$('input[type="file"]')) {
    if ((await input.evaluate((i) => i.labels?.[0]?.textContent)) === 'Restore from a backup file') fileInput = input;
  }
  await fileInput!.uploadFile(backupPath);
  await waitForText(page, 'will add to your library:');
  await expectNoAxeViolations(page);
  await clickButton(page, 'Add to my library');
  await waitForText(page, 'Restored: 2 conversations');
  expect(await readTable(page, 'traces')).toHaveLength(2);
});
