// @vitest-environment node
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ShowWorkDatabase } from '../../lib/db/schema';
import { createBackup } from '../../lib/backup/export';
import { computeIntegrity, restorableSettings, type BackupFile } from '../../lib/backup/format';
import { applyImport, readBackupText } from '../../lib/backup/import';
import { t } from '../../lib/i18n/t';
import { emptyProfile, teacherProfileItem } from '../../lib/settings/profile';
import { installI18n } from '../i18n-stub';
import { openTestDatabase } from '../upload/helpers';
import { seedLibrary } from './library-fixture';

let source: ShowWorkDatabase;
let target: ShowWorkDatabase;
beforeEach(() => {
  source = openTestDatabase();
  target = openTestDatabase();
});
afterEach(() => {
  source.close();
  target.close();
});

const validSettings = {
  teacherProfile: { ...emptyProfile, name: 'Ana Rivera', paperSize: 'a4' },
  teacherProfile$: { v: 1 },
  autoRecord: { chatgpt: true, claude: false },
  portalProfiles: [{ kind: 'generic', id: 'p1', name: 'District portal', url: 'https://portal.example/sub' }],
  managedPortalChoices: {
    canvas: { courseId: '12', courseName: 'PD', assignmentId: '34', assignmentName: 'AI trace' },
  },
  retentionDays: 365,
  activeFrameworkId: 'default',
};

/** A backup of a small library whose settings are `settings`, with a correct integrity hash (as if edited by a tool). */
async function backupWithSettings(settings: Record<string, unknown>): Promise<string> {
  await seedLibrary(source, 2);
  const { backup } = await createBackup(source);
  const edited: BackupFile = { ...backup, settings, integrity: await computeIntegrity(backup.data, settings) };
  return JSON.stringify(edited);
}

async function snapshot(db: ShowWorkDatabase) {
  return {
    conversations: await db.conversations.toArray(),
    traces: await db.traces.toArray(),
    settings: await fakeBrowser.storage.local.get(null),
  };
}

describe('restoring settings: only what ShowWork knows', () => {
  test('unknown keys are dropped, known ones are validated and restored', async () => {
    const text = await backupWithSettings({
      ...validSettings,
      // Extra fields inside a known setting are not kept either.
      teacherProfile: { ...validSettings.teacherProfile, injected: '<img src=x onerror=alert(1)>' },
      futureFeature: { enabled: true },
      futureFeature$: { v: 3 },
      __proto__hack: 'x',
      captureStatus: { state: 'capturing' },
    });
    const read = await readBackupText(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.droppedSettings.sort()).toEqual(['__proto__hack', 'captureStatus', 'futureFeature', 'futureFeature$']);
    expect(Object.keys(read.backup.settings).sort()).toEqual(Object.keys(validSettings).sort());

    await applyImport(target, read.backup);
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored).sort()).toEqual(Object.keys(validSettings).sort());
    expect(stored.teacherProfile).toEqual(validSettings.teacherProfile);
    expect(stored.autoRecord).toEqual(validSettings.autoRecord);
    expect(stored.retentionDays).toBe(365);
    expect(await target.traces.count()).toBe(2);
  });

  const invalidValues: [string, unknown, string][] = [
    ['teacherProfile', { ...emptyProfile, paperSize: 'tabloid' }, 'teacherProfile.paperSize'],
    ['autoRecord', { chatgpt: 'yes' }, 'autoRecord.chatgpt'],
    ['portalProfiles', [{ kind: 'ftp', id: 'p', name: 'n' }], 'portalProfiles.0.kind'],
    ['managedPortalChoices', { canvas: { courseId: 12 } }, 'managedPortalChoices.canvas.courseId'],
    ['retentionDays', -5, 'retentionDays'],
    ['activeFrameworkId', '', 'activeFrameworkId'],
    ['teacherProfile$', { v: 'one' }, 'teacherProfile$.v'],
  ];

  test('every known setting has a case below', () => {
    const covered = new Set(invalidValues.map(([key]) => key.replace(/\$$/, '')));
    expect([...covered].sort()).toEqual(Object.keys(restorableSettings).sort());
  });

  test.each(invalidValues)(
    'an invalid %s refuses the backup, names it, and writes nothing',
    async (key, value, field) => {
      const text = await backupWithSettings({ ...validSettings, [key]: value });
      await teacherProfileItem.setValue({ ...emptyProfile, name: 'Local teacher' });
      const before = await snapshot(target);
      const read = await readBackupText(text);
      expect(read).toMatchObject({ ok: false, problem: 'invalid-setting', setting: { field } });
      if (read.ok || !read.setting) throw new Error('expected a refusal naming the setting');
      expect(await snapshot(target)).toEqual(before);

      const base = key.replace(/\$$/, '') as keyof typeof restorableSettings;
      const message = t('backup_problem_invalidSetting', t(read.setting.label), read.setting.field);
      expect(message).toContain(`“${t(restorableSettings[base].label)}”`);
      expect(message).toContain(field);
      expect(message).toContain('Nothing was changed.');
    },
  );

  test('the message names the setting in plain words, in Spanish too', async () => {
    const text = await backupWithSettings({ ...validSettings, retentionDays: 'forever' });
    const read = await readBackupText(text);
    if (read.ok || !read.setting) throw new Error('expected a refusal');
    expect(t('backup_problem_invalidSetting', t(read.setting.label), read.setting.field)).toBe(
      "This backup can't be restored: its setting “Keep conversations and traces for” has a value ShowWork can't use (in retentionDays). Nothing was changed.",
    );
    installI18n('es');
    expect(t('backup_problem_invalidSetting', t(read.setting.label), read.setting.field)).toContain(
      '«Conservar conversaciones y trazas durante»',
    );
  });

  test('applyImport itself refuses unchecked settings and rolls back (a caller that skipped readBackupText)', async () => {
    await seedLibrary(source, 2);
    const { backup } = await createBackup(source);
    const before = await snapshot(target);
    await expect(
      applyImport(target, { ...backup, settings: { ...validSettings, retentionDays: 99_999 } }),
    ).rejects.toThrow(/retentionDays/);
    expect(await snapshot(target)).toEqual(before);

    // Unknown keys passed straight to applyImport are not written either.
    await applyImport(target, { ...backup, settings: { retentionDays: 30, somethingElse: 1 } });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ retentionDays: 30 });
  });
});
