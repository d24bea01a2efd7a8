import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ShowWorkDatabase } from '../../lib/db/schema';
import { setActiveFrameworkId } from '../../lib/framework/active-framework';
import { defaultFramework } from '../../lib/framework/default-framework';
import { Trace } from '../../lib/model/trace';
import { teacherProfileItem, emptyProfile } from '../../lib/settings/profile';
import { buildNewTrace, createTraceFromConversation } from '../../lib/trace/create-trace';
import { seedConversation } from './trace-fixtures';

let db: ShowWorkDatabase;
beforeEach(() => {
  db = new ShowWorkDatabase(`create-trace-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const turns = [
  { role: 'user', text: 'Plan a fractions lesson' },
  { role: 'assistant', text: 'Here is a plan…' },
  { role: 'user', text: 'Shorter please' },
  { role: 'assistant', text: 'A shorter plan…' },
] as const;

describe('buildNewTrace', () => {
  test('all turns in order, automatic source, profile credential and level, conversation title', () => {
    const trace = buildNewTrace(
      { id: 'c1', title: '  Fractions with pizza  ' },
      [
        { id: 'c1-t1', ordinal: 1 },
        { id: 'c1-t0', ordinal: 0 },
      ],
      {
        profile: { defaultCredentialId: 'ai-planning-differentiation', defaultLevel: 'developing' },
        framework: defaultFramework,
        fallbackTitle: 'Untitled trace',
        id: 'new-id',
        now: 42,
      },
    );
    expect(Trace.safeParse(trace).success).toBe(true);
    expect(trace).toMatchObject({
      id: 'new-id',
      title: 'Fractions with pizza',
      status: 'draft',
      createdAt: 42,
      updatedAt: 42,
      frameworkId: 'district-default',
      credentialId: 'ai-planning-differentiation',
      competencyId: 'instructional-application',
      level: 'developing',
      items: [
        { turnId: 'c1-t0', conversationId: 'c1' },
        { turnId: 'c1-t1', conversationId: 'c1' },
      ],
      marks: {},
      artifactSourceTurnIds: null,
      finalArtifact: '',
      fieldUpdatedAt: {},
    });
  });

  test('a credential the framework lacks is not preselected; no title falls back; no level takes the first', () => {
    const trace = buildNewTrace({ id: 'c1', title: '' }, [], {
      profile: { defaultCredentialId: 'not-in-this-framework', defaultLevel: null },
      framework: defaultFramework,
      fallbackTitle: 'Untitled trace',
    });
    expect(trace).toMatchObject({ title: 'Untitled trace', credentialId: null, competencyId: null, level: 'beginner' });
  });
});

describe('createTraceFromConversation', () => {
  test('reads the conversation, its turns, the stored profile and the active framework, and stores the trace', async () => {
    await seedConversation(db, 'c1', 'Fractions', [...turns]);
    await teacherProfileItem.setValue({
      ...emptyProfile,
      defaultCredentialId: 'ai-foundations',
      defaultLevel: 'proficient',
    });
    const trace = await createTraceFromConversation(db, 'c1', { fallbackTitle: 'Untitled' });
    expect(await db.traces.get(trace.id)).toEqual(trace);
    expect(trace.items.map((i) => i.turnId)).toEqual(['c1-t0', 'c1-t1', 'c1-t2', 'c1-t3']);
    expect(trace).toMatchObject({ title: 'Fractions', credentialId: 'ai-foundations', level: 'proficient' });
  });

  test('uses an imported active framework', async () => {
    await seedConversation(db, 'c1', 'Fractions', [...turns]);
    await db.frameworks.put({ ...defaultFramework, id: 'district-x', name: 'X' });
    await setActiveFrameworkId('district-x');
    expect((await createTraceFromConversation(db, 'c1', { fallbackTitle: 'Untitled' })).frameworkId).toBe('district-x');
  });

  test('an unknown conversation is an error and stores nothing', async () => {
    await expect(createTraceFromConversation(db, 'nope', { fallbackTitle: 'Untitled' })).rejects.toThrow();
    expect(await db.traces.count()).toBe(0);
  });
});
