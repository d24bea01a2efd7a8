import { visibleTurns } from '../capture/apply-turn-fixes';
import type { ShowWorkDatabase } from '../db/schema';
import { insertTrace, listConversationTurns } from '../db/traces';
import { getActiveFramework } from '../framework/active-framework';
import type { StoredConversation } from '../model/conversation';
import type { Framework } from '../model/framework';
import type { Trace } from '../model/trace';
import type { StoredTurn } from '../model/turn';
import { readTeacherProfile, type TeacherProfile } from '../settings/profile';

export interface NewTraceDefaults {
  profile: Pick<TeacherProfile, 'defaultCredentialId' | 'defaultLevel'>;
  framework: Framework;
  /** Used when the conversation has no title. */
  fallbackTitle: string;
  id?: string;
  now?: number;
}

/**
 * A new draft trace with the fast-path defaults: every turn of the conversation in (as the teacher fixed them:
 * turns removed as page chrome or merged into another are left out), the artifact's source
 * left automatic (the last AI output until an artifact is written; see pickBestSource), and the profile's
 * credential and level when the framework has them.
 */
export function buildNewTrace(
  conversation: Pick<StoredConversation, 'id' | 'title'>,
  turns: readonly Pick<StoredTurn, 'id' | 'ordinal' | 'fix'>[],
  { profile, framework, fallbackTitle, id = crypto.randomUUID(), now = Date.now() }: NewTraceDefaults,
): Trace {
  const credential = framework.credentials.find((c) => c.id === profile.defaultCredentialId);
  const level = framework.levels.find((l) => l.id === profile.defaultLevel) ?? framework.levels[0];
  const competencyId = credential?.competencyIds.find((cid) => framework.competencies.some((c) => c.id === cid));
  return {
    id,
    title: conversation.title.trim() || fallbackTitle,
    status: 'draft',
    createdAt: now,
    updatedAt: now,
    frameworkId: framework.id,
    credentialId: credential?.id ?? null,
    competencyId: competencyId ?? null,
    level: level?.id ?? null,
    items: visibleTurns(turns).map((turn) => ({ turnId: turn.id, conversationId: conversation.id })),
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
  };
}

/** Creates and stores a trace from a captured conversation with the defaults above; returns it. */
export async function createTraceFromConversation(
  db: ShowWorkDatabase,
  conversationId: string,
  options: { fallbackTitle: string },
): Promise<Trace> {
  const conversation = await db.conversations.get(conversationId);
  if (!conversation) throw new Error(`Conversation ${conversationId} not found`);
  const [turns, profile, framework] = await Promise.all([
    listConversationTurns(db, conversationId),
    readTeacherProfile(),
    getActiveFramework(db),
  ]);
  const trace = buildNewTrace(conversation, turns, { profile, framework, fallbackTitle: options.fallbackTitle });
  await insertTrace(db, trace);
  return trace;
}
