import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { findChangeLogValues } from '../../lib/redaction/change-log-values';

/**
 * The rules written from blind part 22's misses (2 Dec 2026), by class, on made-up probes written for this file and
 * in no corpus part.
 */
describe('old and new values of a record change log (change-log-values.ts)', () => {
  const found = (t: string) => findChangeLogValues(t).map((d) => `${d.kind}: ${d.text}`);
  test('each value takes the kind its field names; blanks and the log’s own columns stay', () => {
    const log = [
      'When                 Who       Field                    Old Value               New Value',
      '2025-03-02 10:11:09  TREYES    STUDENT.DOB              11/30/2013              11/03/2013',
      '2025-03-02 10:12:40  TREYES    CONTACT.NAME             Odalys Ferreira         (blank)',
      '2025-03-03 08:00:00  SYSTEM    MEAL.PIN                 77310                   77301',
      '2025-03-04 14:20:19  SYSTEM    GRADEBOOK.T2_SCIENCE     D                       C- (override #44)',
      '2025-03-04 14:21:00  SYSTEM    SCHEDULE.PERIOD          3                       4',
    ].join('\n');
    expect(found(log)).toEqual([
      'dateOfBirth: 11/30/2013',
      'dateOfBirth: 11/03/2013',
      'parentName: Odalys Ferreira',
      'lunchNumber: 77310',
      'lunchNumber: 77301',
      'grade: D',
      'grade: C-',
    ]);
  });
  test('a pipe log in Spanish: the record cell gives the child’s number, entity and field together a kind', () => {
    const log = [
      'Fecha | Usuario | Entidad | Campo | Valor anterior | Valor nuevo',
      '02/05/2026 | JLOPEZ | Alumno 8812-2020 | Dirección | C/ Olmo 4, 2.º B | C/ Olmo 14, 2.º B',
      '03/05/2026 | JLOPEZ | Transporte | N.º de parada | 12 | 13',
    ].join('\n');
    expect(found(log)).toEqual(['studentId: 8812-2020', 'address: C/ Olmo 4, 2.º B', 'address: C/ Olmo 14, 2.º B']);
  });
  test('a table with one value column is a settings list, not a change log', () => {
    expect(found('Setting | Value\nGUARDIAN.NAME | Required\nSTUDENT.DOB | Optional')).toEqual([]);
  });
  testDetailProbes([
    p(
      'Why did this change?\nTimestamp  User  Field  Previous Value  New Value\n2026-01-09 09:14  RVEGA  HOME_ADDRESS  402 Linden Ct, Apt 2, Mesa AZ 85201  77 Quail Run Dr, Mesa AZ 85203\n2026-01-09 09:15  RVEGA  GUARDIAN_NAME  Lucinda Vance  Marcus Oyelaran\nThe office will now mail 77 Quail Run Dr and call Marcus Oyelaran.',
      ['402 Linden Ct', '77 Quail Run Dr', 'Lucinda Vance', 'Marcus Oyelaran'],
      ['Why did this change?'],
    ),
  ]);
});
