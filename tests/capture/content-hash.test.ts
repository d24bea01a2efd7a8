import { expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { hashTurn, hashTurns } from '@/lib/capture/content-hash';
import type { ExtractedTurn } from '@/lib/model/turn';

/** The hash as stored since 0.1.0: SHA-256 hex of `role \n markdown \n text` in UTF-8. Stored hashes must match. */
const storedHash = (turn: ExtractedTurn) =>
  createHash('sha256').update(`${turn.role}\n${turn.markdown}\n${turn.text}`, 'utf8').digest('hex');

test('the same hashes as 0.1.0 stored, for every kind of text, in order, across buffer growth', async () => {
  const turns: ExtractedTurn[] = [
    { role: 'user', text: '', markdown: '' },
    { role: 'assistant', text: 'Compare ¾ and 0.75 — l’élève', markdown: '**Compare** ¾ and 0.75 — l’élève' },
    { role: 'user', text: '分数 الكسور 🍕🍕 e\u0301', markdown: '分数 الكسور 🍕🍕 e\u0301' },
    // Larger than the first buffer: it grows, and the turns after it still hash right.
    { role: 'assistant', text: 'fractions '.repeat(20_000), markdown: '# Fractions\n\n' + '🍕 slice '.repeat(15_000) },
    { role: 'user', text: 'lone surrogate \ud800 end', markdown: 'lone surrogate \ud800 end' },
    { role: 'assistant', text: 'short', markdown: 'short' },
  ];
  expect(await hashTurns(turns)).toEqual(turns.map(storedHash));
  expect(await hashTurn(turns[1]!)).toBe(storedHash(turns[1]!));
});
