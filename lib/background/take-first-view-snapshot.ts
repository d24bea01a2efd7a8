import type { ShowWorkDatabase } from '../db/schema';
import { listConversationTurns } from '../db/traces';
import type { Trace } from '../model/trace';
import { maxSnapshotChars, maxSnapshotTurns, type FirstViewSnapshot } from '../panel/first-view-snapshot';

/**
 * The first view of `trace` as stored now (first-view-snapshot.ts), or undefined when its conversations are too
 * long to send this way (the panel then reads them from the database, as it always did).
 */
export async function takeFirstViewSnapshot(
  db: ShowWorkDatabase,
  trace: Trace,
  capturedConversationId: string,
): Promise<FirstViewSnapshot | undefined> {
  // The conversations the editor shows first, in its order: the captured one, then the others the trace draws on.
  const ids = [...new Set([capturedConversationId, ...trace.items.map((item) => item.conversationId)])];
  const conversations = (await db.conversations.bulkGet(ids)).filter((c) => c !== undefined);
  // Counted before reading: a 400-turn conversation is not read whole on the capture's path only to be left out.
  if (conversations.reduce((sum, c) => sum + c.turnCount, 0) > maxSnapshotTurns) return undefined;
  const sources = await Promise.all(
    conversations.map(async (conversation) => ({
      conversation,
      turns: await listConversationTurns(db, conversation.id),
    })),
  );
  let chars = 0;
  for (const { turns } of sources)
    for (const turn of turns) {
      chars += turn.text.length + turn.markdown.length;
      for (const version of turn.previousVersions) chars += version.text.length + version.markdown.length;
    }
  return chars > maxSnapshotChars ? undefined : { trace, sources };
}
