import type { ShowWorkDatabase } from '../../lib/db/schema';
import type { StoredConversation } from '../../lib/model/conversation';
import type { SiteId } from '../../lib/model/site';
import type { Trace } from '../../lib/model/trace';
import type { StoredTurn } from '../../lib/model/turn';

/** A complete, valid trace; override what the test is about. */
export function makeTrace(overrides: Partial<Trace> = {}): Trace {
  return {
    id: 'trace-1',
    title: 'Fractions lesson',
    status: 'draft',
    createdAt: 1_000,
    updatedAt: 1_000,
    frameworkId: 'district-default',
    credentialId: 'ai-planning-differentiation',
    competencyId: 'instructional-application',
    level: 'beginner',
    items: [
      { turnId: 'u1', conversationId: 'c1' },
      { turnId: 'a1', conversationId: 'c1' },
    ],
    marks: {},
    finalArtifact: '',
    artifactSourceTurnIds: null,
    reflection: { learningGoal: '', whatChanged: '', risk: '', benefit: '', safeguard: '' },
    verified: { accuracy: false, bias: false, alignment: false },
    responsibleUse: { outputVerified: false, noStudentData: false, humanReview: false, aiUseDisclosed: false },
    implementationNotes: '',
    studentImpact: '',
    readinessNote: '',
    fieldUpdatedAt: {},
    ...overrides,
  };
}

export interface SeedTurn {
  role: 'user' | 'assistant';
  text: string;
}

/** Stores a captured conversation and its turns the way capture does (ids c<n>, turn ids <conversation>-t<ordinal>). */
export async function seedConversation(
  db: ShowWorkDatabase,
  id: string,
  title: string,
  turns: SeedTurn[],
  site: SiteId = 'chatgpt',
  capturedAt = 5_000,
): Promise<{ conversation: StoredConversation; turns: StoredTurn[] }> {
  const conversation: StoredConversation = {
    id,
    site,
    externalId: `ext-${id}`,
    url: `https://chatgpt.com/c/${id}`,
    title,
    turnCount: turns.length,
    firstCapturedAt: capturedAt,
    lastCapturedAt: capturedAt,
  };
  const stored: StoredTurn[] = turns.map((turn, ordinal) => ({
    id: `${id}-t${ordinal}`,
    conversationId: id,
    ordinal,
    role: turn.role,
    text: turn.text,
    markdown: turn.text,
    contentHash: `hash-${id}-${ordinal}`,
    capturedAt,
    updatedAt: capturedAt,
    previousVersions: [],
  }));
  await db.conversations.put(conversation);
  await db.turns.bulkPut(stored);
  return { conversation, turns: stored };
}
