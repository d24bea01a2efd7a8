import { describe } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';

/**
 * A phone or an address after "Unidad Educativa", a heading's "I.E." or a switchboard's "PBX" is the school's and
 * stays; a family's number in the same trace goes (lib/redaction/school-line-cues.ts). Written for this file
 * (2 Dec 2026), in no corpus part.
 */
describe('school headings and switchboards in Latin American letters', () => {
  testDetailProbes([
    p(
      'Informe del estudiante Matías Andrade Chalco, cédula 1723340981; vive con su tía, celular 098 555 2210.\n\nUnidad Educativa Fiscal Quitumbe, Av. Rumichaca S35-120, teléfono 02 555 4410.',
      ['1723340981', '098 555 2210'],
      ['Av. Rumichaca S35-120', '02 555 4410'],
      { language: 'es' },
    ),
    p(
      'Traslado de la estudiante Yurani Patiño Rendón, tarjeta de identidad 1034872211; la mamá, celular 311 555 2744.\n\nI.E. Simón Bolívar, Calle 50 # 40-18, PBX 604 555 3300',
      ['1034872211', '311 555 2744'],
      ['604 555 3300'],
      { language: 'es' },
    ),
  ]);
});
