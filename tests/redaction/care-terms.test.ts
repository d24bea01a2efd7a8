import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes, testLookAlikes, type Probe } from './probe-score';
import { findCareTerms, findMedicines } from '../../lib/redaction/care-terms';

/**
 * Health and special-education details in parents', nurses', therapists' and counsellors' words, and medicines by
 * generic name (lib/redaction/care-terms.ts, lib/redaction/data/medicines.json): classes found missing in parts 10
 * and 11, checked on sentences written for this file (1 Dec 2026) that appear in no corpus part. Each detail
 * shape has a look-alike of the same shape — the words in a health or science lesson, a policy or a training —
 * that must stay.
 */
const details: Probe[] = [
  // A body part and its complaint; an appointment with a specialist.
  p(
    'Note from Talia Brennan-Oyelaran\'s dad: "my daughter says her knee hurts since Sunday and she has an appointment with the orthopedist on Thursday."',
    ["Talia Brennan-Oyelaran's", 'her knee hurts', 'appointment with the orthopedist'],
  ),
  p(
    'Mensaje de la mamá de mi alumno Fidel Casiano: su hijo no oye bien de lejos y le duele el oído; ya tiene cita con el otorrino el lunes.',
    ['Fidel Casiano', 'no oye bien de lejos', 'le duele el oído', 'cita con el otorrino'],
  ),
  // Procedures, serious illness and treatment.
  p('My student Corbin Ashdown will be out two weeks: he had his tonsils out on Friday, and his sister is in chemo.', [
    'Corbin Ashdown',
    'tonsils out',
    'chemo',
  ]),
  p('Mi alumna Nayra Quintero falta porque su abuelo tiene leucemia y ella estuvo en el hospital 2 días con anemia.', [
    'Nayra Quintero',
    'leucemia',
    'en el hospital',
    'anemia',
  ]),
  // Sports injuries and clearances.
  p(
    'My student Deshawn Pruitt is back from a torn ACL and was cleared by ortho last week; he is still in concussion protocol at step 2 of 5.',
    ['Deshawn Pruitt', 'torn ACL', 'cleared by ortho', 'concussion protocol at step 2 of 5'],
  ),
  // A speech-language pathologist's and an occupational therapist's findings.
  p(
    'SLP note, my student Ilse Vandermeer: frontal lisp on /z/, 6 SLDs per 100 syllables in conversation, uses her talker (TouchChat) at snack.',
    ['Ilse Vandermeer', 'frontal lisp', '6 SLDs per 100 syllables', 'her talker (TouchChat)'],
  ),
  p(
    'Mi alumno Gaspar Ixcoy presenta hipotonía leve en brazos y agarre palmar del lápiz; va con una terapista de lenguaje los viernes.',
    ['Gaspar Ixcoy', 'hipotonía leve en brazos', 'agarre palmar del lápiz', 'va con una terapista de lenguaje'],
  ),
  // Distress and eating in a counsellor's words.
  p(
    'Counselor check-in: my student Renata Volkova covers her ears and startles at loud noises; her coach says she makes herself throw up after meets.',
    ['Renata Volkova', 'startles at loud noises', 'makes herself throw up'],
  ),
  p('Mi alumno Yandel Peralta anda muy triste desde que se mudó el papá y se golpea la cabeza cuando se frustra.', [
    'Yandel Peralta',
    'anda muy triste',
    'se golpea la cabeza',
  ]),
  // Services, referrals and evaluations of US and Latin American systems.
  p('Mi alumna Arleth Cango tiene sospecha de TDAH; la derivé al DECE y la mamá pidió una cita con la neuropediatra.', [
    'Arleth Cango',
    'sospecha de TDAH',
    'derivé al DECE',
    'cita con la neuropediatra',
  ]),
  p(
    'My student Kaiden Oyelowo gets ESE services twice a week and is skipping resource; the CSE said he was not eligible per his last eval for OT.',
    ['Kaiden Oyelowo', 'ESE services', 'skipping resource', 'not eligible per his last eval'],
  ),
  p(
    'Plan 504 de mi alumno Eliezer Batista: 50% más de tiempo en exámenes en sala separada, intérprete de señas en las asambleas, OT 1x30 min/wk.',
    ['Eliezer Batista', '50% más de tiempo', 'sala separada', 'intérprete de señas', '1x30 min/wk'],
  ),
  // Medicines by generic name (the WHO children's list), in English and Spanish.
  p('My student Priyanka Sethuraman is on cefalexin this week and takes ferrous sulfate at lunch.', [
    'Priyanka Sethuraman',
    'cefalexin',
    'ferrous sulfate',
  ]),
  p('Mi alumno Dilan Chicaiza toma fenobarbital y la mamá dejó el ácido fólico en la enfermería.', [
    'Dilan Chicaiza',
    'fenobarbital',
    'ácido fólico',
  ]),
];

/** The same words where no child is spoken of: a health lesson, a science lesson, a policy, a training. */
const lookAlikes: [string, string[]][] = [
  [
    'Health lesson 3: why your knee hurts after a long run, what an orthopedist does, and how a torn ACL heals.',
    ['knee hurts', 'orthopedist', 'torn ACL'],
  ],
  [
    'Ciencias: el oftalmólogo revisa los ojos; la leucemia es un cáncer de la sangre; la anemia se trata con hierro.',
    ['oftalmólogo', 'leucemia', 'cáncer', 'anemia'],
  ],
  [
    'District PD: how ESE services are scheduled, how the CSE reviews a referral, and how a speech-language pathologist measures SLDs per 100 syllables.',
    ['ESE services', 'CSE', 'SLDs per 100 syllables'],
  ],
  [
    'Reglamento: el DECE atiende a los estudiantes con sospecha de TEA; las adaptaciones incluyen 50% más de tiempo y sala separada.',
    ['DECE', 'sospecha de TEA', '50% más de tiempo', 'sala separada'],
  ],
  [
    'Biology unit: penicillin and cefalexin are antibiotics; ferrous sulfate adds iron; fenobarbital was one of the first anticonvulsants.',
    ['penicillin', 'cefalexin', 'ferrous sulfate', 'fenobarbital'],
  ],
];

describe('care terms: health and special education in parents’, therapists’ and counsellors’ words', () => {
  testDetailProbes(details);
  testLookAlikes(lookAlikes);

  test('acronyms count only in capitals: "ese niño" is Spanish, not Florida’s ESE', () => {
    expect(findCareTerms('Ese niño recibe servicios de ese programa.')).toEqual([]);
    expect(findCareTerms('Recibe servicios de ESE.').map((t) => t.text)).toEqual(['Recibe servicios de ESE']);
  });

  test('medicines are found by whole word, longest name first, with or without accents', () => {
    expect(findMedicines('takes Ferrous Sulfate and acido folico').map((t) => t.text)).toEqual([
      'Ferrous Sulfate',
      'acido folico',
    ]);
    expect(findMedicines('the diazepams were a misspelling')).toEqual([]);
  });
});
