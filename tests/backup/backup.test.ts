// @vitest-environment node
import { beforeEach, afterEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ShowWorkDatabase } from '../../lib/db/schema';
import { createBackup, backupFileName } from '../../lib/backup/export';
import { applyImport, planImport, readBackupText, looksTruncated } from '../../lib/backup/import';
import { savePortalProfile } from '../../lib/settings/portals';
import { teacherProfileItem, emptyProfile } from '../../lib/settings/profile';
import { outboxTuningItem } from '../../lib/upload/outbox-tuning';
import { rosterItem } from '../../lib/settings/roster';
import { openTestDatabase } from '../upload/helpers';
import { makeConversation, makeTrace, makeTurns, seedLibrary } from './library-fixture';

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

async function snapshot(db: ShowWorkDatabase) {
  return {
    conversations: await db.conversations.toArray(),
    turns: await db.turns.toArray(),
    words: await db.conversationWords.toArray(),
    traces: await db.traces.toArray(),
    frameworks: await db.frameworks.toArray(),
    settings: await fakeBrowser.storage.local.get(null),
  };
}

describe('backup', () => {
  test('round trip: everything comes back, tokens never leave', async () => {
    await seedLibrary(source, 12);
    await teacherProfileItem.setValue({ ...emptyProfile, name: 'Ana Rivera', district: 'Springfield' });
    await savePortalProfile(
      source,
      { kind: 'generic', id: 'p1', name: 'District portal', url: 'https://portal.example/sub' },
      'sEcReT-tok3n-value',
    );
    await outboxTuningItem.setValue({ timeoutMs: 500 });
    await rosterItem.setValue(['Maria Lopez', 'Jamal Carter']);

    const { text, backup } = await createBackup(source, { appVersion: '0.1.0' });
    expect(text).not.toContain('sEcReT-tok3n-value');
    expect(text).not.toContain('outboxTuning');
    // Student names in the redaction roster stay in this browser.
    expect(text).not.toContain('Maria Lopez');
    expect(text).not.toContain('redactionRoster');
    expect(backup.counts).toEqual({ conversations: 12, turns: 24, traces: 12, frameworks: 1, settings: 2 });
    expect(backup.format).toBe('showwork.backup/1');

    // Restore into an empty profile (another browser).
    const before = await snapshot(source);
    await fakeBrowser.storage.local.clear();
    const read = await readBackupText(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const plan = await planImport(target, read.backup);
    expect(plan.add).toEqual({ conversations: 12, turns: 24, traces: 12, frameworks: 1, settings: 1, portals: 1 });
    expect(await target.traces.count()).toBe(0); // planning changes nothing
    await applyImport(target, read.backup);
    const after = await snapshot(target);
    expect(after.conversations).toEqual(before.conversations);
    expect(after.turns).toEqual(before.turns);
    expect(after.words).toEqual(before.words);
    expect(after.traces).toEqual(before.traces);
    expect(after.frameworks).toEqual(before.frameworks);
    expect(after.settings).toMatchObject({
      teacherProfile: before.settings.teacherProfile,
      portalProfiles: before.settings.portalProfiles,
    });
    expect(await target.portalSecrets.count()).toBe(0);
  });

  test('merging twice adds nothing the second time; local edits win', async () => {
    await seedLibrary(source, 5);
    const { text } = await createBackup(source);
    const read = await readBackupText(text);
    if (!read.ok) throw new Error(read.problem);
    await seedLibrary(target, 2, { from: 3 }); // trace-3, trace-4 already here
    await target.traces.update('trace-3', { title: 'Edited locally' });
    const first = await applyImport(target, read.backup);
    expect(first.add).toMatchObject({ conversations: 3, turns: 6, traces: 3, frameworks: 0 });
    expect(first.skip).toMatchObject({ conversations: 2, traces: 2, frameworks: 1 });
    expect((await target.traces.get('trace-3'))?.title).toBe('Edited locally');
    const second = await planImport(target, read.backup);
    expect(second.add).toMatchObject({ conversations: 0, turns: 0, traces: 0, frameworks: 0 });
    expect(await target.traces.count()).toBe(5);
  });

  test('the same chat captured again under another id is not duplicated', async () => {
    await source.conversations.add(makeConversation(1));
    await source.turns.bulkAdd(makeTurns('conv-1'));
    const { text } = await createBackup(source);
    await target.conversations.add({ ...makeConversation(1), id: 'conv-local' });
    const read = await readBackupText(text);
    if (!read.ok) throw new Error(read.problem);
    const plan = await applyImport(target, read.backup);
    expect(plan.add.conversations).toBe(0);
    expect(await target.conversations.count()).toBe(1);
    expect(await target.turns.count()).toBe(0);
  });

  test('file name carries the date', () => {
    expect(backupFileName(new Date(2026, 10, 5))).toBe('showwork-backup-2026-11-05.json');
  });
});

describe('bad backup files change nothing', () => {
  async function goodText() {
    await seedLibrary(source, 3);
    await source.traces.add(makeTrace(99, 'conv-0'));
    return (await createBackup(source)).text;
  }

  const cases: [string, (text: string) => string, string][] = [
    ['empty', () => '', 'empty'],
    ['truncated', (t) => t.slice(0, Math.floor(t.length * 0.6)), 'truncated'],
    [
      'corrupted (bytes replaced in the middle)',
      (t) => t.slice(0, 200) + '\u0000\u0001garbage' + t.slice(215),
      'not-json',
    ],
    ['foreign JSON', () => JSON.stringify({ name: 'my notes', items: [1, 2, 3] }), 'foreign'],
    ['not JSON at all', () => '%PDF-1.7 binary', 'not-json'],
    [
      'newer version',
      (t) => t.replace('"format":"showwork.backup/1"', '"format":"showwork.backup/2"'),
      'newer-version',
    ],
    [
      'edited so it still parses (a title changed)',
      (t) => t.replace('Fractions rubric 1', 'Fractions rubric X'),
      'damaged',
    ],
    [
      'records that do not fit the model',
      (t) => {
        const parsed = JSON.parse(t);
        parsed.data.traces[0].status = 'published';
        return JSON.stringify(parsed);
      },
      'invalid',
    ],
  ];

  test.each(cases)('%s', async (_name, mangle, problem) => {
    const text = mangle(await goodText());
    await seedLibrary(target, 1, { from: 50 });
    await teacherProfileItem.setValue({ ...emptyProfile, name: 'Local teacher' });
    const before = await snapshot(target);
    const read = await readBackupText(text);
    expect(read).toMatchObject({ ok: false, problem });
    expect(await snapshot(target)).toEqual(before);
  });

  test('looksTruncated', () => {
    expect(looksTruncated('{"a":[1,2')).toBe(true);
    expect(looksTruncated('{"a":"unfinished')).toBe(true);
    expect(looksTruncated('{"a":1} trailing')).toBe(false);
    expect(looksTruncated('{"a":"}"}')).toBe(false);
  });
});
