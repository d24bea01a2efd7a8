import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { isStaffByCue } from '../../lib/redaction/staff-cues';

/**
 * Staff known by what only staff carry — an academic title, a credential, a class they own, a subject or role in
 * parentheses — are kept on lines that hold a child's details, and so are their later mentions; a parent with a
 * degree stays a parent (lib/redaction/staff-cues.ts). Sentences written for this file (1 Dec 2026), in no corpus part.
 */
describe('staff known by a title, a credential, a class or a role in parentheses', () => {
  testDetailProbes([
    p(
      'Mi alumna Renata Quispe (DNI 70442318) tiene dislexia; la orientadora del liceo (Profa. Marcela Ibarra) la evaluó. Su papá, Lic. Hugo Quispe, pide reunión.',
      ['Renata Quispe', '70442318', 'dislexia', 'Hugo Quispe'],
      ['Marcela Ibarra'],
      { language: 'es', answer: 'Conviene que la Profa. Marcela Ibarra esté en la reunión con el Lic. Hugo Quispe.' },
    ),
    p(
      'Notes from our PT on my student Kellan Brody (ID 5520913), who uses a walker after his hip surgery:\n- stairs with rail only\n\nNadia Ferreira, DPT | nferreira@lakeside.k12.mn.us',
      ['Kellan Brody', '5520913', 'hip surgery'],
      ['Nadia Ferreira'],
    ),
    p(
      'Tobias Wren (ID 661203) has an IEP for reading; he reads 41 wpm. He is in Mrs. Kowalczyk’s 2nd period class and sees Mr. Osei (ELA) for intervention.',
      ['Tobias Wren', '661203'],
      ['Kowalczyk', 'Osei'],
    ),
    // Ecuador's and Colombia's degrees before a staff name (2 Dec 2026).
    p(
      'Ficha de mi alumna Nayeli Cedeño Loor:\n\n| Campo | Dato |\n|---|---|\n| C.I. | 1315567823 |\n| Derivado a | Lcdo. Fabián Moreira (DECE) |\n\nRector: MSc. Hernán Zambrano. Coordinadora: Mg. Aura Cifuentes.',
      ['Nayeli Cedeño Loor', '1315567823'],
      ['Fabián Moreira', 'Hernán Zambrano', 'Aura Cifuentes'],
      { language: 'es' },
    ),
  ]);

  test('the cue must touch the name, and a family word before a title makes a parent', () => {
    const text =
      'Present: Ms. Lund (sped), mom Carla Diaz (Lic. in nursing), Mr. Beck’s son Arlo; su mamá, Licda. Rosa Pinto; Omar Haddad, RN.';
    const at = (name: string) => [text.indexOf(name), text.indexOf(name) + name.length] as const;
    expect(isStaffByCue(text, ...at('Lund'))).toBe(true);
    expect(isStaffByCue(text, ...at('Omar Haddad'))).toBe(true);
    expect(isStaffByCue(text, ...at('Carla Diaz'))).toBe(false);
    expect(isStaffByCue(text, ...at('Beck'))).toBe(false);
    expect(isStaffByCue(text, ...at('Rosa Pinto'))).toBe(false);
  });
});

describe('school roles of Spanish-speaking countries and of a day with a substitute', () => {
  testDetailProbes([
    p(
      'La preceptora, Noemí Barrionuevo, me avisó que mi alumno Iván Sosa (legajo 44871) faltó tres días con asma.',
      ['Iván Sosa', '44871', 'asma'],
      ['Noemí Barrionuevo'],
      { language: 'es' },
    ),
    p(
      'La psicopedagoga del colegio (Sra. Julieta Arancibia) pidió el informe de mi alumna Catalina Vergara (RUT 23.114.507-2), que tiene TDAH.',
      ['Catalina Vergara', '23.114.507-2', 'TDAH'],
      ['Julieta Arancibia'],
      { language: 'es' },
    ),
    p(
      'The sub, Mr. Calloway, wrote that my student Zane Porter (ID 440912) used his inhaler twice.',
      ['Zane Porter', '440912'],
      ['Calloway'],
    ),
  ]);
});
