import { describe, expect, test } from 'vitest';
import { judgeFidelity } from './fidelity';

/** The fidelity judge's matching of expected turns to read turns (fidelity.ts), on turns written here. */

describe('the judge matches each expected turn to its reading', () => {
  const expected = [
    { role: 'assistant' as const, text: 'Do your students work better on their own, in pairs, or as a whole class?' },
    { role: 'user' as const, text: 'In pairs' },
  ];

  test('a short turn whose words also occur in the turn before is matched to its own reading', () => {
    const fidelity = judgeFidelity(expected, expected);
    expect(fidelity.verdicts.map((verdict) => verdict.why)).toEqual(['ok', 'ok']);
  });

  test('counter-case: the short turn merged into the one before is still judged merged', () => {
    const merged = [{ role: 'assistant' as const, text: `${expected[0]!.text} In pairs` }];
    const fidelity = judgeFidelity(expected, merged);
    expect(fidelity.faithful).toBe(0);
  });

  test('counter-case: a short turn read nowhere of its own is still matched to the turn holding its words', () => {
    const fidelity = judgeFidelity(expected, [expected[0]!]);
    expect(fidelity.verdicts[1]!.isFaithful).toBe(false);
  });
});
