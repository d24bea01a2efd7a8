import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ShowWorkDatabase } from '@/lib/db/schema';
import { getConversationTurns } from '@/lib/db/conversations';
import { fixTurn, undoTurnFix } from '@/lib/db/turn-fixes';
import { mergeCapturedConversation } from '@/lib/capture/merge-capture';
import { TurnFixError, removedTurns, visibleTurns } from '@/lib/capture/apply-turn-fixes';
import { createTraceFromConversation } from '@/lib/trace/create-trace';
import { buildTraceDocument } from '@/lib/trace/document';
import { StoredTurn } from '@/lib/model/turn';
import type { ExtractedConversation } from '@/lib/model/conversation';
import { createBackup } from '@/lib/backup/export';
import { applyImport, readBackupText } from '@/lib/backup/import';

let db: ShowWorkDatabase;
beforeEach(async () => {
  db = new ShowWorkDatabase(`turn-fixes-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

type Row = ['user' | 'assistant', string];

const page = (rows: Row[]): ExtractedConversation => ({
  site: 'web',
  externalId: 'tutor-1',
  url: 'https://tutor.example/chat/1',
  title: 'Fractions with a tutor bot',
  turns: rows.map(([role, text]) => ({ role, text, markdown: text })),
  reader: 'structural',
});

// What a structural reader might get wrong on one page: the second prompt read as an AI output, one answer split
// in two, and a "Free plan: 3 messages left" banner read as a turn.
const misread: Row[] = [
  ['user', 'Plan a fractions lesson'],
  ['assistant', 'Warm-up: pizza slices.'],
  ['assistant', 'Main task: fraction strips.'],
  ['assistant', 'Now make it shorter'],
  ['assistant', 'A shorter plan.'],
  ['assistant', 'Free plan: 3 messages left'],
];

async function captureMisread(rows: Row[] = misread) {
  const { conversationId } = await mergeCapturedConversation(db, page(rows), 1_000);
  const turns = await getConversationTurns(db, conversationId);
  return { conversationId, ids: turns.map((turn) => turn.id) };
}

/** What the conversation view shows: role and text of every shown turn. */
async function shown(conversationId: string) {
  return visibleTurns(await getConversationTurns(db, conversationId)).map((turn) => [turn.role, turn.text]);
}

/** Fixes the three misreadings above: switch turn 4, merge turns 2 and 3, remove the banner. */
async function fixAll(conversationId: string, ids: string[]) {
  await fixTurn(db, conversationId, { kind: 'switch-role', turnId: ids[3]! }, 2_000);
  await fixTurn(db, conversationId, { kind: 'merge-with-next', turnId: ids[1]! }, 2_000);
  await fixTurn(db, conversationId, { kind: 'remove', turnId: ids[5]! }, 2_000);
}

const fixedView = [
  ['user', 'Plan a fractions lesson'],
  ['assistant', 'Warm-up: pizza slices.\n\nMain task: fraction strips.'],
  ['user', 'Now make it shorter'],
  ['assistant', 'A shorter plan.'],
];

describe('fixing turns', () => {
  test('switch, merge and remove are stored; records keep their ids and are never deleted', async () => {
    const { conversationId, ids } = await captureMisread();
    await fixAll(conversationId, ids);
    expect(await shown(conversationId)).toEqual(fixedView);

    const stored = await getConversationTurns(db, conversationId);
    expect(stored.map((turn) => turn.id)).toEqual(ids);
    for (const turn of stored) expect(StoredTurn.safeParse(turn).success).toBe(true);
    // The captured content is kept beside the fixed one; the content hash stays the captured content's.
    expect(stored[3]).toMatchObject({ role: 'user', captured: { role: 'assistant', text: 'Now make it shorter' } });
    expect(stored[1]!.captured?.text).toBe('Warm-up: pizza slices.');
    expect(stored[2]!.fix).toEqual({ mergedInto: ids[1] });
    expect(removedTurns(stored).map((turn) => turn.text)).toEqual(['Free plan: 3 messages left']);
    // A new database connection (another panel, a restart) sees the same fixes.
    const reopened = new ShowWorkDatabase(db.name);
    expect(visibleTurns(await getConversationTurns(reopened, conversationId)).map((t) => t.text)).toEqual(
      fixedView.map(([, text]) => text),
    );
    reopened.close();
  });

  test('every action is undone exactly, in reverse order', async () => {
    const { conversationId, ids } = await captureMisread();
    const before = await getConversationTurns(db, conversationId);
    const switched = await fixTurn(db, conversationId, { kind: 'switch-role', turnId: ids[3]! });
    const merged = await fixTurn(db, conversationId, { kind: 'merge-with-next', turnId: ids[1]! });
    const removed = await fixTurn(db, conversationId, { kind: 'remove', turnId: ids[5]! });

    await undoTurnFix(db, removed);
    expect((await shown(conversationId)).at(-1)).toEqual(['assistant', 'Free plan: 3 messages left']);
    await undoTurnFix(db, merged);
    expect((await shown(conversationId)).slice(1, 3)).toEqual([
      ['assistant', 'Warm-up: pizza slices.'],
      ['assistant', 'Main task: fraction strips.'],
    ]);
    await undoTurnFix(db, switched);
    expect((await db.conversations.get(conversationId))?.turnCount).toBe(6);
    const after = await getConversationTurns(db, conversationId);
    expect(
      after.map(({ id, role, text, markdown, fix, captured }) => ({ id, role, text, markdown, fix, captured })),
    ).toEqual(
      before.map(({ id, role, text, markdown }) => ({ id, role, text, markdown, fix: undefined, captured: undefined })),
    );
  });

  test('switching back to the role the reader read clears the fix', async () => {
    const { conversationId, ids } = await captureMisread();
    await fixTurn(db, conversationId, { kind: 'switch-role', turnId: ids[3]! });
    await fixTurn(db, conversationId, { kind: 'switch-role', turnId: ids[3]! });
    const turn = (await db.turns.get(ids[3]!))!;
    expect(turn).toMatchObject({ role: 'assistant', text: 'Now make it shorter' });
    expect(turn.fix).toBeUndefined();
    expect(turn.captured).toBeUndefined();
  });

  test('removed turns can be restored later; a merged turn can be split again', async () => {
    const { conversationId, ids } = await captureMisread();
    await fixAll(conversationId, ids);
    await fixTurn(db, conversationId, { kind: 'restore', turnId: ids[5]! });
    await fixTurn(db, conversationId, { kind: 'split', turnId: ids[1]! });
    expect(await shown(conversationId)).toEqual([
      ['user', 'Plan a fractions lesson'],
      ['assistant', 'Warm-up: pizza slices.'],
      ['assistant', 'Main task: fraction strips.'],
      ['user', 'Now make it shorter'],
      ['assistant', 'A shorter plan.'],
      ['assistant', 'Free plan: 3 messages left'],
    ]);
  });

  test('merging a merged turn into the one before it keeps every part, in order', async () => {
    const { conversationId, ids } = await captureMisread([
      ['user', 'Q'],
      ['assistant', 'Part one.'],
      ['assistant', 'Part two.'],
      ['assistant', 'Part three.'],
    ]);
    await fixTurn(db, conversationId, { kind: 'merge-with-next', turnId: ids[2]! });
    await fixTurn(db, conversationId, { kind: 'merge-with-next', turnId: ids[1]! });
    expect(await shown(conversationId)).toEqual([
      ['user', 'Q'],
      ['assistant', 'Part one.\n\nPart two.\n\nPart three.'],
    ]);
    expect((await db.turns.get(ids[3]!))!.fix).toEqual({ mergedInto: ids[1] });
  });

  test('actions that no longer fit are refused and change nothing', async () => {
    const { conversationId, ids } = await captureMisread();
    await expect(fixTurn(db, conversationId, { kind: 'merge-with-next', turnId: ids[5]! })).rejects.toBeInstanceOf(
      TurnFixError,
    );
    await fixTurn(db, conversationId, { kind: 'merge-with-next', turnId: ids[1]! });
    await expect(fixTurn(db, conversationId, { kind: 'remove', turnId: ids[2]! })).rejects.toMatchObject({
      reason: 'hidden',
    });
    await expect(fixTurn(db, conversationId, { kind: 'restore', turnId: ids[0]! })).rejects.toMatchObject({
      reason: 'not-removed',
    });
    expect((await shown(conversationId)).length).toBe(5);
  });
});

describe('a re-capture of the same conversation', () => {
  test('the same page again keeps every fix; the library counts the turns shown', async () => {
    const { conversationId, ids } = await captureMisread();
    await fixAll(conversationId, ids);
    expect((await db.conversations.get(conversationId))?.turnCount).toBe(4);
    const result = await mergeCapturedConversation(db, page(misread), 3_000);
    expect(result).toMatchObject({ conversationId, added: 0, updated: 0, unchanged: 6, turnCount: 4 });
    expect(await shown(conversationId)).toEqual(fixedView);
    expect((await db.conversations.get(conversationId))?.turnCount).toBe(4);
    await mergeCapturedConversation(db, page([...misread, ['user', 'One more']]), 4_000);
    expect((await db.conversations.get(conversationId))?.turnCount).toBe(5);
  });

  test('new content for fixed turns gets the same fixes; new turns are added as read', async () => {
    const { conversationId, ids } = await captureMisread();
    await fixAll(conversationId, ids);
    await mergeCapturedConversation(
      db,
      page([
        ['user', 'Plan a fractions lesson'],
        ['assistant', 'Warm-up: pizza slices.'],
        ['assistant', 'Main task: fraction strips and a number line.'], // regenerated second part
        ['assistant', 'Now make it much shorter'], // the prompt was edited, still misread
        ['assistant', 'A shorter plan.'],
        ['assistant', 'Free plan: 2 messages left'], // the banner changed
        ['user', 'Thanks!'],
      ]),
      3_000,
    );
    expect(await shown(conversationId)).toEqual([
      ['user', 'Plan a fractions lesson'],
      ['assistant', 'Warm-up: pizza slices.\n\nMain task: fraction strips and a number line.'],
      ['user', 'Now make it much shorter'],
      ['assistant', 'A shorter plan.'],
      ['user', 'Thanks!'],
    ]);
    const stored = await getConversationTurns(db, conversationId);
    // The earlier captured texts are kept as earlier versions, not the fixed (merged) text.
    expect(stored[2]!.previousVersions.map((v) => v.text)).toEqual(['Main task: fraction strips.']);
    expect(stored[3]!.previousVersions.map((v) => v.text)).toEqual(['Now make it shorter']);
    expect(removedTurns(stored).map((turn) => turn.text)).toEqual(['Free plan: 2 messages left']);
    // A third capture of that page changes nothing.
    expect(
      await mergeCapturedConversation(
        db,
        page(stored.map((turn) => [turn.captured?.role ?? turn.role, turn.captured?.text ?? turn.text])),
      ),
    ).toMatchObject({ updated: 0, added: 0 });
    for (const turn of stored) expect(StoredTurn.safeParse(turn).success).toBe(true);
  });

  test('undo after a re-capture keeps the newer captured text', async () => {
    const { conversationId, ids } = await captureMisread();
    const merged = await fixTurn(db, conversationId, { kind: 'merge-with-next', turnId: ids[1]! });
    await mergeCapturedConversation(
      db,
      page(misread.map(([role, text], i): Row => [role, i === 2 ? 'Main task: a number line.' : text])),
    );
    await undoTurnFix(db, merged);
    expect((await shown(conversationId)).slice(1, 3)).toEqual([
      ['assistant', 'Warm-up: pizza slices.'],
      ['assistant', 'Main task: a number line.'],
    ]);
  });
});

describe('traces and fixed turns', () => {
  test('a new trace uses the fixed turns, and its document shows them', async () => {
    const { conversationId, ids } = await captureMisread();
    await fixAll(conversationId, ids);
    const trace = await createTraceFromConversation(db, conversationId, { fallbackTitle: 'Untitled' });
    expect(trace.items.map((item) => item.turnId)).toEqual([ids[0], ids[1], ids[3], ids[4]]);
    const doc = await buildTraceDocument(db, trace.id, { now: new Date(0), language: 'en' });
    expect(doc.turns.map((turn) => [turn.role, turn.text])).toEqual(fixedView);
  });

  test('a trace made before the fixes keeps working: its turns are all there, a merged-away one folded into its host', async () => {
    const { conversationId, ids } = await captureMisread();
    const before = await createTraceFromConversation(db, conversationId, { fallbackTitle: 'Untitled' });
    await db.traces.update(before.id, {
      marks: { [ids[2]!]: { mark: 'revised', note: 'kept the strips' } },
      artifactSourceTurnIds: [ids[2]!],
    });
    await fixTurn(db, conversationId, { kind: 'switch-role', turnId: ids[3]! }, 2_000);
    const merged = await fixTurn(db, conversationId, { kind: 'merge-with-next', turnId: ids[1]! }, 2_000);
    await fixTurn(db, conversationId, { kind: 'remove', turnId: ids[5]! }, 2_000);

    const trace = (await db.traces.get(before.id))!;
    // The removed banner stays (it is this trace's evidence until the teacher unticks it); turn 3 is in turn 2.
    expect(trace.items.map((item) => item.turnId)).toEqual([ids[0], ids[1], ids[3], ids[4], ids[5]]);
    expect(trace.marks).toEqual({ [ids[1]!]: { mark: 'revised', note: 'kept the strips' } });
    expect(trace.artifactSourceTurnIds).toEqual([ids[1]]);
    const doc = await buildTraceDocument(db, before.id, { now: new Date(0), language: 'en' });
    expect(doc.turns.map((turn) => [turn.role, turn.text])).toEqual([
      ...fixedView,
      ['assistant', 'Free plan: 3 messages left'],
    ]);

    // Undo the merge: the trace points at both halves again, with the mark where it was.
    await undoTurnFix(db, merged);
    const undone = (await db.traces.get(before.id))!;
    expect(undone.items.map((item) => item.turnId)).toEqual(ids);
    expect(undone.marks).toEqual({ [ids[2]!]: { mark: 'revised', note: 'kept the strips' } });
    expect(undone.artifactSourceTurnIds).toEqual([ids[2]]);
  });

  test('a trace with neither half is left alone by a merge', async () => {
    const { conversationId, ids } = await captureMisread();
    const trace = await createTraceFromConversation(db, conversationId, { fallbackTitle: 'Untitled' });
    await db.traces.update(trace.id, { items: [{ turnId: ids[0]!, conversationId }] });
    const stored = await db.traces.get(trace.id);
    await fixTurn(db, conversationId, { kind: 'merge-with-next', turnId: ids[1]! });
    expect(await db.traces.get(trace.id)).toEqual(stored);
  });
});

describe('backups', () => {
  test('a backup restored in another browser keeps the fixes', async () => {
    const { conversationId, ids } = await captureMisread();
    await fixAll(conversationId, ids);
    const { text } = await createBackup(db, { appVersion: '0.2.0' });
    const read = await readBackupText(text);
    if (!read.ok) throw new Error(`backup unreadable: ${read.problem}`);
    const other = new ShowWorkDatabase(`turn-fixes-restore-${crypto.randomUUID()}`);
    try {
      await applyImport(other, read.backup);
      expect(await other.turns.toArray()).toEqual(await db.turns.toArray());
      expect(visibleTurns(await getConversationTurns(other, conversationId)).map((t) => [t.role, t.text])).toEqual(
        fixedView,
      );
    } finally {
      other.close();
      await other.delete();
    }
  });
});
