import { describe } from 'vitest';
import { probe as p, testDetailProbes, testLookAlikes, type Probe } from './probe-score';

/**
 * Evaluation, therapy and physical-form words (lib/redaction/evaluation-and-therapy-terms.ts), and one child named
 * by a singular noun ("al niño", "the child"), on sentences written for this test (1 Dec 2026) that appear in no
 * corpus part. Each detail has a look-alike of the same words in a lesson or a policy about no one child.
 */
const details: Probe[] = [
  p(
    'Psych report summary for my student Quentin Oyelowo (ID 3390147): on the WISC-V his full-scale IQ was 94, processing speed index 78; he was referred for a psychoeducational evaluation in March.',
    [
      'Quentin Oyelowo',
      '3390147',
      'WISC-V',
      'full-scale IQ was 94',
      'processing speed index 78',
      'psychoeducational evaluation',
    ],
  ),
  p(
    'OT notes for my student Yarelis Ocasio (DOB 06/02/2018): she works on fine motor skills and a tripod grip, and uses a weighted vest and a sensory diet; speech goals: /r/ in all positions.',
    [
      'Yarelis Ocasio',
      '06/02/2018',
      'fine motor skills',
      'tripod grip',
      'weighted vest',
      'sensory diet',
      '/r/ in all positions',
    ],
  ),
  p(
    'Physical for my athlete Desmond Achterberg (student # 5512093): heart murmur found, not cleared for contact until an EKG follow-up; he carries an inhaler before practice.',
    [
      'Desmond Achterberg',
      '5512093',
      'heart murmur',
      'not cleared for contact',
      'EKG follow-up',
      'carries an inhaler before practice',
    ],
  ),
  p(
    'Informe del bus: mi alumno Joaquín Tzul Ajanel (código 7712) se golpeó la cabeza contra la ventana. Su mamá, Rosa Ajanel, pide referir al niño para evaluación de terapia ocupacional; tiene un soplo cardíaco.',
    ['Joaquín Tzul Ajanel', 'se golpeó la cabeza', 'Rosa Ajanel', 'soplo cardíaco'],
    [],
    { language: 'es' },
  ),
];

const lookAlikes: [string, string[]][] = [
  [
    'Psychology unit: the WISC-V and the Woodcock-Johnson are standardized tests; a full-scale IQ averages 100, and processing speed is one index.',
    ['WISC-V', 'Woodcock-Johnson', 'full-scale IQ', 'processing speed'],
  ],
  [
    'Athletics policy: every athlete needs a physical; a heart murmur or an EKG follow-up may delay clearance, and no one is cleared for contact without the form.',
    ['heart murmur', 'EKG follow-up', 'cleared for contact'],
  ],
  [
    'Clase de biología: la terapia ocupacional y la motricidad fina; el soplo cardíaco es un sonido del corazón.',
    ['terapia ocupacional', 'motricidad fina', 'soplo cardíaco'],
  ],
];

describe('evaluation, therapy and physical-form words tied to one child', () => {
  testDetailProbes(details);
  testLookAlikes(lookAlikes);
});
