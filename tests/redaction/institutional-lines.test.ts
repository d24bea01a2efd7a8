import { describe } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';

/**
 * A school's service lines — a fax, a family or parent hotline, Student Services, a district of many schools —
 * are the school's, kept beside a child's details; a family's own number in the same trace is redacted
 * (lib/redaction/patterns.ts, institutionCue and familyCue). Written for this file (1 Dec 2026), in no corpus part.
 */
describe('a school’s service lines beside a child’s details', () => {
  testDetailProbes([
    p(
      'My student Remy Castel (ID 4471932) missed the vision rescreen; his mom’s cell is 612-555-0143. Our health office fax is 612-555-0177 and the district parent hotline is 612-555-0190.',
      ['Remy Castel', '4471932', '612-555-0143'],
      ['612-555-0177', '612-555-0190'],
    ),
    p(
      'Re: my student Wren Adeyemi (ID 5520184), dad Tunde Adeyemi at 651-555-0122. Questions before then: call Student Services at 651-555-0100, or Lakeview Public Schools, 651-555-0101.',
      ['Wren Adeyemi', '5520184', 'Tunde Adeyemi', '651-555-0122'],
      ['651-555-0100', '651-555-0101'],
    ),
  ]);
});
