import { expect, test } from 'vitest';
import Dexie from 'dexie';
import { ShowWorkDatabase } from '@/lib/db/schema';

/**
 * A library saved by version 1 (capture only) must open in the current version with every record intact
 * and the newer tables ready. The v1 schema is written out here exactly as released.
 */
test('a version 1 database upgrades to the current version without losing captures', async () => {
  const name = `migration-${crypto.randomUUID()}`;
  const v1 = new Dexie(name);
  v1.version(1).stores({
    conversations: 'id, &[site+externalId], site, lastCapturedAt',
    turns: 'id, [conversationId+ordinal], conversationId, contentHash',
    conversationWords: 'conversationId, *words',
  });
  await v1.table('conversations').add({
    id: 'k1',
    site: 'claude',
    externalId: 'x',
    url: 'https://claude.ai/chat/x',
    title: 'Rubric',
    turnCount: 1,
    firstCapturedAt: 1,
    lastCapturedAt: 2,
  });
  await v1.table('turns').add({
    id: 't1',
    conversationId: 'k1',
    ordinal: 0,
    role: 'user',
    text: 'Make a rubric',
    markdown: 'Make a rubric',
    contentHash: 'h',
    capturedAt: 1,
    updatedAt: 1,
    previousVersions: [],
  });
  v1.close();

  const current = new ShowWorkDatabase(name);
  await current.open();
  expect(current.verno).toBe(3);
  expect(await current.conversations.get('k1')).toMatchObject({ title: 'Rubric' });
  expect(await current.turns.where('[conversationId+ordinal]').equals(['k1', 0]).first()).toMatchObject({
    text: 'Make a rubric',
  });
  expect(current.tables.map((t) => t.name).sort()).toEqual([
    'conversationWords',
    'conversations',
    'frameworks',
    'portalSecrets',
    'submissionPayloads',
    'submissions',
    'traces',
    'turns',
  ]);
  // v3's index answers per-tool newest-first queries over the old records.
  expect(
    await current.conversations
      .where('[site+lastCapturedAt]')
      .between(['claude', 0], ['claude', Infinity])
      .primaryKeys(),
  ).toEqual(['k1']);
  // The unique index still holds after the upgrade.
  await expect(
    current.conversations.add({
      id: 'k2',
      site: 'claude',
      externalId: 'x',
      url: '',
      title: '',
      turnCount: 0,
      firstCapturedAt: 0,
      lastCapturedAt: 0,
    }),
  ).rejects.toThrow();
  current.close();
});
