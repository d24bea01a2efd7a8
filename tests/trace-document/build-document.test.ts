import { beforeEach, describe, expect, test } from 'vitest';
import { ShowWorkDatabase } from '../../lib/db/schema';
import { TraceDocument } from '../../lib/model/trace-document';
import { emptyProfile, teacherProfileItem } from '../../lib/settings/profile';
import { buildTraceDocument, TraceNotFoundError } from '../../lib/trace/document';
import { diffWords } from '../../lib/trace/diff';
import { makeTrace, seedConversation } from '../trace/trace-fixtures';

let db: ShowWorkDatabase;
let n = 0;

const aiPlan = 'Warm up with a number line. Students fold paper strips into halves and quarters.';
const artifact = 'Warm up with a number line. Students fold strips into halves, then compare them with a partner.';

beforeEach(async () => {
  db = new ShowWorkDatabase(`build-doc-${n++}`);
  await teacherProfileItem.setValue({
    ...emptyProfile,
    name: 'Ana García',
    school: 'Lincoln Elementary',
    district: 'Springfield USD',
  });
  await seedConversation(db, 'c1', 'Fractions lesson', [
    { role: 'user', text: 'Plan a warm-up on fractions.' },
    { role: 'assistant', text: 'Here is a first idea about pizza slices.' },
    { role: 'user', text: 'Use paper strips instead.' },
    { role: 'assistant', text: aiPlan },
  ]);
  await db.conversations.update('c1', { model: 'GPT-5' });
});

describe('buildTraceDocument', () => {
  test('gathers profile, credential names, tool, turns with marks, artifact diff and checklists', async () => {
    const turns = await db.turns.where('conversationId').equals('c1').sortBy('ordinal');
    await db.traces.add(
      makeTrace({
        id: 't1',
        status: 'ready',
        items: turns.map((t) => ({ turnId: t.id, conversationId: 'c1' })),
        marks: {
          [turns[1]!.id]: { mark: 'rejected', note: 'Pizza again.' },
          [turns[3]!.id]: { mark: 'revised', note: '' },
        },
        finalArtifact: artifact,
        reflection: {
          learningGoal: 'Compare fractions',
          whatChanged: 'Added a partner task',
          risk: 'r',
          benefit: 'b',
          safeguard: 's',
        },
        verified: { accuracy: true, bias: false, alignment: true },
        createdAt: Date.UTC(2026, 10, 20),
        updatedAt: Date.UTC(2026, 10, 21),
      }),
    );
    const now = new Date('2026-11-23T10:00:00.000Z');
    const doc = await buildTraceDocument(db, 't1', { now, language: 'en' });

    expect(TraceDocument.safeParse(doc).success).toBe(true);
    expect(doc.schema).toBe('showwork.trace/1');
    expect(doc.teacher).toEqual({ name: 'Ana García', school: 'Lincoln Elementary', district: 'Springfield USD' });
    expect(doc.credential.credentialName).toBe('AI for Planning and Differentiation');
    expect(doc.credential.competencyName).toBe('Instructional application');
    expect(doc.credential.levelName).toBe('Beginner');
    expect(doc.tools).toEqual([{ site: 'chatgpt', name: 'ChatGPT', models: ['GPT-5'] }]);
    expect(doc.conversations[0]).toMatchObject({
      id: 'c1',
      toolName: 'ChatGPT',
      model: 'GPT-5',
      title: 'Fractions lesson',
    });
    expect(doc.turns.map((t) => [t.role, t.mark, t.note])).toEqual([
      ['user', null, ''],
      ['assistant', 'rejected', 'Pizza again.'],
      ['user', null, ''],
      ['assistant', 'revised', ''],
    ]);
    // The artifact came from the last output (best word overlap), compared word by word.
    const expected = diffWords(aiPlan, artifact);
    expect(doc.edits?.sourceTurnIds).toEqual([turns[3]!.id]);
    expect(doc.edits?.sourceChosenByTeacher).toBe(false);
    expect(doc.edits?.figures).toEqual(expected.figures);
    expect(doc.edits?.ops).toEqual(expected.ops);
    expect(doc.verified).toEqual({ accuracy: true, bias: false, alignment: true });
    expect(doc.createdAt).toBe('2026-11-20T00:00:00.000Z');
    expect(doc.exportedAt).toBe('2026-11-23T10:00:00.000Z');
    expect(doc.redaction).toEqual({ applied: false, itemCount: 0 });
  });

  test('uses the source the teacher chose, and leaves out turns deleted since', async () => {
    const turns = await db.turns.where('conversationId').equals('c1').sortBy('ordinal');
    await db.traces.add(
      makeTrace({
        id: 't2',
        items: turns.map((t) => ({ turnId: t.id, conversationId: 'c1' })),
        finalArtifact: artifact,
        artifactSourceTurnIds: [turns[1]!.id],
      }),
    );
    await db.turns.delete(turns[2]!.id);
    const doc = await buildTraceDocument(db, 't2');
    expect(doc.turns).toHaveLength(3);
    expect(doc.edits?.sourceTurnIds).toEqual([turns[1]!.id]);
    expect(doc.edits?.sourceChosenByTeacher).toBe(true);
    expect(doc.edits?.figures).toEqual(diffWords('Here is a first idea about pizza slices.', artifact).figures);
  });

  test('an empty trace still makes a valid document, with no edits', async () => {
    await db.traces.add(makeTrace({ id: 't3', title: '', items: [] }));
    const doc = await buildTraceDocument(db, 't3');
    expect(TraceDocument.safeParse(doc).success).toBe(true);
    expect(doc.turns).toEqual([]);
    expect(doc.conversations).toEqual([]);
    expect(doc.edits).toBeNull();
  });

  test('the language follows the UI', async () => {
    const { installI18n } = await import('../i18n-stub');
    installI18n('es');
    await db.traces.add(makeTrace({ id: 't4' }));
    const doc = await buildTraceDocument(db, 't4');
    expect(doc.language).toBe('es');
  });

  test('a missing trace is a named error', async () => {
    await expect(buildTraceDocument(db, 'nope')).rejects.toBeInstanceOf(TraceNotFoundError);
  });
});
