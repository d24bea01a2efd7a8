import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { BackupSection } from '@/components/options/BackupSection';
import { createBackup } from '@/lib/backup/export';
import { computeIntegrity, type BackupFile } from '@/lib/backup/format';
import { getDatabase } from '@/lib/db/schema';
import { openTestDatabase } from '../upload/helpers';
import { seedLibrary } from './library-fixture';

const db = getDatabase();
beforeEach(async () => {
  await db.delete();
  await db.open();
});

async function backupText(traces: number) {
  const source = openTestDatabase();
  await seedLibrary(source, traces);
  const { text } = await createBackup(source);
  source.close();
  return text;
}

describe('BackupSection', () => {
  test('shows what a backup will add, and adds it only after confirmation', async () => {
    const text = await backupText(3);
    const user = userEvent.setup();
    render(<BackupSection />);
    await user.upload(
      screen.getByLabelText('Restore from a backup file'),
      new File([text], 'showwork-backup.json', { type: 'application/json' }),
    );
    expect(await screen.findByText('showwork-backup.json will add to your library:')).toBeInTheDocument();
    expect(screen.getByText(/^3 conversations, 6 turns, 3 traces, 1 frameworks/)).toBeInTheDocument();
    expect(await db.traces.count()).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Add to my library' }));
    expect(await screen.findByText(/^Restored: 3 conversations/)).toBeInTheDocument();
    expect(await db.traces.count()).toBe(3);
  });

  test.each([
    ['truncated', (t: string) => t.slice(0, t.length / 2), 'This backup file is incomplete'],
    ['foreign', () => '{"hello":"world"}', 'This is not a ShowWork backup file.'],
    [
      'newer',
      (t: string) => t.replace('showwork.backup/1', 'showwork.backup/7'),
      'made by a newer version of ShowWork',
    ],
  ])('a %s file gets a clear message and changes nothing', async (_name, mangle, message) => {
    const text = mangle(await backupText(2));
    const user = userEvent.setup();
    render(<BackupSection />);
    await user.upload(
      screen.getByLabelText('Restore from a backup file'),
      new File([text], 'bad.json', { type: 'application/json' }),
    );
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(message));
    expect(screen.queryByRole('button', { name: 'Add to my library' })).toBeNull();
    expect(await db.traces.count()).toBe(0);
  });

  test('a backup with an invalid setting is refused with a message naming the setting', async () => {
    const backup = JSON.parse(await backupText(2)) as BackupFile;
    const settings = { teacherProfile: { name: 'Ana', paperSize: 'tabloid' } };
    const text = JSON.stringify({ ...backup, settings, integrity: await computeIntegrity(backup.data, settings) });
    const user = userEvent.setup();
    render(<BackupSection />);
    await user.upload(
      screen.getByLabelText('Restore from a backup file'),
      new File([text], 'edited.json', { type: 'application/json' }),
    );
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        /its setting “Teacher profile” has a value ShowWork can't use \(in teacherProfile\.school\)\. Nothing was changed\./,
      ),
    );
    expect(screen.queryByRole('button', { name: 'Add to my library' })).toBeNull();
    expect(await db.traces.count()).toBe(0);
  });

  test('Download backup makes a file with the date in its name', async () => {
    await seedLibrary(db, 2);
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    const user = userEvent.setup();
    render(<BackupSection />);
    await user.click(screen.getByRole('button', { name: 'Download backup' }));
    expect(await screen.findByText('Backup ready: 2 conversations and 2 traces.')).toBeInTheDocument();
    expect(downloads).toEqual([expect.stringMatching(/^showwork-backup-\d{4}-\d{2}-\d{2}\.json$/)]);
  });
});
