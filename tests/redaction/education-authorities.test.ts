import { describe } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';

/**
 * The contacts of the education authorities above a school (UGEL, Zona Educativa, Delegación Territorial, Servei
 * Territorial, ministries and scholarship agencies) and of a district's transportation staff are kept beside a
 * family's, which go (lib/redaction/patterns.ts institution cues, staff-names.ts roles). Written for this file
 * (2 Dec 2026), in no corpus part.
 */
describe('education authorities and transportation staff are kept', () => {
  testDetailProbes([
    p(
      'Nota para la familia de mi alumna Leire Zubizarreta (NIA 4471203): su madre, Garazi Olano, 688 214 573. El teléfono de la Delegación Territorial de Educación de Bizkaia es 944 031 000.',
      ['Leire Zubizarreta', '4471203', 'Garazi Olano', '688 214 573'],
      ['944 031 000'],
      { language: 'es' },
    ),
    p(
      'Mi alumno Yorman Perozo (cédula escolar V-31.224.875) vive con su tía, Mirla Perozo, 0414-552-1938. La Zona Educativa Zulia está en la Av. 5 de Julio, teléfono 0261-797-1100. El correo del centro es a0812345@xtec.cat.',
      ['Yorman Perozo', 'V-31.224.875', 'Mirla Perozo', '0414-552-1938'],
      ['0261-797-1100', 'a0812345@xtec.cat'],
      { language: 'es' },
    ),
    p(
      'Incident on Route 12 (driver: Mr. Darnell Whitacre). Student Kinsley Abernathy (ID 774102) was pushed; her dad, Lyle Abernathy, 555-210-3348, was called. Report to Transportation Services, 4100 Airport Blvd, 555-414-2000, attn. Ms. Pauline Ostrander.',
      ['Kinsley Abernathy', '774102', 'Lyle Abernathy', '555-210-3348'],
      ['Darnell Whitacre', '555-414-2000', 'Pauline Ostrander'],
    ),
  ]);
});
