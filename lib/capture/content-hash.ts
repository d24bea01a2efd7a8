import type { ExtractedTurn } from '../model/turn';

const encoder = new TextEncoder();

/** SHA-256 hex of a turn's role and Markdown: equal hashes mean the same turn content. */
export async function hashTurn(turn: ExtractedTurn): Promise<string> {
  return (await hashTurns([turn]))[0]!;
}

/**
 * Every turn's hash, in order: SHA-256 of `role \n markdown \n text` in UTF-8. Each turn is encoded piece by piece
 * into one reused buffer instead of joining and encoding a new string per turn: a 400-turn capture (~5 M
 * characters) spent most of its hashing time building those strings and arrays (CPU profile, 2026-11-30).
 * `digest` copies its input before returning, so the buffer can take the next turn at once.
 */
export function hashTurns(turns: readonly ExtractedTurn[]): Promise<string[]> {
  let buffer = new Uint8Array(64 * 1024);
  const digests = turns.map((turn) => {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    const most = 3 * (turn.role.length + turn.markdown.length + turn.text.length + 2);
    if (buffer.length < most) buffer = new Uint8Array(Math.max(most, buffer.length * 2));
    let length = 0;
    for (const piece of [turn.role, '\n', turn.markdown, '\n', turn.text]) {
      length += encoder.encodeInto(piece, buffer.subarray(length)).written;
    }
    return crypto.subtle.digest('SHA-256', buffer.subarray(0, length));
  });
  return Promise.all(digests.map(async (digest) => toHex(new Uint8Array(await digest))));
}

const hexByte = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += hexByte[byte];
  return hex;
}
