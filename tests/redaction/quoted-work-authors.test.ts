import { describe } from 'vitest';
import { testLookAlikes } from './probe-score';

/**
 * The author of a work quoted just before ("«Title» de Name", "“Title” by Name") is kept on a line that also holds a
 * child's details (lib/redaction/scan.ts isKeptName). Written for this file (2 Dec 2026), in no corpus part.
 */
describe('authors of quoted works on a line about a child', () => {
  testLookAlikes([
    [
      'Mi alumna Núria Serra vive en Carrer de Sant Pau 12, 1r 2a, 17001 Girona. Leemos «Cròniques de la veritat oculta» de Pere Calders.',
      ['Pere Calders'],
    ],
    [
      'My student Jalen Brooks (ID 4410293) is reading "The Crossover" by Kwame Alexander with his tutor.',
      ['Kwame Alexander'],
    ],
  ]);
});
