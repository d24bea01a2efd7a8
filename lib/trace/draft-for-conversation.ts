import type { ShowWorkDatabase } from '../db/schema';
import { listConversationTurnRefs } from '../db/traces';
import { getActiveFramework } from '../framework/active-framework';
import { Trace } from '../model/trace';
import { readTeacherProfile, type TeacherProfile } from '../settings/profile';
import type { Framework } from '../model/framework';
import type { ManagedPolicy } from '../settings/managed';
import type { StoredConversation } from '../model/conversation';
import type { StoredTurn } from '../model/turn';
import { buildNewTrace } from './create-trace';

export type DraftOutcome =
  /** No trace drew on this conversation: a new draft with every turn ticked. */
  | { kind: 'created'; trace: Trace }
  /** The conversation's existing draft, untouched: new turns are offered in the editor, never added silently. */
  | { kind: 'draft'; trace: Trace }
  /** Its traces are all ready or submitted: left alone; the newest is shown with the offer of a new draft. */
  | { kind: 'ready'; trace: Trace };

/** A trace that may still change: a draft that was never handed to a portal. */
export async function isEditableDraft(db: ShowWorkDatabase, trace: Trace): Promise<boolean> {
  if (trace.status !== 'draft') return false;
  return (await db.submissions.where('traceId').equals(trace.id).count()) === 0;
}

/** The trace a capture of this conversation lands in when one draws on it already (see below); read only. */
export async function findDraftForConversation(
  db: ShowWorkDatabase,
  conversationId: string,
): Promise<DraftOutcome | undefined> {
  return db.transaction('r', [db.traces, db.submissions], () => findExisting(db, conversationId));
}

async function findExisting(db: ShowWorkDatabase, conversationId: string): Promise<DraftOutcome | undefined> {
  // A library holds hundreds of traces, not millions: read them newest change first and filter.
  const drawingOn = (await db.traces.orderBy('updatedAt').reverse().toArray()).filter((trace) =>
    trace.items.some((item) => item.conversationId === conversationId),
  );
  const submitted = new Set(
    (
      await db.submissions
        .where('traceId')
        .anyOf(drawingOn.map((trace) => trace.id))
        .toArray()
    ).map((submission) => submission.traceId),
  );
  const draft = drawingOn.find((trace) => trace.status === 'draft' && !submitted.has(trace.id));
  if (draft) return { kind: 'draft', trace: draft };
  const kept = drawingOn[0];
  if (kept) return { kind: 'ready', trace: kept };
  return undefined;
}

/** What a new draft is built with besides the conversation: the teacher's profile and the active framework. */
export interface NewTraceSettings {
  profile: TeacherProfile;
  framework: Framework;
}

/** Reads the settings a new draft is built with (extension storage, and the database for an imported framework). */
export async function readNewTraceSettings(db: ShowWorkDatabase, policy?: ManagedPolicy): Promise<NewTraceSettings> {
  const [profile, framework] = await Promise.all([readTeacherProfile(), getActiveFramework(db, policy)]);
  return { profile, framework };
}

/**
 * The trace a capture of this conversation lands in. In one read-write transaction, so two quick captures
 * of one conversation never make two drafts: the most recently changed editable draft that draws on the
 * conversation; failing that, when ready or submitted traces draw on it, the newest of those (unchanged);
 * failing that, a new draft built with the fast-path defaults (buildNewTrace). `policy`: the district policy
 * when the caller knows it (the background's cache), so managed storage is not read again. `settings`: the new
 * draft's settings when the caller started reading them earlier (the background does while a capture is stored).
 */
export async function findOrCreateDraftForConversation(
  db: ShowWorkDatabase,
  conversationId: string,
  options: { fallbackTitle: string; now?: number; policy?: ManagedPolicy; settings?: Promise<NewTraceSettings> },
): Promise<DraftOutcome> {
  // Read outside the transaction: awaiting extension storage inside a Dexie transaction would commit it early.
  const { profile, framework } = await (options.settings ?? readNewTraceSettings(db, options.policy));
  return db.transaction('rw', [db.traces, db.submissions, db.conversations, db.turns], async () => {
    const conversation = await db.conversations.get(conversationId);
    if (!conversation) throw new Error(`Conversation ${conversationId} not found`);
    const existing = await findExisting(db, conversationId);
    if (existing) return existing;
    // Ids and fixes only: a conversation without hidden turns is listed from the index, not read (400 turns).
    const turns = await listConversationTurnRefs(db, conversation);
    return addNewDraft(db, conversation, turns, { ...options, profile, framework });
  });
}

/**
 * A new draft of a conversation no trace draws on yet, with every visible turn ticked, added in the caller's
 * read-write transaction (which holds the traces table): the background makes a first capture's draft in the
 * capture's own transaction, where the conversation is new, so no trace can draw on it.
 */
export async function addNewDraft(
  db: ShowWorkDatabase,
  conversation: Pick<StoredConversation, 'id' | 'title'>,
  turns: readonly Pick<StoredTurn, 'id' | 'ordinal' | 'fix'>[],
  options: NewTraceSettings & { fallbackTitle: string; now?: number },
): Promise<DraftOutcome & { kind: 'created' }> {
  const trace = Trace.parse(
    buildNewTrace(conversation, turns, {
      profile: options.profile,
      framework: options.framework,
      fallbackTitle: options.fallbackTitle,
      ...(options.now === undefined ? {} : { now: options.now }),
    }),
  );
  await db.traces.add(trace);
  return { kind: 'created', trace };
}

/**
 * Gives a draft made while the district policy was still unknown the district's framework (and the credential,
 * competency and level the teacher's profile picks in it), when the policy sets one and the teacher has not
 * started on the draft yet (it is unchanged since it was made). Returns whether it changed the draft.
 */
export async function applyDistrictFramework(
  db: ShowWorkDatabase,
  made: Trace,
  policy: ManagedPolicy,
): Promise<boolean> {
  const framework = policy.framework;
  if (!framework || framework.id === made.frameworkId) return false;
  const profile = await readTeacherProfile();
  return db.transaction('rw', db.traces, async () => {
    const current = await db.traces.get(made.id);
    if (!current || current.status !== 'draft' || current.updatedAt !== current.createdAt) return false;
    const fresh = buildNewTrace(current, [], { profile, framework, fallbackTitle: current.title, id: current.id });
    const { frameworkId, credentialId, competencyId, level } = fresh;
    await db.traces.put(Trace.parse({ ...current, frameworkId, credentialId, competencyId, level }));
    return true;
  });
}
