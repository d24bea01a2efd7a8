import { describe } from 'vitest';
import { probe as p, testDetailProbes, testLookAlikes, type Probe } from './probe-score';

/**
 * Nurse-log injuries and conditions, support-plan wording (lib/redaction/nurse-and-support-terms.ts) and lists of
 * a child's conditions repeated where no child is named (lib/redaction/echoed-terms.ts), generalised by class
 * from part 12's misses. Every sentence here is written for this file (1 Dec 2026) and appears in no corpus
 * part (staff look-alikes: lib/redaction/staff-names.ts); each probe holds, beside the detail, a look-alike of the same shape that must stay.
 */
const probes: Probe[] = [
  // An injury by body part vs. a lesson's "hit the ball on the bounce".
  p(
    'Health office notes for my student Dorotea Lindgren (ID 5530981):\n- 10:05 Dorotea banged her knee on the bleachers, ice 10 min.\n\nPE drill: hit the ball on the bounce.',
    ['banged her knee on the bleachers'],
    ['hit the ball on the bounce'],
  ),
  // A skin reaction with where it is; menstrual cramps.
  p(
    'My student Teodora Blum (ID 5561204) came in after lunch. She had a rash on her arms after the field trip and later period cramps.',
    ['rash on her arms', 'period cramps'],
    ['field trip'],
  ),
  // Eye and spine conditions vs. the same words in a science lesson paragraph.
  p(
    'My student Ignatius Ferreira (ID 5540077): he has strabismus and is on a waitlist for scoliosis follow-up.\n\nScience reading: the eye muscles move both eyes together.',
    ['strabismus', 'scoliosis'],
    ['eye muscles'],
  ),
  // A Spanish injury and a child called dyslexic vs. a lesson line on fractions.
  p(
    'Mi alumna Xiomara Peláez (código 7781-22) faltó porque tiene un esguince en el tobillo. Ella es disléxica.\n\nTarea: fracciones equivalentes en la página 40.',
    ['esguince en el tobillo', 'disléxica'],
    ['fracciones equivalentes'],
    { language: 'es' },
  ),
  // A tier a child moved to, an SLD area, a WIDA level vs. a lesson's "Tier 2 vocabulary".
  p(
    'Notes on my student Bartholomew Oyelowo (ID 5598120):\n- he was moved to Tier 3 after the winter screener, SLD in written expression is being considered, WIDA level 2.\n\nLesson: teach Tier 2 vocabulary words from the novel.',
    ['Tier 3', 'SLD in written expression', 'WIDA level 2'],
    ['Tier 2 vocabulary'],
  ),
  // An accommodation by its tool and an interpreter with the child.
  p(
    'My student Leocadia Nwosu (ID 5520364) uses a calculator accommodation on unit tests and her ASL interpreter sits in the front row.\n\nThe calculator lab is in room 12.',
    ['calculator accommodation', 'ASL interpreter'],
    ['calculator lab'],
  ),
  // Argentina, Chile and Colombia support files.
  p(
    'Ficha de mi alumno Bautista Ledesma (DNI 51.208.774): él tiene CUD: sí y una maestra integradora, y necesita flexibilización de la evaluación.\n\nEn clase leemos cuentos de Horacio Quiroga.',
    ['CUD: sí', 'maestra integradora', 'flexibilización de la evaluación'],
    ['Horacio Quiroga'],
    { language: 'es' },
  ),
  // A list of a child's conditions repeated in a sentence that names no child.
  p(
    'Mi alumno Anselmo Cárdenas (código 3340-19) tiene epilepsia y toma lamotrigina; su mamá dice que él tiene ansiedad.\n\nRecordatorio: los datos de salud (epilepsia, lamotrigina, ansiedad) son reservados.',
    ['epilepsia', 'lamotrigina', 'ansiedad'],
    ['datos de salud'],
    { language: 'es' },
  ),
  // Staff named by their title, by a role and a copula, or as an assistant principal, on a line about a child.
  p(
    'From: Coach Renata Okonkwo\nMy student Wilhelmina Sato (ID 5587731) has a 52% in science and may miss the meet.',
    ['Wilhelmina Sato', '52%'],
    ['Coach Renata Okonkwo'],
  ),
  p(
    'Poster session: my student Ezekiel Marsh (ID 5519983) placed first. Judges were Dr. Imelda Farrow and Mr. Caspian Vole (our AP).',
    ['Ezekiel Marsh'],
    ['Imelda Farrow', 'Caspian Vole'],
  ),
];

/** The same shapes in lessons about no child stay. */
const lookAlikes: [string, string[]][] = [
  ['In the story, the boy hit his head on the branch and the tribe carried him home.', ['hit his head on the branch']],
  ['Students research how scoliosis is screened and present a poster about the spine.', ['scoliosis']],
  ['Sort the words into Tier 1, Tier 2 and Tier 3 vocabulary for the unit.', ['Tier 2', 'Tier 3']],
  ['La unidad trata sobre la salud: fiebre, tos y descanso (fiebre, tos).', ['fiebre']],
];

describe('nurse-log and support-plan terms tied to a child', () => {
  testDetailProbes(probes);
  testLookAlikes(lookAlikes);
});
