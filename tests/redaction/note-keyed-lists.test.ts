import { describe } from 'vitest';
import { probe as p, testDetailProbes, testLookAlikes, type Probe } from './probe-score';

/**
 * Lists keyed by children whose notes are a child's record (lib/redaction/note-keyed-lists.ts), checked on lists
 * that appear in no corpus part (written 1 Dec 2026). Lists of the same shape whose notes describe characters,
 * people of a lesson or words keep their keys.
 */
const details: Probe[] = [
  p(
    'Turn my notes into report card comments:\n- tobias venegas — reads with expression, spelling 2, missing 3 assignments\n- Marisol Quispe — math 4, writing 3, great group leader\n- "Nacho" Ignacio Fuentes — 62%, absent 9 days in October\n- Odalys — her mom asked for a conference, reading 3',
    ['tobias venegas', 'Tobias', 'Marisol Quispe', 'Nacho', 'Ignacio Fuentes', 'Odalys'],
    [],
  ),
  p(
    'Directorio del salón de 1ro:\n1. Keiler Antonio Mejía – mamá: Yosmary Mejía, celular 809-555-0143\n2. Dayelin Santana – papá Frankely Santana, correo fsantana@gmail.com\n3. Yandel Rosario – abuela Doña Cristina, tiene asma\n4. Nahomy Ferreira – 3 ausencias en septiembre',
    ['Keiler Antonio Mejía', 'Dayelin Santana', 'Yandel Rosario', 'Nahomy Ferreira'],
    [],
    { language: 'es' },
  ),
];

const lookAlikes: [string, string[]][] = [
  [
    'Heroines of independence for the students:\n- Manuela Sáenz — 1797–1856, Quito\n- Juana Azurduy — fought in Upper Peru\n- Policarpa Salavarrieta — spy in Bogotá, executed 1817\n- Leona Vicario — funded the insurgents',
    ['Manuela Sáenz', 'Juana Azurduy', 'Policarpa Salavarrieta', 'Leona Vicario'],
  ],
  [
    'Percent benchmarks for the class:\n- Half — 50% of the whole\n- Quarter — 25% of the whole\n- Tenth — 10% of the whole\n- Fifth — 20% of the whole',
    ['Half', 'Quarter', 'Tenth', 'Fifth'],
  ],
];

describe('lists keyed by children whose notes are a child’s record', () => {
  testDetailProbes(details);
  testLookAlikes(lookAlikes);
});
