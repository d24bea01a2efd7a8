import type { ShowWorkDatabase } from '../../lib/db/schema';
import type { StoredConversation } from '../../lib/model/conversation';
import type { Framework } from '../../lib/model/framework';
import type { Trace } from '../../lib/model/trace';
import type { StoredTurn } from '../../lib/model/turn';

const day = 24 * 60 * 60_000;

export function makeConversation(i: number, capturedAt = Date.now()): StoredConversation {
  return {
    id: `conv-${i}`,
    site: 'chatgpt',
    externalId: `ext-${i}`,
    url: `https://chatgpt.com/c/ext-${i}`,
    title: `Lesson plan ${i}`,
    turnCount: 2,
    firstCapturedAt: capturedAt - day,
    lastCapturedAt: capturedAt,
  };
}

export function makeTurns(conversationId: string, capturedAt = Date.now()): StoredTurn[] {
  return (['user', 'assistant'] as const).map((role, ordinal) => ({
    id: `${conversationId}-turn-${ordinal}`,
    conversationId,
    ordinal,
    role,
    text: role === 'user' ? 'Write a rubric for fractions' : 'Here is a rubric: …',
    markdown: role === 'user' ? 'Write a rubric for fractions' : 'Here is a **rubric**: …',
    contentHash: `hash-${conversationId}-${ordinal}`,
    capturedAt,
    updatedAt: capturedAt,
    previousVersions: [],
  }));
}

export function makeTrace(i: number, conversationId: string, updatedAt = Date.now()): Trace {
  return {
    id: `trace-${i}`,
    title: `Fractions rubric ${i}`,
    status: 'ready',
    createdAt: updatedAt - day,
    updatedAt,
    frameworkId: 'district-default',
    credentialId: 'ai-foundations',
    competencyId: 'ai-literacy',
    level: 'beginner',
    items: [
      { turnId: `${conversationId}-turn-0`, conversationId },
      { turnId: `${conversationId}-turn-1`, conversationId },
    ],
    marks: { [`${conversationId}-turn-1`]: { mark: 'revised', note: 'Adjusted wording for grade 4' } },
    finalArtifact: 'Rubric: …',
    artifactSourceTurnIds: null,
    reflection: { learningGoal: 'Rubrics', whatChanged: 'Wording', risk: 'Bias', benefit: 'Time', safeguard: 'Review' },
    verified: { accuracy: true, bias: true, alignment: true },
    responsibleUse: { outputVerified: true, noStudentData: true, humanReview: true, aiUseDisclosed: true },
    implementationNotes: '',
    studentImpact: '',
    readinessNote: '',
    fieldUpdatedAt: {},
  };
}

export const sampleFramework: Framework = {
  schema: 'showwork.framework/1',
  id: 'district-default',
  name: 'District AI credentials',
  version: '1',
  credentials: [{ id: 'ai-foundations', name: 'AI Foundations for Educators', competencyIds: ['ai-literacy'] }],
  competencies: [{ id: 'ai-literacy', name: 'AI literacy' }],
  levels: [
    {
      id: 'beginner',
      name: 'Beginner',
      description: '',
      requiresImplementationNotes: false,
      requiresStudentImpact: false,
    },
  ],
};

/** A library of `traceCount` traces over `traceCount` conversations (two turns each), in bulk. */
export async function seedLibrary(
  db: ShowWorkDatabase,
  traceCount: number,
  options: { from?: number; capturedAt?: number } = {},
): Promise<void> {
  const from = options.from ?? 0;
  const at = options.capturedAt ?? Date.now();
  const conversations = Array.from({ length: traceCount }, (_, k) => makeConversation(from + k, at));
  await db.transaction('rw', [db.conversations, db.turns, db.conversationWords, db.traces, db.frameworks], async () => {
    await db.conversations.bulkAdd(conversations);
    await db.turns.bulkAdd(conversations.flatMap((c) => makeTurns(c.id, at)));
    await db.conversationWords.bulkAdd(
      conversations.map((c) => ({ conversationId: c.id, words: ['fractions', 'rubric', `lesson${c.id}`] })),
    );
    await db.traces.bulkAdd(conversations.map((c, k) => makeTrace(from + k, c.id, at)));
    await db.frameworks.put(sampleFramework);
  });
}
