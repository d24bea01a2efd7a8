import { describe, expect, test } from 'vitest';
import { findGroupListNames } from '../../lib/redaction/group-lists';
import { testDetailProbes, testLookAlikes, probe as p } from './probe-score';

/**
 * The groups a teacher makes of her class, the label written with a level, a colour or a note and the children
 * with nicknames, initials and endearments (lib/redaction/group-lists.ts). Written for this file (1 Dec 2026), in
 * no corpus part; each detail has a look-alike of the same shape.
 */
describe('children listed after a group label', () => {
  testDetailProbes([
    p(
      'Math centers Friday.\nTable 1 (blue bins): Hazel Kimura, little Desmond, Rory T.\nTable 2 (red bins): Poppy Lindqvist, KJ, Arlo Benitez',
      ['Hazel Kimura', 'Desmond', 'Rory T.', 'Poppy Lindqvist', 'KJ', 'Arlo Benitez'],
      ['Math centers Friday'],
    ),
    p(
      'Grupos de lectura:\nGrupo 1 (nivel alto): Renata, Joaquín y el Tato\nGrupo 2: Catalina, Benja y Flor',
      ['Renata', 'Joaquín', 'Tato', 'Catalina', 'Benja'],
      [],
      { language: 'es' },
    ),
    p('Lit circle (Thursdays): Noah Feld, Elise Carrow and Jonah P.', ['Noah Feld', 'Elise Carrow', 'Jonah P.']),
  ]);
  testLookAlikes([
    ['Group 1 (inner planets): Mercury, Venus, Mars', ['Mercury', 'Venus', 'Mars']],
    ['Group A (civil rights): Rosa Parks, Frederick Douglass, Harriet Tubman', ['Rosa Parks', 'Frederick Douglass']],
    ['Station 2 (read aloud): Frog and Toad, Henry and Mudge', ['Frog and Toad', 'Henry and Mudge']],
    ['Team roles: Leader, Recorder, Timekeeper', ['Leader', 'Recorder', 'Timekeeper']],
    ['Mesa 3 (materiales): Tijeras, Pegamento y Cartulina', ['Tijeras', 'Pegamento', 'Cartulina']],
  ]);

  test('a list of one item, or one of sentences, is no group of children', () => {
    expect(findGroupListNames('Group A: Maria')).toEqual([]);
    expect(findGroupListNames('Group B: read the chapter, then answer the questions')).toEqual([]);
  });
  test('a sibling group of names the lexicon does not know counts once one group is of known first names', () => {
    const names = findGroupListNames('Group A: Owen Hale, Ava Lin\nGroup B: Sienna W., Izzo Marr').map((d) => d.text);
    expect(names).toEqual(['Owen Hale', 'Ava Lin', 'Sienna W.', 'Izzo Marr']);
    expect(findGroupListNames('Group B: Sienna W., Izzo Marr')).toEqual([]);
  });
});
