import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { findMeasureArrowChanges } from '../../lib/redaction/measure-arrow-changes';

/**
 * A child's change on a measure written with an arrow ("ORF 47 → 66", "RIT 198 -> 207") is redacted in a trace about
 * students; a quantity with a unit, or a step of a procedure, is not (lib/redaction/measure-arrow-changes.ts).
 * Written for this file (2 Dec 2026), in no corpus part.
 */
describe('changes on a measure written with an arrow', () => {
  testDetailProbes([
    p(
      'MTSS notes for Thursday.\n**Tamsin Whitlock** (ID 7781204): 16 sessions; ORF 47 → 66, NWF 31 -> 42.\n**Benedikt Asante** (ID 7781219): RIT 198 -> 207.',
      ['7781204', '47 → 66', '31 -> 42', '198 -> 207'],
      ['16 sessions'],
    ),
  ]);

  test('a quantity with a unit, or a step, stays', () => {
    const found = (t: string) => findMeasureArrowChanges(t).map((r) => r.text);
    expect(found('PE warm-up 10 → 15 min; CO2 5 → 10 ppm; Step 1 → Step 2; x => 5')).toEqual([]);
    expect(found('Lexile 610L → 700L')).toEqual(['610L → 700L']);
  });
});
