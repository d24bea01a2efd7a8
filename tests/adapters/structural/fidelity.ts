/**
 * Fidelity of a reading against the turns a person wrote down from the page (issue 8, "Done when"): a turn is
 * faithful when at least 98 % of its expected words appear in order in one read turn (longest common
 * subsequence over words), with the right role, read as its own turn (no other expected turn matched there), and
 * with no page chrome (at most 2 % extra words in it).
 */

export interface TurnLike {
  readonly role: 'user' | 'assistant';
  readonly text: string;
}

export interface TurnVerdict {
  readonly index: number;
  readonly role: TurnLike['role'];
  readonly isFaithful: boolean;
  /** Share of the expected words found in order in the best-matching read turn. */
  readonly coverage: number;
  /** Words in that read turn that are not part of the match (chrome, or other turns merged in). */
  readonly extraWords: number;
  readonly why: string;
}

export interface Fidelity {
  readonly faithful: number;
  readonly total: number;
  readonly verdicts: TurnVerdict[];
}

const wordPattern = /[\p{L}\p{N}]+/gu;

export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(wordPattern) ?? [];
}

/** Length of the longest common subsequence of two word lists (two rolling rows). */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const word = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      current[j] = word === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

export function judgeFidelity(expected: readonly TurnLike[], actual: readonly TurnLike[]): Fidelity {
  const actualWords = actual.map((turn) => wordsOf(turn.text));
  const matches = expected.map((turn) => {
    const words = wordsOf(turn.text);
    let best = -1;
    let bestCommon = -1;
    actualWords.forEach((candidate, i) => {
      const common = lcsLength(words, candidate);
      // Between read turns holding as many of the words, the one with fewer other words is this turn's reading: a
      // two-word answer ("In pairs") also occurs in the question before it, which is that question's reading.
      if (
        common > bestCommon ||
        (common === bestCommon && best >= 0 && candidate.length - common < actualWords[best]!.length - bestCommon)
      ) {
        best = i;
        bestCommon = common;
      }
    });
    return { words, best, common: Math.max(bestCommon, 0) };
  });
  const owners = new Map<number, number>();
  for (const match of matches) if (match.best >= 0) owners.set(match.best, (owners.get(match.best) ?? 0) + 1);
  const verdicts = expected.map((turn, index): TurnVerdict => {
    const { words, best, common } = matches[index]!;
    const coverage = words.length === 0 ? 1 : common / words.length;
    const read = best >= 0 ? actual[best]! : undefined;
    const extraWords = best >= 0 ? actualWords[best]!.length - common : 0;
    let why = 'ok';
    if (read === undefined) why = 'not read';
    else if (coverage < 0.98) why = `${Math.round(coverage * 100)} % of words`;
    else if (read.role !== turn.role) why = `read as ${read.role}`;
    else if ((owners.get(best) ?? 0) > 1) why = 'merged with another turn';
    else if (extraWords > Math.floor(0.02 * words.length)) why = `${extraWords} extra words`;
    return { index, role: turn.role, isFaithful: why === 'ok', coverage, extraWords, why };
  });
  return { faithful: verdicts.filter((v) => v.isFaithful).length, total: expected.length, verdicts };
}
