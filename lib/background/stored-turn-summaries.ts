import type { ShowWorkDatabase } from '../db/schema';
import type { StoredTurnsRequest, StoredTurnSummary } from '../messaging/protocol';
import { capturedContentOf } from '../capture/apply-turn-fixes';

/**
 * What the library holds of one conversation, for a page showing it that was loaded anew
 * (lib/content/library-turns.ts): each stored turn's role, content hash and lengths as captured, by ordinal. Empty when the conversation is not
 * stored. Read once the page is read ahead, well before a click: a 400-turn conversation's ~5 M characters are read
 * here so that the click need not send them (capture again after a reload, 2026-12-02: whole 700-1,800 ms, by
 * reference 150-280 ms at load 8-11).
 */
export async function readStoredTurnSummaries(
  db: ShowWorkDatabase,
  { site, externalId }: Pick<StoredTurnsRequest, 'site' | 'externalId'>,
): Promise<StoredTurnSummary[]> {
  return db.transaction('r', db.conversations, db.turns, async () => {
    const conversation = await db.conversations.where('[site+externalId]').equals([site, externalId]).first();
    if (!conversation) return [];
    const turns = await db.turns
      .where('[conversationId+ordinal]')
      .between([conversation.id, 0], [conversation.id, Infinity])
      .toArray();
    return turns.map((turn) => {
      // The hash is of the content as captured: a fixed turn's text is the teacher's, its captured content is kept.
      const captured = capturedContentOf(turn);
      return {
        role: captured.role,
        contentHash: turn.contentHash,
        markdownLength: captured.markdown.length,
        textLength: captured.text.length,
      };
    });
  });
}
