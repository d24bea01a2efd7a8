import { describe } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';

/**
 * Home addresses in the shapes the street patterns used to miss (lib/redaction/patterns.ts, spanish-addresses.ts):
 * a Hawaiian hyphenated house number, a numbered route, more street types, a shelter a family is staying at, the
 * street repeated without its flat, Ecuador's and Peru's blocks and lots, and Central America's directions from a
 * landmark. Made-up probes written for this file (3 Dec 2026), in no corpus part; the school's own address stays.
 */
describe('home addresses in more shapes', () => {
  testDetailProbes([
    p(
      'My student Noelani (gr 4) moved. Her mom says the new home address is 94-1023 Waipahu St, Apt 12. Please update the bus list.',
      ['94-1023 Waipahu St, Apt 12'],
      [],
    ),
    p(
      'McKinney-Vento: the Dorsey family is staying at the Super 8, 4100 Route 9, Room 118 until housing opens up. My student Tavon may arrive late.',
      ['4100 Route 9, Room 118'],
      [],
    ),
    p(
      'Caoimhe Brennan (5th class) lives at 12 Ballybride Lawn, Roscommon with her gran. The school is at 3 Main Street, Roscommon (school office 090 662 1234).',
      ['Caoimhe Brennan', '12 Ballybride Lawn'],
      ['3 Main Street'],
    ),
    p(
      'Foster update: Jaylen Moss moved to 2291 Larkspur Ct, Apt 6 with his foster mom. Transportation: our transportation office will route a pickup at 2291 Larkspur Ct starting Monday.',
      ['Jaylen Moss', '2291 Larkspur Ct, Apt 6', '2291 Larkspur Ct'],
      [],
    ),
    p(
      'Homeless liaison note: Marisol Ortega and her mom are living at the Harbor House shelter since October; Marisol needs a bus pass. For the history unit, students build a model of an Anderson shelter.',
      ['Marisol Ortega', 'Harbor House shelter'],
      ['Anderson shelter'],
    ),
    p(
      'Ficha: Ariana Villacís, 7.º EGB. Domicilio: Cdla. La Florida, Mz. 12 Villa 8, Guayaquil. Madre: Rosa Villacís.',
      ['Ariana Villacís', 'Cdla. La Florida, Mz. 12 Villa 8', 'Rosa Villacís'],
      [],
      { language: 'es' },
    ),
    p(
      'El liceo queda en Tierra Blanca. Transporte: mi estudiante Dylan Brenes Mora vive en Cot, del Súper Cot 150 m este, casa verde portón negro.',
      ['Dylan Brenes Mora', 'del Súper Cot 150 m este, casa verde portón negro'],
      [],
      { language: 'es' },
    ),
    p(
      'Expediente de Noa Benhamou (2.º ESO): domicilio en c/ Teniente Aguilar de Mera 12, 52003 Melilla; la madre, Yael Benhamou, pide cita.',
      ['Noa Benhamou', 'c/ Teniente Aguilar de Mera 12', 'Yael Benhamou'],
      [],
      { language: 'es' },
    ),
  ]);
});
