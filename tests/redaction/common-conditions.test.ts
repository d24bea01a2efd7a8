import { describe } from 'vitest';
import { probe as p, testDetailProbes, testLookAlikes } from './probe-score';

/**
 * Everyday childhood and family conditions (lib/redaction/common-conditions.ts) go when a sentence is about one
 * child, and stay in a lesson. Made-up probes written for this file (3 Dec 2026), in no corpus part.
 */
describe('common conditions said of one child', () => {
  testDetailProbes([
    p('Absence note for my student Keegan Ross: he has measles and cannot return until the nurse clears him.', [
      'Keegan Ross',
      'measles',
    ]),
    p(
      'Mi alumna Daniela Rojas tiene estrabismo y usa un parche en el ojo por las mañanas; su mamá pide que se siente adelante.',
      ['Daniela Rojas', 'estrabismo', 'parche en el ojo'],
      [],
      { language: 'es' },
    ),
    p(
      'Plan for my student Omar Haddad: he has hemophilia, so no contact games in PE, and his dad had a stroke in May.',
      ['Omar Haddad', 'hemophilia', 'had a stroke'],
    ),
    p(
      'Nota: mi alumno Bruno Paz tuvo una cirugía de rodilla y va con muletas hasta diciembre.',
      ['Bruno Paz', 'cirugía de rodilla', 'muletas'],
      [],
      { language: 'es' },
    ),
  ]);
});

describe('the same words in a lesson', () => {
  testLookAlikes([
    [
      'Measles spread quickly before the MMR vaccine; students compare measles and rubella cases per decade.',
      ['measles', 'rubella'],
    ],
    ['La tuberculosis fue una de las enfermedades más temidas del siglo XIX.', ['tuberculosis']],
    ['In swimming we practise the breaststroke; a strong stroke comes from the hips.', ['stroke']],
  ]);
});
