import { describe } from 'vitest';
import { probe as p, testDetailProbes, testLookAlikes } from './probe-score';

/**
 * Home addresses in Spanish, Catalan and Latin American forms are redacted; a street a lesson names without a house
 * number, and a museum's or an authority's address, are kept (lib/redaction/spanish-addresses.ts). Written for this
 * file (2 Dec 2026), in no corpus part.
 */
describe('Spanish, Catalan and Latin American home addresses', () => {
  testDetailProbes([
    p(
      'Mi alumna Renata Silveira se mudó: ahora vive en Bvar. España 2290, apto. 7, con su madre.',
      ['Renata Silveira', 'Bvar. España 2290, apto. 7'],
      [],
      { language: 'es' },
    ),
    p(
      'La familia de mi alumno Arnau Vilaró vive en el Carrer del Comte d’Urgell 144, 2n 3a, 08036 Barcelona.',
      ['Arnau Vilaró', 'Carrer del Comte d’Urgell 144, 2n 3a'],
      [],
      { language: 'es' },
    ),
    p(
      'Mi alumno Yeferson Colmenares vive con su abuela en la Urb. Los Samanes, calle 7, casa 12-A. El alumno Brayan Duré vive en la compañía Costa Fleitas, casa 88, Areguá.',
      ['Yeferson Colmenares', 'Urb. Los Samanes, calle 7, casa 12-A', 'compañía Costa Fleitas, casa 88, Areguá'],
      [],
      { language: 'es' },
    ),
  ]);
  testLookAlikes([
    [
      'Mi alumna Ana Ruiz estudia la Rambla de Barcelona; el museo está en Passeig de Gràcia 92.',
      ['Rambla de Barcelona', 'Passeig de Gràcia 92'],
    ],
  ]);
});
