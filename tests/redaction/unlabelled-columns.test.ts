import { describe, expect, test } from 'vitest';
import { isCodeShaped, unlabelledColumnKind } from '../../lib/redaction/unlabelled-columns';
import { probe as p, testDetailProbes, testLookAlikes, type Probe } from './probe-score';

/**
 * Columns of a class table whose headers name nothing a detector knows, read by their cells
 * (lib/redaction/unlabelled-columns.ts), and a markbook known by its subject columns (subject-headers.ts). Tables
 * made up for these tests (1 Dec 2026), in no corpus part: a Chilean "libro de clases", a debate club's
 * eligibility sheet, a Mexican register with its own code, a database dump. Each look-alike has the same shape:
 * row numbers, rooms, periods, course codes and lesson tables with numbers stay.
 */
const details: Probe[] = [
  p(
    'Necesito los comentarios del semestre, te pego el libro:\n\nFolio | Alumno | Unidad 1 | Unidad 2 | Final\n--- | --- | --- | --- | ---\nKX7731 | Tomás Araya Fuentes | 5,8 | 4,9 | 5,4\nKX7790 | Josefa Millán Soto | 6,7 | 6,1 | 6,4',
    ['KX7731', 'KX7790', '5,8', '4,9', '6,7', '6,1'],
    ['Unidad 1', 'Final'],
    { language: 'es', answer: 'Para el alumno KX7731 conviene reforzar la unidad 2.' },
  ),
  p(
    'Debate club eligibility, anyone with a D or F sits out:\n\nName | Yr | Club | Hist | Sci | Math | Notes\nOkafor, Tayo | 10 | Debate | C+ | D | B |\nLindqvist, Maren | 11 | Debate | A | A- | B+ |',
    ['Okafor, Tayo', 'Lindqvist, Maren', 'C+', 'A-', 'B+'],
    ['Debate'],
  ),
  p(
    'Hazme el reporte para las mamás:\n\n| Clave | Nombre del alumno | Bim 1 | Bim 2 |\n|---|---|---|---|\n| GTR00451A | Itzel Ramírez Bautista | 8.5 | 9 |\n| GTR00467C | Mauricio Téllez Ortiz | 6 | 7.5 |',
    ['GTR00451A', 'GTR00467C', '8.5', '7.5'],
    ['Bim 1'],
    { language: 'es', answer: 'La clave GTR00451A va en el encabezado de la boleta de Itzel.' },
  ),
  p(
    'rows from our export:\n\n| student | t1 | t2 |\n|---|---|---|\n| Priya Raman | 77.5 | 80.0 |\n| Declan Moss | 91.0 | 88.5 |',
    ['77.5', '80.0', '91.0', '88.5'],
  ),
];

const lookAlikes: [string, string[]][] = [
  [
    'Seating for the quiz:\n\n| # | Student | Period | Room | Course |\n|---|---|---|---|---|\n| 1 | Priya Raman | 3 | 214 | ALG-1021 |\n| 2 | Declan Moss | 5 | 118 | ALG-1021 |',
    ['214', '118', 'ALG-1021'],
  ],
  [
    'Planet facts for the lesson:\n\n| Planet | Moons | Day length (h) |\n|---|---|---|\n| Mars | 2 | 24.6 |\n| Jupiter | 95 | 9.9 |',
    ['24.6', '95', '9.9'],
  ],
  [
    'Timetable:\n\nDay | Math | Science | Art\nMonday | 9:00 | 10:15 | 13:00\nTuesday | 9:30 | 11:00 | 14:00',
    ['10:15', '13:00'],
  ],
];

describe('unlabelled columns of a class table', () => {
  testDetailProbes(details);
  testLookAlikes(lookAlikes);

  test('a column is marks or codes by all its cells, never a row number, a grade level or a date', () => {
    expect(unlabelledColumnKind('C2 (lee)', ['AD', 'B', 'C'])).toBe('grade');
    expect(unlabelledColumnKind('pct', ['64.8', '91.2'])).toBe('grade');
    expect(unlabelledColumnKind('Lectura', ['En desarrollo (2)', 'Domina (4)'])).toBe('grade');
    expect(unlabelledColumnKind('N°', ['1', '2', '3'])).toBeNull();
    expect(unlabelledColumnKind('', ['1', '2', '3'])).toBeNull();
    expect(unlabelledColumnKind('Gr', ['11', '9'])).toBeNull();
    expect(unlabelledColumnKind('Fecha', ['2026-11-03', '2026-11-04'])).toBeNull();
    expect(unlabelledColumnKind('Código', ['15087465200213', '15087465200198'])).toBe('studentId');
    expect(unlabelledColumnKind('Código', ['15087465200213', '15087465200213'])).toBeNull();
    expect(isCodeShaped('V-31.224.875')).toBe(true);
    expect(isCodeShaped('2026-11-03')).toBe(false);
    expect(isCodeShaped('B+')).toBe(false);
  });
});
