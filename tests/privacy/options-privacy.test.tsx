import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AutoRecordSection } from '@/components/options/AutoRecordSection';
import { DeleteAllDataSection } from '@/components/options/DeleteAllDataSection';
import { PrivacySection } from '@/components/options/PrivacySection';
import { ProfileSection } from '@/components/options/ProfileSection';
import { getDatabase } from '@/lib/db/schema';
import { autoRecordItem } from '@/lib/settings/auto-record';
import { savePortalProfile } from '@/lib/settings/portals';
import { readTeacherProfile } from '@/lib/settings/profile';
import { retentionDaysItem } from '@/lib/settings/retention';
import { makeConversation, makeTrace, makeTurns } from '../backup/library-fixture';

const db = getDatabase();
beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('Delete all my data', () => {
  test('needs the typed word, then empties the database and settings', async () => {
    await db.conversations.add(makeConversation(1));
    await db.turns.bulkAdd(makeTurns('conv-1'));
    await db.traces.add(makeTrace(1, 'conv-1'));
    await savePortalProfile(db, { kind: 'generic', id: 'p', name: 'Portal', url: 'https://p.example/in' }, 'tok');
    const user = userEvent.setup();
    render(<DeleteAllDataSection />);
    await user.click(screen.getByRole('button', { name: 'Delete all my data' }));
    const confirm = screen.getByRole('button', { name: 'Delete everything' });
    expect(confirm).toBeDisabled();
    await user.type(screen.getByLabelText('Type DELETE to confirm'), 'delete');
    expect(confirm).toBeDisabled();
    expect(await db.traces.count()).toBe(1);
    await user.clear(screen.getByLabelText('Type DELETE to confirm'));
    await user.type(screen.getByLabelText('Type DELETE to confirm'), 'DELETE');
    await user.click(confirm);
    expect(await screen.findByText('All your ShowWork data was deleted.')).toBeInTheDocument();
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  test('"Keep my data" backs out', async () => {
    const user = userEvent.setup();
    render(<DeleteAllDataSection />);
    await user.click(screen.getByRole('button', { name: 'Delete all my data' }));
    await user.click(screen.getByRole('button', { name: 'Keep my data' }));
    expect(screen.getByRole('button', { name: 'Delete all my data' })).toBeInTheDocument();
  });
});

describe('privacy statement and retention', () => {
  test('says what is stored, where and what is sent; saving a retention sweeps at once', async () => {
    const old = Date.now() - 100 * 24 * 60 * 60_000;
    await db.conversations.add(makeConversation(1, old));
    await db.turns.bulkAdd(makeTurns('conv-1', old));
    await db.traces.add(makeTrace(1, 'conv-1', old));
    const user = userEvent.setup();
    render(<PrivacySection />);
    expect(await screen.findByText(/What is stored:/)).toBeInTheDocument();
    expect(screen.getByText(/only when you click Submit/)).toBeInTheDocument();
    const input = await screen.findByLabelText('Days to keep conversations and traces');
    await user.clear(input);
    await user.type(input, '30');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('Saved. Items older than 30 days are removed: 1 conversations and 1 traces removed now.'),
    ).toBeInTheDocument();
    expect(await retentionDaysItem.getValue()).toBe(30);
    expect(await db.traces.count()).toBe(0);
  });

  test('a district retention is shown as set by the district and cannot be changed', async () => {
    await fakeBrowser.storage.managed.set({ retentionDays: 180 });
    render(<PrivacySection />);
    const input = await screen.findByLabelText('Days to keep conversations and traces');
    expect(input).toHaveValue(180);
    expect(input).toBeDisabled();
    expect(screen.getByText('Set by your district')).toBeInTheDocument();
  });
});

describe('auto-record and profile', () => {
  test('district auto-record values are shown and locked; the others can be changed', async () => {
    await fakeBrowser.storage.managed.set({ autoRecord: { chatgpt: true } });
    const user = userEvent.setup();
    render(<AutoRecordSection />);
    const chatgpt = await screen.findByRole('checkbox', { name: 'ChatGPT' });
    expect(chatgpt).toBeChecked();
    expect(chatgpt).toBeDisabled();
    expect(chatgpt).toHaveAccessibleDescription('Set by your district');
    await user.click(screen.getByRole('checkbox', { name: 'Claude' }));
    expect(await screen.findByText('Auto-record is on for Claude.')).toBeInTheDocument();
    expect(await autoRecordItem.getValue()).toEqual({ claude: true });
  });

  test('the profile is saved with paper size', async () => {
    const user = userEvent.setup();
    render(<ProfileSection />);
    await user.type(await screen.findByLabelText('Your name'), 'Ana Rivera');
    await user.type(screen.getByLabelText('School'), 'Lincoln Elementary');
    await user.selectOptions(screen.getByLabelText('Paper size for PDFs'), 'a4');
    await user.selectOptions(screen.getByLabelText('Default level for new traces'), 'developing');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await screen.findByText('Profile saved.');
    await waitFor(async () =>
      expect(await readTeacherProfile()).toMatchObject({
        name: 'Ana Rivera',
        school: 'Lincoln Elementary',
        paperSize: 'a4',
        defaultLevel: 'developing',
      }),
    );
  });
});
