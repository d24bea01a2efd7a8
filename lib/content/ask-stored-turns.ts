import { browser } from 'wxt/browser';
import { StoredTurnsResponse, type StoredTurnsRequest, type StoredTurnSummary } from '../messaging/protocol';

/** The worker's answers for this page, by conversation: a conversation it holds is asked about once. */
const answers = new Map<string, StoredTurnSummary[]>();

/**
 * What the library holds of the conversation `site` files under `externalId` (lib/background/stored-turn-summaries.ts):
 * asked once per conversation while the answer lists turns (the page's own captures then keep it up to date through
 * their answers), again at the next round while it lists none (the conversation may be captured from another tab
 * meanwhile). Empty when the worker can't say.
 */
export async function askStoredTurns(
  site: StoredTurnsRequest['site'],
  externalId: string,
): Promise<readonly StoredTurnSummary[]> {
  const key = `${site}\n${externalId}`;
  const known = answers.get(key);
  if (known !== undefined) return known;
  const request: StoredTurnsRequest = { type: 'content→background:stored-turns', site, externalId };
  try {
    const parsed = StoredTurnsResponse.safeParse(await browser.runtime.sendMessage(request));
    if (!parsed.success) return [];
    if (parsed.data.turns.length > 0) answers.set(key, parsed.data.turns);
    return parsed.data.turns;
  } catch {
    return []; // The worker restarting, or the extension updated: the capture sends the turns whole, as before.
  }
}
