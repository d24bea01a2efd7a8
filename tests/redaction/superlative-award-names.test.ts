import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { findSuperlativeAwardNames } from '../../lib/redaction/superlative-award-names';

/**
 * The winners a list of superlatives or class awards names, one award a line, are children wherever the trace names
 * them; one award line alone, or a title after the award, is not a list of children
 * (lib/redaction/superlative-award-names.ts). A namesake famous person beside a winner stays. Written for this file
 * (2 Dec 2026), in no corpus part.
 */
describe('winners of a list of superlatives', () => {
  testDetailProbes([
    p(
      'Eighth-grade awards night, captions please:\nMost Improved — Ingrid Halvorsen-Pike\nBest Laugh — Taylor Nwachukwu (Taylor Swift superfan)\nClass Clown — Matteo Sorrentino',
      ['Ingrid Halvorsen-Pike', 'Taylor Nwachukwu', 'Matteo Sorrentino'],
      ['Taylor Swift'],
      {
        answer:
          '- **Most Improved:** Ingrid Halvorsen-Pike — "Up and up."\n- **Best Laugh:** Taylor Nwachukwu — "Heard down the hall."',
      },
    ),
  ]);

  test('a single award line, or a title after the award, names no child', () => {
    const names = (t: string) => findSuperlativeAwardNames(t).map((d) => d.text);
    expect(names('Best practice — Think Pair Share works for this unit.')).toEqual([]);
    expect(names('Most Likely to Succeed — The Great Gatsby\nBest Picture — The Sound Of Music')).toEqual([]);
    expect(names('Mejor compañero: Joaquín Barrientos\nMás creativa: Renata Olmedo')).toEqual([
      'Joaquín Barrientos',
      'Renata Olmedo',
    ]);
  });
});
