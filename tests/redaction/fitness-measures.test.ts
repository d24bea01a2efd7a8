import { describe, expect, test } from 'vitest';
import { findFitnessMeasures, isFitnessHeader } from '../../lib/redaction/fitness-measures';
import { testDetailProbes, testLookAlikes, probe as p } from './probe-score';

/**
 * A child's PE results are her marks (lib/redaction/fitness-measures.ts). Written for this file (1 Dec 2026), in no
 * corpus part; each result has a class figure, a zone or a track length of the same shape beside it.
 */
const found = (text: string) => findFitnessMeasures(text).map((m) => m.text);

describe("a child's fitness results", () => {
  testDetailProbes([
    p(
      'PE notes for the conference: Dashiell Ortega (ID 5582013) did 9 pull-ups and ran 34 laps.\nClass average: 27 laps; the zone starts at 30 laps.',
      ['9 pull-ups', '34 laps', 'Dashiell Ortega'],
      ['27 laps', '30 laps'],
    ),
    p(
      'Resultados de resistencia, 2do "A" (pista de 400 m):\n- Quispe Mamani, Rolando (CI 7712345) – 1890 m\n- Flores, Abigail (CI 8123456) – 2210 m\nEl promedio del grupo fue 1950 m.',
      ['1890 m', '2210 m', 'Quispe Mamani, Rolando'],
      ['400 m', '1950 m'],
      { language: 'es' },
    ),
    p(
      'Fitness check-in:\n\n| Student | Student ID | Mile time | Sit-ups |\n|---|---|---|---|\n| Noor Haddad | 4410276 | 9:42 | 31 (zone ≥ 24) |\n| Cyrus Bell | 4410289 | 11:05 | 18 |',
      ['9:42', '31 (zone ≥ 24)', '11:05', 'Noor Haddad'],
    ),
  ]);
  testLookAlikes([
    [
      'Warm-up plan: jog 4 laps, then 10 push-ups and 20 sit-ups each; level 3 at 12 laps. Our track is 400 m.',
      ['4 laps', '10 push-ups', '20 sit-ups', '12 laps', '400 m'],
    ],
    [
      '| Event | Distance | Record |\n|---|---|---|\n| Cooper test | 2400 m | Kenneth Cooper, 1968 |',
      ['2400 m', 'Kenneth Cooper'],
    ],
  ]);

  test('counts with a fitness unit and run distances, not class figures, zones or track lengths', () => {
    expect(found('Mara ran 41 laps and did 14 push-ups.')).toEqual(['41', '14']);
    expect(found('- Ticona, Brayan – 2430 m')).toEqual(['2430']);
    expect(found('Average for the class was 31.5 laps.')).toEqual([]);
    expect(found('The zone starts at 23 laps; 2400 m o más = 100; a 20 m lap.')).toEqual([]);
    expect(found('If Ana runs 12 laps and Ben runs 15 laps, how many laps did they run in all?')).toEqual([]);
  });
  test('headers of fitness tests and measures', () => {
    for (const h of ['PACER laps', 'Push-ups', 'Distancia', 'Mile time', 'curl_ups'])
      expect(isFitnessHeader(h)).toBe(true);
    for (const h of ['Team', 'Notes', 'Score', 'Period']) expect(isFitnessHeader(h)).toBe(false);
  });
});
