import type { ShowWorkDatabase } from '../db/schema';
import type { NewConversationWork } from '../capture/merge-capture';
import { addNewDraft, type DraftOutcome } from '../trace/draft-for-conversation';
import { t } from '../i18n/t';
import type { LandingSettings } from './open-trace-after-capture';

/** A first capture's draft trace, made in the capture's own transaction. */
export interface FirstDraft {
  /** For the merge's `withNewConversation`: none unless the capture lands in a trace. */
  work: Promise<NewConversationWork | undefined>;
  /** The draft made, once the merge has committed; undefined when none was (the conversation was stored before). */
  made(): DraftOutcome | undefined;
}

/**
 * The first capture of a conversation makes its draft in the same transaction as its turns: one commit, not a
 * second read-write transaction after the first (137-400 ms of a 400-turn first capture's "find or make the trace",
 * load 5-10, 2026-12-02). A new conversation has a new id, so no trace draws on it: the draft is what
 * findOrCreateDraftForConversation would make, and no ready or submitted trace is touched. A conversation stored
 * before takes the landing's own transaction as ever (lib/background/open-trace-after-capture.ts).
 */
export function prepareFirstDraft(db: ShowWorkDatabase, settings: LandingSettings): FirstDraft {
  let made: DraftOutcome | undefined;
  const work = (async (): Promise<NewConversationWork | undefined> => {
    if ((await settings.afterCapture) !== 'trace') return undefined;
    const newTrace = await settings.newTrace;
    return {
      tables: [db.traces],
      run: async (conversation, turns) => {
        try {
          made = await addNewDraft(db, conversation, turns, { ...newTrace, fallbackTitle: t('editor_untitledTrace') });
        } catch {
          // Caught, the failed request does not abort the capture: the landing makes the draft after the commit.
          made = undefined;
        }
      },
    };
  })();
  return { work, made: () => made };
}
