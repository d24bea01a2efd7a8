import type { ExtractedTurn } from '../model/turn';

/** SHA-256 hex of a turn's role and Markdown: equal hashes mean the same turn content. */
export async function hashTurn(turn: ExtractedTurn): Promise<string> {
  const bytes = new TextEncoder().encode(`${turn.role}\n${turn.markdown}\n${turn.text}`);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
