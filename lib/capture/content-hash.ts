import type { ExtractedTurn } from '../model/turn';

const encoder = new TextEncoder();

/** SHA-256 hex of a turn's role and Markdown: equal hashes mean the same turn content. */
export async function hashTurn(turn: ExtractedTurn): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(`${turn.role}\n${turn.markdown}\n${turn.text}`));
  return toHex(new Uint8Array(digest));
}

/** Every turn's hash (hashTurn), in order. */
export function hashTurns(turns: readonly ExtractedTurn[]): Promise<string[]> {
  return Promise.all(turns.map(hashTurn));
}

const hexByte = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += hexByte[byte];
  return hex;
}
