import { describe, expect, test } from 'vitest';
import { schoolAcronymCue } from '../../lib/redaction/school-acronyms';
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
    // Schools and support units written by their acronym (lib/redaction/school-acronyms.ts), and a colleague's
    // degree after "Estimada" (context-names.ts): the school's line and the colleague are kept.
    p(
      'Mi alumno Ciro Benegas (DNI 48.221.907) tiene TDAH; su mamá llama al 11 6120-4433.\n\nE.E.S. N.º 9 "Juana Manso" · Calle Pringles 880, Quilmes · (011) 4253-7710',
      ['Ciro Benegas', '48.221.907', 'TDAH', '11 6120-4433'],
      ['(011) 4253-7710'],
    ),
    p(
      'Estimada Mtra. Rocío Anaya Ledesma:\nLe escribo por mi alumna Itzel Cota Barraza (CURP COBI140311MSLTRT07), con dislexia.\nRocío Anaya Ledesma · USAER 14 · Tel. (667) 712 4410',
      ['Itzel Cota Barraza', 'COBI140311MSLTRT07', 'dislexia'],
      ['Rocío Anaya Ledesma', '(667) 712 4410'],
    ),
  ]);

  test('the acronyms are read in capitals only', () => {
    expect(schoolAcronymCue.test('USAER 27')).toBe(true);
    expect(schoolAcronymCue.test('la usaer del turno')).toBe(false);
    expect(schoolAcronymCue.test('decent')).toBe(false);
    // Unnumbered, it names a service, not one school's line.
    expect(schoolAcronymCue.test('la van a valorar los de USAER, no se')).toBe(false);
  });
});
