import { describe, expect, test } from 'vitest';
import { findAssessmentMarks } from '../../lib/redaction/assessment-marks';
import { testDetailProbes, testLookAlikes, probe as p } from './probe-score';

/**
 * A child's results in the scales schools use (lib/redaction/assessment-marks.ts): a standards-based card's 1–4,
 * a running record's measures, Spain's and Latin America's words for marks, failing and repeating. Written for
 * this file (1 Dec 2026), in no corpus part; each detail has a look-alike of the same shape.
 */
describe("a child's results in any scale", () => {
  testDetailProbes([
    p(
      'Conference notes, IEP kids first.\n- Dmitri Vale - IEP for writing. writing 1 but trying hard, math 3\n- Lorna K. - 504 for anxiety. straight 4s this term',
      ['writing 1 but trying hard, math 3', 'straight 4s'],
    ),
    p(
      'Running record for my student Pilar Oyelaran (IEP, reading goal): accuracy 88%, SC rate 1:5, fluency 3 of 4. She is independent at H.',
      ['accuracy 88%', 'SC rate 1:5', 'fluency 3 of 4', 'independent at H'],
    ),
    p(
      'Mi alumno Bruno Etxeberria (ACNEAE, dislexia) saca todo notable (NT) y en Historia nota 2.8; repite el curso si no aprueba.',
      ['todo notable (NT)', 'nota 2.8', 'repite el curso'],
      [],
      { language: 'es' },
    ),
    p(
      'La estudiante Ximena Ortuño (cédula 0923456781, con PIAR) se fue a supletorio en Física y está en riesgo de no aprobar el año.',
      ['se fue a supletorio', 'en riesgo de no aprobar el año'],
      [],
      { language: 'es' },
    ),
  ]);
  testLookAlikes([
    ['Rubric: students scoring all 3s meet the standard; reading 2 and writing 2 mean approaching.', ['all 3s']],
    ['Running records: accuracy of 95% or more means the text is independent level.', ['95%']],
    ['El supletorio es un examen que se rinde al final del año lectivo.', ['supletorio']],
  ]);

  test('a single subject level is a course or a unit, two are a card', () => {
    expect(findAssessmentMarks('Math 3 starts Monday.')).toEqual([]);
    expect(findAssessmentMarks('Math 3 and Reading 2 units start Monday.')).toEqual([]);
    expect(findAssessmentMarks('math 4!! reading 3').map((m) => m.text)).toEqual(['4', '3']);
  });
});
