import { describe, expect, test } from 'vitest';
import { findNationalIds } from '../../lib/redaction/national-ids';
import { testDetailProbes, testLookAlikes, probe as p } from './probe-score';

/**
 * National ID numbers under a small-letter key of code (lib/redaction/national-ids.ts, `keyedLabel`). Written for
 * this file (1 Dec 2026), in no corpus part; beside them, keys of the same letters holding no ID.
 */
const ids = (text: string) => findNationalIds(text).map((d) => d.text);

describe('a national ID under a code key', () => {
  testDetailProbes([
    p(
      'Lista para el paseo:\n```yaml\nalumnos:\n  - nombre: "Benítez Roa, Camila"\n    ci: "4.733.918"\n    alergias: ["maní"]\n```',
      ['4.733.918', 'Benítez Roa, Camila'],
      [],
      { language: 'es' },
    ),
  ]);
  testLookAlikes([
    ['```python\nci = (0.95, 1.20)\nrun = 3\nprint(ci)\n```', ['0.95, 1.20']],
    ['Población: 1.500.000 habitantes; costo: "2.300.000"', ['1.500.000', '2.300.000']],
  ]);

  test('ID shapes after ci, dni, nro_ci keys, quoted or not', () => {
    expect(ids('ci: "5.100.221"')).toEqual(['5.100.221']);
    expect(ids('{"dni": "44120907"}')).toEqual(['44120907']);
    expect(ids("nro_ci = '4.901.225-3'")).toEqual(['4.901.225-3']);
    expect(ids('ci: 6.220.118')).toEqual(['6.220.118']);
  });
  test('not a confidence interval, a count or a mismatched quote', () => {
    expect(ids('ci = (0.95, 1.20)')).toEqual([]);
    expect(ids('run: 3')).toEqual([]);
    expect(ids('ci: "5.100.221\'')).toEqual([]);
    expect(ids('circle: "1.500.000"')).toEqual([]);
  });
});
