import { describe } from 'vitest';
import { testDetailProbes, testLookAlikes, probe as p } from './probe-score';

/**
 * Health and support words by class (lib/redaction/wellbeing-and-support-terms.ts), each said of one child and
 * each beside a look-alike of the same words in a lesson or a policy. Written for this file (1 Dec 2026), in no
 * corpus part.
 */
describe('wellbeing and support words said of one child', () => {
  testDetailProbes([
    p(
      'Note for the counselor about my student Wendell Achebe: he got a concussion at football and has lost a lot of weight since August.',
      ['concussion', 'lost a lot of weight'],
    ),
    p(
      "Sub plan: Quincy (IEP) uses a wobble stool and goes to OT at 10:40; Marla's mom says she may be in rehab next month.",
      ['wobble stool', 'goes to OT at 10:40'],
    ),
    p(
      'Informe de mi alumna Ainhoa Lasa (ACNEAE): tiene adaptación no significativa en Inglés, cortes en los brazos y seguimiento en salud mental infanto-juvenil.',
      ['adaptación no significativa', 'cortes en los brazos', 'salud mental infanto-juvenil'],
      [],
      { language: 'es' },
    ),
    p(
      'Ficha de mi alumno Tobías Ferreyra (DNI 47.551.302): tiene CUD por hipoacusia y lo derivamos a orientación por consumo de alcohol.',
      ['CUD', 'orientación por consumo de alcohol'],
      [],
      { language: 'es' },
    ),
  ]);
  testLookAlikes([
    ['Health unit, week 3: what a concussion is, and why athletes sit out after a head injury.', ['concussion']],
    [
      'Sensory corner supplies: a wobble stool, a wiggle seat and a visual schedule for the whole class.',
      ['wobble stool', 'wiggle seat'],
    ],
    ['La salud mental en la adolescencia: lectura y debate en grupos.', ['salud mental']],
  ]);
});
