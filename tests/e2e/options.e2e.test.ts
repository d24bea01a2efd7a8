/**
 * The options page (/options.html), end to end in Chromium with the built extension: profile, backup →
 * Delete all my data → restore, a bad backup file, the Spanish page, and axe on each.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, launchExtension, putLibraryRecords, readTable, type ExtensionSession } from './harness';
import { makeConversation, makeTrace, makeTurns } from '../backup/library-fixture';

let session: ExtensionSession | undefined;
const files: string[] = [];
afterEach(async () => {
  await session?.close();
  session = undefined;
  for (const file of files.splice(0)) rmSync(file, { force: true });
});

async function seedLibrary(page: Page, count: number): Promise<void> {
  const records = Array.from({ length: count }, (_, i) => {
    const conversation = makeConversation(i);
    return { conversation, turns: makeTurns(conversation.id), trace: makeTrace(i, conversation.id) };
  });
  await putLibraryRecords(page, records);
}

describe('options page, end to end', () => {
  test('profile saved; backup → Delete all my data → restore; tokens never in the backup; axe finds nothing', async () => {
    session = await launchExtension();
    const page = await session.openExtensionPage('/options.html');
    await page.getByRole('heading', { level: 1, name: 'ShowWork options' }).waitFor();
    await expectNoAxeViolations(page);

    // Profile.
    await page.getByLabel('Your name').fill('Ana Rivera');
    await page.getByLabel('School').fill('Lincoln Elementary');
    await page.getByLabel('Paper size for PDFs').selectOption('a4');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved.').waitFor();

    // A portal with a token, and a library.
    await page.getByRole('button', { name: 'Add portal' }).click();
    await page.getByLabel('Name (as you want to see it)').fill('District portal');
    await page.getByLabel('Submission address (URL)').fill('https://portal.district.example/in');
    await page.getByLabel('Access token (optional)').fill('sEcReT-token-123');
    await page.getByRole('button', { name: 'Save portal' }).click();
    await page.getByRole('heading', { name: 'District portal', exact: true }).waitFor();
    await seedLibrary(page, 3);

    // Backup.
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download backup' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^showwork-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backupPath = join(tmpdir(), `showwork-options-e2e-${Date.now()}.json`);
    files.push(backupPath);
    await download.saveAs(backupPath);
    const backupText = readFileSync(backupPath, 'utf8');
    const backup = JSON.parse(backupText);
    expect(backup.format).toBe('showwork.backup/1');
    expect(backup.counts).toMatchObject({ conversations: 3, turns: 6, traces: 3 });
    expect(backupText).not.toContain('sEcReT-token-123');
    expect(backup.settings.teacherProfile).toMatchObject({ name: 'Ana Rivera', paperSize: 'a4' });
    await page.getByText('Backup ready: 3 conversations and 3 traces.').waitFor();

    // Delete all my data.
    await page.getByRole('button', { name: 'Delete all my data' }).click();
    const confirm = page.getByRole('button', { name: 'Delete everything' });
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByLabel('Type DELETE to confirm').fill('DELETE');
    await confirm.click();
    await page.getByText('All your ShowWork data was deleted.').waitFor();
    for (const table of ['conversations', 'turns', 'traces', 'portalSecrets', 'submissions']) {
      expect(await readTable(page, table), table).toEqual([]);
    }
    expect(await page.evaluate(() => chrome.storage.local.get(null))).toEqual({});

    // A truncated file: a clear message, nothing changes.
    const truncatedPath = `${backupPath}.part.json`;
    files.push(truncatedPath);
    writeFileSync(truncatedPath, backupText.slice(0, Math.floor(backupText.length / 2)));
    await page.getByLabel('Restore from a backup file').setInputFiles(truncatedPath);
    await page.getByRole('alert').filter({ hasText: 'This backup file is incomplete' }).waitFor();
    expect(await readTable(page, 'traces')).toEqual([]);

    // Restore: what it will add first, then the library is back (without the token).
    await page.getByLabel('Restore from a backup file').setInputFiles(backupPath);
    await page.getByText(/will add to your library:/).waitFor();
    await page.getByText(/^3 conversations, 6 turns, 3 traces/).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Add to my library' }).click();
    await page.getByText(/^Restored: 3 conversations/).waitFor();
    expect(await readTable(page, 'traces')).toHaveLength(3);
    expect(await readTable(page, 'portalSecrets')).toEqual([]);
    await page.reload();
    expect(await page.getByLabel('Your name').inputValue()).toBe('Ana Rivera');
    await page.getByRole('heading', { name: 'District portal', exact: true }).waitFor();
    await page.getByText(/no token/).waitFor();
  });

  test('in Spanish, with the same names translated; axe finds nothing', async () => {
    session = await launchExtension({ locale: 'es' });
    const page = await session.openExtensionPage('/options.html');
    await page.getByRole('heading', { level: 1, name: 'Opciones de ShowWork' }).waitFor();
    await page.getByRole('button', { name: 'Borrar todos mis datos' }).waitFor();
    await page.getByRole('button', { name: 'Agregar portal' }).click();
    await page.getByRole('button', { name: 'Probar conexión' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^es/);
    await expectNoAxeViolations(page);
  });
});
