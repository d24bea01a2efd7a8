import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { isInPlacePhrase } from '../../lib/redaction/place-phrases';

/**
 * A child whose name is a place's word keeps the place where the text writes it as a place, and loses the name where
 * it names the child (lib/redaction/place-phrases.ts). Made-up probes written for this file (2 Dec 2026), in no
 * corpus part.
 */
describe('a place phrase holding a child’s name', () => {
  testDetailProbes([
    p(
      'Emergency card for my sub. Student: Charleston Pruitt, DOB 3/14/2017, asthma, inhaler in the nurse office. Mom: Tamsin Pruitt, (555) 201-3348.',
      ['Charleston Pruitt', '3/14/2017', 'Tamsin Pruitt'],
      ['the port of Charleston'],
      {
        answer:
          'Charleston Pruitt: asthma, inhaler in the nurse office. Unit note: brochures on the port of Charleston are due Friday.',
      },
    ),
    p(
      'Informe para la familia. Alumna: Valencia Roldán Ibáñez, NIA 7781204455, TDAH con metilfenidato. Madre: Noelia Ibáñez.',
      ['Valencia Roldán Ibáñez', '7781204455', 'Noelia Ibáñez'],
      ['Valencia (España)', 'la Basílica de Roldán', 'Villa General Ibáñez'],
      {
        language: 'es',
        answer:
          'Valencia ha mejorado mucho. Recordad la salida a Valencia (España) y la visita a la Basílica de Roldán; el curso pasado fuimos a Villa General Ibáñez.',
      },
    ),
  ]);

  test('the phrases around a name that make it a place, and those that do not', () => {
    const at = (text: string, word: string) => {
      const start = text.indexOf(word);
      return isInPlacePhrase(text, start, start + word.length);
    };
    expect(at('brochures about the port of Mobile and its trade', 'Mobile')).toBe(true);
    expect(at('Visitamos el Museo Casa de Lerdo el martes.', 'Lerdo')).toBe(true);
    expect(at('Escuela Primaria, Celaya Norte, Gto. (tel. 461 000 0000)', 'Celaya')).toBe(true);
    expect(at('El colegio está en Calle Arroyo 12.', 'Arroyo')).toBe(true);
    expect(at('Colegio Nacional Gral. Roca, 5º año', 'Roca')).toBe(true);
    expect(at('a veces falta por consultas en Morelia.', 'Morelia')).toBe(true);
    expect(at('Soy tutora en Alcalá de los Gazules.', 'Gazules')).toBe(true);
    // The same words where they name the child.
    expect(at('Lola se queda en casa de Martina los martes.', 'Martina')).toBe(false);
    expect(at('I have seen a big change in Jordan.', 'Jordan')).toBe(false);
    expect(at('Mobile finished the quiz early.', 'Mobile')).toBe(false);
    expect(at('Hablé con Morelia y con su madre.', 'Morelia')).toBe(false);
  });
});
