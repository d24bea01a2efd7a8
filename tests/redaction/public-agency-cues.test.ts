import { describe } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';

/**
 * A public office's number passed on to families stays; the family's own number beside it goes
 * (lib/redaction/public-agency-cues.ts). Made-up probes written for this file (2 Dec 2026), in no corpus part.
 */
describe('the number of a public office named before it', () => {
  testDetailProbes([
    p(
      'Draft the exclusion letter. Student: Wendell Oakhurst (ID 5521907), no MMR record. Mom: Rhea Oakhurst, cell (608) 555-0177. Families with questions can call the county health department at (608) 555-0420.',
      ['Wendell Oakhurst', '5521907', 'Rhea Oakhurst', '(608) 555-0177'],
      ['(608) 555-0420'],
    ),
    p(
      'Escuela Primaria Benito Juárez, Tlaquepaque (tel. de la dirección 33 3635 0000). Alumna: Jimena Zaragoza Ruelas, CURP ZARJ150907MJCRLM04, mamá Carmen Ruelas, cel. 33 1422 8765.',
      ['Jimena Zaragoza Ruelas', 'ZARJ150907MJCRLM04', 'Carmen Ruelas', '33 1422 8765'],
      ['33 3635 0000'],
      { language: 'es' },
    ),
  ]);
});
